"""The local mail catcher: an SMTP server that accepts every message and keeps each as one file in a Maildir.

Usage: python3 hfi_mailcatcher.py -l HOST:PORT MAILDIR

Relays nothing. Speaks ESMTP with PIPELINING, 8BITMIME, SMTPUTF8 and SIZE. Each message is written to MAILDIR/tmp
and renamed into MAILDIR/new once complete (so every file in new/ is whole), with X-MailFrom and X-RcptTo headers
first and LF line endings, as Python's mailbox module writes them. Not fsynced: it is a catcher for tests and local
runs, not a mail store.

Why not aiosmtpd's Mailbox handler: it reads DATA line by line and parses every message into Python objects and
back; a notice with its PDF attached is ~1,400 lines, which held it at ~90 such messages a second. This reads each
message in a few large chunks and writes its bytes as they came (~thousands a second).
"""

import argparse
import asyncio
import os
import signal
import socket
import sys
import time

MAX_MESSAGE_BYTES = 32 * 1024 * 1024
HOSTNAME = socket.gethostname()


class Maildir:
    def __init__(self, path):
        self.tmp = os.path.join(path, "tmp")
        self.new = os.path.join(path, "new")
        for folder in (self.tmp, self.new, os.path.join(path, "cur")):
            os.makedirs(folder, exist_ok=True)
        self.count = 0

    def add(self, mail_from, rcpt_tos, content):
        self.count += 1
        now = time.time()
        name = f"{int(now)}.M{int(now % 1 * 1e6)}P{os.getpid()}Q{self.count}.{HOSTNAME}"
        envelope = f"X-MailFrom: {mail_from}\nX-RcptTo: {', '.join(rcpt_tos)}\n".encode("utf-8", "surrogateescape")
        temporary = os.path.join(self.tmp, name)
        with open(temporary, "wb") as file:
            file.write(envelope)
            file.write(content.replace(b"\r\n", b"\n"))
        os.rename(temporary, os.path.join(self.new, name))


def address(argument):
    """The address in 'FROM:<a@b> SIZE=1' or 'TO:<a@b>'."""
    _, _, rest = argument.partition(":")
    rest = rest.strip()
    if rest.startswith("<"):
        return rest[1 : rest.find(">")] if ">" in rest else rest[1:]
    return rest.split(" ", 1)[0]


async def read_data(reader):
    """DATA up to CRLF.CRLF, dot-unstuffed; None when it is larger than MAX_MESSAGE_BYTES."""
    # A CRLF in front, so that a "." alone on the first line ends the message too.
    data = bytearray(b"\r\n")
    while not data.endswith(b"\r\n.\r\n"):
        data += await reader.readuntil(b".\r\n")
        if len(data) > MAX_MESSAGE_BYTES:
            while not data.endswith(b"\r\n.\r\n"):
                data = data[-4:] + await reader.readuntil(b".\r\n")
            return None
    return bytes(data[:-3]).replace(b"\r\n..", b"\r\n.")[2:]


async def session(reader, writer, maildir):
    def reply(line):
        writer.write(line.encode("ascii") + b"\r\n")

    reply(f"220 {HOSTNAME} Hfi mail catcher ESMTP")
    mail_from, rcpt_tos = None, []
    try:
        while True:
            line = await reader.readline()
            if not line:
                break
            verb, _, argument = line.decode("utf-8", "surrogateescape").rstrip("\r\n").partition(" ")
            verb = verb.upper()
            if verb == "EHLO":
                mail_from, rcpt_tos = None, []
                reply(f"250-{HOSTNAME}")
                reply(f"250-SIZE {MAX_MESSAGE_BYTES}")
                reply("250-8BITMIME")
                reply("250-SMTPUTF8")
                reply("250-PIPELINING")
                reply("250 HELP")
            elif verb == "HELO":
                mail_from, rcpt_tos = None, []
                reply(f"250 {HOSTNAME}")
            elif verb == "MAIL":
                mail_from, rcpt_tos = address(argument), []
                reply("250 OK")
            elif verb == "RCPT":
                if mail_from is None:
                    reply("503 Error: need MAIL command")
                else:
                    rcpt_tos.append(address(argument))
                    reply("250 OK")
            elif verb == "DATA":
                if not rcpt_tos:
                    reply("503 Error: need RCPT command")
                    continue
                reply("354 End data with <CR><LF>.<CR><LF>")
                await writer.drain()
                content = await read_data(reader)
                if content is None:
                    reply("552 Error: Too much mail data")
                else:
                    maildir.add(mail_from, rcpt_tos, content)
                    reply("250 OK")
                mail_from, rcpt_tos = None, []
            elif verb == "RSET":
                mail_from, rcpt_tos = None, []
                reply("250 OK")
            elif verb == "NOOP":
                reply("250 OK")
            elif verb == "VRFY":
                reply("252 Cannot VRFY user, but will accept message and attempt delivery")
            elif verb == "QUIT":
                reply("221 Bye")
                break
            else:
                reply(f'500 Error: command "{verb}" not recognized')
            await writer.drain()
    except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
        pass
    finally:
        writer.close()


async def serve(host, port, maildir, path):
    server = await asyncio.start_server(
        lambda reader, writer: session(reader, writer, maildir), host, port, limit=2 * MAX_MESSAGE_BYTES,
        reuse_address=True)
    loop = asyncio.get_running_loop()
    stopped = loop.create_future()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, lambda: stopped.done() or stopped.set_result(None))
    print(f"Hfi mail catcher on {host}:{port}, Maildir {path}", flush=True)
    async with server:
        await stopped


def main():
    parser = argparse.ArgumentParser(description="Catches every e-mail into a Maildir.")
    parser.add_argument("-l", "--listen", required=True, help="HOST:PORT")
    parser.add_argument("maildir")
    args = parser.parse_args()
    host, _, port = args.listen.rpartition(":")
    asyncio.run(serve(host, int(port), Maildir(args.maildir), args.maildir))


if __name__ == "__main__":
    sys.exit(main())

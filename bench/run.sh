#!/usr/bin/env bash
# The one bench command (issue 17): installs what it needs, builds Release, boots the whole system (./run.sh, with the
# gateway's rate limits raised through the environment, on a throwaway data folder), seeds it through the gateway,
# loads it, stops it, and prints every row of the performance table with its ratio to bare Kestrel of the same run.
# Usage: bench/run.sh            (a few minutes; needs root for apt-get on a fresh machine, like ./run.sh)
# Knobs: HFI_BENCH_SECONDS (each load, default 10), HFI_BENCH_MEMBERS (recipients of the notice, default 1000),
#        HFI_BENCH_FANOUT_ARGS (arguments of bench/Hfi.Notifications.Bench, default: --recipients 10000 --connections 16
#        --sink both), HFI_BENCH_HISTORY_ARGS (of bench/Hfi.History.Bench, default: its own),
#        HFI_BENCH_READS_ONLY=1 (only the rows of the reads: no notice, no fan-out, no history; for trying a change
#        to the read path),
#        HFI_BENCH_PROBE=<command> (run it on the seeded system instead of the loads, with MEETING_ID,
#        MEMBER_TOKEN, AGENDA_URL and the gateway's and Meetings' pids in its environment: for profiling),
#        HFI_BENCH_RSS_ONLY=1 (boot, print each service's idle RSS, stop: for trying a runtime setting, e.g.
#        DOTNET_gcServer=0 HFI_BENCH_RSS_ONLY=1 bench/run.sh; DOTNET_* settings reach every project).
# Timings are noisy on a shared machine: the load average is printed beside them.
set -euo pipefail
# The whole script is one function, read before it runs: editing the file meanwhile does not change a running bench.
main() {
cd "$(dirname "$0")/.."
root=$PWD

seconds="${HFI_BENCH_SECONDS:-10}"
members="${HFI_BENCH_MEMBERS:-1000}"
connections=16                       # the bare-Kestrel row's 16 connections, for every closed-loop load
fixed_rate=500                       # the fixed-rate row: 20 clients of 25 requests a second each
gateway=http://localhost:8080        # HTTP/1.1 and 2 (REST, the web UI)
gateway_h2c=http://localhost:8081    # cleartext HTTP/2 only: h2load speaks it with prior knowledge
system_bench="bench/Hfi.SystemBench/bin/Release/net10.0/Hfi.SystemBench.dll"

rows=()          # "what|figure|ratio to bare|target", printed at the end in this order
add_row() { rows+=("$1|$2|$3|$4"); }
note() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# --- install -------------------------------------------------------------------------------------------------------
eng/install-prerequisites.sh
eng/install-smtp-sink.sh
if ! command -v h2load >/dev/null 2>&1; then
  [ "$(id -u)" -eq 0 ] || { echo "error: h2load is missing (Debian package nghttp2-client); run as root." >&2; exit 1; }
  note "installing nghttp2-client (h2load)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nghttp2-client >/dev/null
fi
for tool in curl flock python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "error: $tool is missing." >&2; exit 1; }
done

# --- build (Release, outside the lock) ------------------------------------------------------------------------------
note "building Release"
dotnet build AppHost/Hfi.AppHost -c Release -nologo -clp:ErrorsOnly
if [ "${HFI_BENCH_RSS_ONLY:-}" != 1 ]; then
  dotnet build bench/Hfi.SystemBench -c Release -nologo -clp:ErrorsOnly
  dotnet build bench/Hfi.Notifications.Bench -c Release -nologo -clp:ErrorsOnly
  dotnet build bench/Hfi.History.Bench -c Release -nologo -clp:ErrorsOnly
fi

# --- the system, booted under the machine-wide lock (fixed ports 8080/8081/18888-18890) -----------------------------
data=$(mktemp -d /tmp/hfi-bench.XXXXXX)
chmod 755 "$data"   # Postgres and RabbitMQ run as their own users and make their folders in it
log="$data.apphost.log"
apphost=""
stop_system() {
  [ -n "$apphost" ] || return 0
  if kill -0 "$apphost" 2>/dev/null; then
    note "stopping the system"
    kill -TERM "$apphost" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$apphost" 2>/dev/null || break; sleep 1; done
    kill -KILL "$apphost" 2>/dev/null || true
  fi
  wait "$apphost" 2>/dev/null || true
  apphost=""
  # DCP holds the fixed ports for some seconds after the AppHost is gone: the lock is given up once they are free.
  for port in 8080 8081 18888 18889 18890; do
    for _ in $(seq 1 30); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || break; sleep 1; done
  done
}
cleanup() {
  local status=$?
  stop_system
  if [ "$status" -ne 0 ] && [ -f "$log" ]; then
    echo "--- the last lines of the AppHost's log ($log) ---" >&2
    tail -n 30 "$log" >&2
  else
    rm -f "$log"
  fi
  rm -rf "$data"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

exec 9>/tmp/hfi-system.lock
if ! flock -n 9; then
  note "waiting for another booted system to stop (/tmp/hfi-system.lock)"
  flock 9
fi

note "booting the system (data in $data)"
# The limits are a flood guard per subject; the loads are one subject sending tens of thousands of requests.
Hfi__DataDirectory="$data" HFI_NO_BUILD=1 HFI_CONFIGURATION=Release \
  Gateway__Limits__PermitsPerWindow=1000000000 Gateway__Limits__SignInPermitsPerWindow=1000000000 \
  setsid ./run.sh >"$log" 2>&1 9>&- &
apphost=$!
apphost_pid=$apphost   # kept after stop_system, to find what of this system is still ending
for _ in $(seq 1 600); do
  curl -sf -m 5 -o /dev/null "$gateway/health" && break
  kill -0 "$apphost" 2>/dev/null || { echo "error: the AppHost stopped while booting." >&2; exit 1; }
  sleep 1
done
curl -sf -m 5 -o /dev/null "$gateway/health" || { echo "error: the gateway is not healthy after 600 s." >&2; exit 1; }
note "the system is healthy"

# A service's process: the program `dotnet run` starts from this worktree's Release output (DCP, which starts them, is
# no child of the AppHost), so a system booted from another worktree or in Debug is never counted.
service_pid() {
  local folder="Services/$1"
  [ "$1" = Gateway ] && folder=Gateway
  pgrep -f "^$root/$folder/bin/Release/net10.0/Hfi\.$1( |\$)" | head -n 1
}
rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
# Where a process's RSS is (/proc/<pid>/smaps, MB): mapped files (assemblies, native libraries, ICU; clean pages
# shared with other processes), the JIT-ed code heap (W^X double-mapped memfd), the rest private (GC heap, native).
rss_breakdown() {
  awk -v service="$1" -v threads="$(awk '/^Threads:/ { print $2 }' "/proc/$2/status")" '
    /^[0-9a-f]+-[0-9a-f]+ / { name = $6; next }
    /^Rss:/ {
      if (name ~ /^\/memfd:doublemapper/) code += $2; else if (name ~ /^\//) file += $2; else private += $2
    }
    END { printf "  %-13s files %3.0f, JIT-ed code %3.0f, private %3.0f MB; %s threads\n",
          service, file / 1024, code / 1024, private / 1024, threads }' "/proc/$2/smaps"
}
services=(Planning Meetings Documents Notifications Gateway)
declare -A idle_rss loaded_rss
measure_rss() {
  local -n into=$1
  for service in "${services[@]}"; do
    local pid
    pid=$(service_pid "$service")
    [ -n "$pid" ] || { echo "error: no process of Hfi.$service under the AppHost." >&2; exit 1; }
    into[$service]=$(rss_mb "$pid")
  done
}

# "Idle after start": once every service answered and its start-up work (migrations, the broker's topology) is done.
sleep "${HFI_BENCH_SETTLE_SECONDS:-20}"
measure_rss idle_rss
note "idle RSS: $(for s in "${services[@]}"; do printf '%s %s MB  ' "$s" "${idle_rss[$s]}"; done)"
if [ "${HFI_BENCH_RSS_ONLY:-}" = 1 ]; then
  echo "idle RSS (MB), load average $(cut -d' ' -f1-3 /proc/loadavg):" \
    "$(for s in "${services[@]}"; do printf '%s %s  ' "$s" "${idle_rss[$s]}"; done)"
  for service in "${services[@]}"; do rss_breakdown "$service" "$(service_pid "$service")"; done
  exit 0
fi

note "seeding: an arena with $members members, a meeting with an 8-case agenda"
seeded=$(dotnet "$system_bench" seed "$gateway" "$data" "$members")
eval "$seeded"
agenda="$gateway_h2c/api/meetings/$MEETING_ID/agenda"
items=$(curl -sf -m 30 --http2-prior-knowledge -H "authorization: Bearer $MEMBER_TOKEN" "$agenda" |
  python3 -c 'import json, sys; print(len(json.load(sys.stdin)["items"]))')
# The 8 seeded cases, and the items a new meeting starts with.
[ "$items" -ge 8 ] || { echo "error: the member reads $items agenda items, fewer than the 8 seeded." >&2; exit 1; }

# HFI_BENCH_PROBE=<command>: instead of the loads, run it on the seeded system (to profile it), then stop.
if [ -n "${HFI_BENCH_PROBE:-}" ]; then
  note "probing: $HFI_BENCH_PROBE"
  MEETING_ID=$MEETING_ID MEMBER_TOKEN=$MEMBER_TOKEN AGENDA_URL=$agenda HFI_BENCH_DATA=$data \
    HFI_BENCH_GATEWAY_PID=$(service_pid Gateway) HFI_BENCH_MEETINGS_PID=$(service_pid Meetings) \
    bash -c "$HFI_BENCH_PROBE" || note "the probe failed"
  exit 0
fi

# h2load's summary: "finished in 10.00s, 32600.10 req/s, …" and "requests: … N succeeded, N failed, …".
# The rate of one h2load run; every answer must be 2xx, or 3xx after --expect-3xx (revalidations answered 304).
h2load_rate() {
  local others='$5 + $7 + $9' kind=2xx
  if [ "${1:-}" = --expect-3xx ]; then others='$3 + $7 + $9' kind=3xx; shift; fi
  local out
  out=$(h2load "$@" 2>&1) || { echo "$out" >&2; return 1; }
  local failed
  failed=$(awk '/^requests:/ { for (i = 1; i <= NF; i++) if ($(i + 1) ~ /^failed/ || $(i + 1) ~ /^errored/) sum += $i }
                END { print sum + 0 }' <<<"$out")
  local unexpected
  unexpected=$(awk "/^status codes:/ { gsub(/,/, \"\"); print $others }" <<<"$out")
  if [ "$failed" != 0 ] || [ "${unexpected:-0}" != 0 ]; then
    echo "error: h2load saw failed requests or answers other than $kind:" >&2
    echo "$out" >&2
    return 1
  fi
  awk '/^finished in/ { gsub(/,/, ""); printf "%.0f", $4 }' <<<"$out"
}
percent() { python3 -c "import sys; print(f'{100 * float(sys.argv[1]) / float(sys.argv[2]):.1f} %')" "$1" "$2"; }
load_average() { cut -d' ' -f1-3 /proc/loadavg; }

closed_loop=(-c "$connections" -m 1 -t 1 -D "$seconds" --warm-up-time=2)
note "bare Kestrel: /alive through the gateway, h2c, $connections connections, ${seconds} s"
bare=$(h2load_rate "${closed_loop[@]}" "$gateway_h2c/alive")
add_row "bare Kestrel (/alive through the gateway, h2c, $connections connections)" "$bare req/s" "100 %" \
  "the limit the rest is measured against"

note "agenda read through the gateway, ${seconds} s"
agenda_rate=$(h2load_rate "${closed_loop[@]}" -H "authorization: Bearer $MEMBER_TOKEN" "$agenda")
add_row "agenda read through the gateway ($items items, a member's token, $connections connections)" "$agenda_rate req/s" \
  "$(percent "$agenda_rate" "$bare")" ">= 15 % of bare"

note "agenda read at a fixed $fixed_rate req/s, ${seconds} s"
latencies="$data.latencies"
h2load_rate -c 20 -m 1 -t 1 --rps $((fixed_rate / 20)) -D "$seconds" --log-file="$latencies" \
  -H "authorization: Bearer $MEMBER_TOKEN" "$agenda" >/dev/null
fixed=$(python3 - "$latencies" "$seconds" <<'PY'
import sys
rows = [line.split("\t") for line in open(sys.argv[1]) if line.strip()]
micros = sorted(int(r[2]) for r in rows)
starts = sorted(int(r[0]) for r in rows)
span = max((starts[-1] - starts[0]) / 1e6, 1e-9)
pick = lambda q: micros[min(len(micros) - 1, int(q * len(micros)))] / 1000
print(f"{len(rows) / span:.0f} req/s reached, p50 {pick(0.50):.1f} ms, p99 {pick(0.99):.1f} ms")
PY
)
rm -f "$latencies"
fixed_reached=${fixed%% *}
add_row "agenda read with a member's token, at a fixed $fixed_rate req/s (h2load --rps: bursts of 20 every 40 ms)" \
  "$fixed" "$(percent "$fixed_reached" "$bare")" "p99 <= 15 ms at $fixed_rate req/s"

# The same rate evenly spaced, open loop (a request due every 2 ms, sent then whether or not the earlier ones are
# answered, its latency counted from that due time, as wrk2 does): h2load's --rps sends each client's requests
# together, so its row above measures bursts of 20 as much as the rate.
note "agenda read at an evenly spaced $fixed_rate req/s, ${seconds} s"
even=$(dotnet "$system_bench" rate "$agenda" "$MEMBER_TOKEN" "$fixed_rate" "$seconds" 20)
add_row "agenda read with a member's token, at a fixed $fixed_rate req/s evenly spaced (open loop, from each due time)" \
  "$even" "$(percent "${even%% *}" "$bare")" "p99 <= 15 ms at $fixed_rate req/s"

# CPU time per agenda read of each process on its path, from /proc/<pid>/stat over a fixed number of requests: a
# figure other load on the machine barely moves, unlike a rate. Postgres is this system's server and its backends
# (every database), the dashboard the one this system's AppHost started, DCP Aspire's orchestrator (it also proxies the
# dashboard's ports and, unless HFI_DIRECT_ENDPOINTS=1, the projects' endpoints: the gateway's 8080/8081 and each
# service's port; the earlier figures' "dashboard" was this process, what listens on 18888).
cpu_per_agenda_read() {
  local requests=$((seconds * 500)) hz dashboard postmaster
  hz=$(getconf CLK_TCK)
  # DCP is what listens on the dashboard's fixed port, 18888 (ours while we hold the lock), the dashboard its child.
  local dcp
  dcp=$(ss -Hltnp 'sport = :18888' | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2 || true)
  dashboard=$(pgrep -f "Aspire\.Dashboard" | head -n 1 || true)
  postmaster=$(pgrep -f "^/usr/lib/postgresql/15/bin/postgres -D $data" | head -n 1)
  ticks() {
    local sum=0 pid
    for pid in "$@"; do sum=$((sum + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0))); done
    echo "$sum"
  }
  # shellcheck disable=SC2046,SC2086 # one pid a word
  snapshot() {
    echo "$(ticks "$(service_pid Gateway)") $(ticks "$(service_pid Meetings)")" \
      "$(ticks $postmaster $(pgrep -P "$postmaster"))" \
      "$(ticks $dashboard) $(ticks $dcp)"
  }
  # What the same processes spend with no load at all (telemetry exports and their ingest, probes, pollers), per
  # second: part of each per-read figure below is this background, spread over the reads of the load's seconds.
  local idle_before idle_after idle_started idle_ended
  idle_started=$(date +%s.%N)
  idle_before=$(snapshot)
  sleep 5
  idle_after=$(snapshot)
  idle_ended=$(date +%s.%N)
  note "CPU per agenda read: $requests requests"
  local before after started ended
  started=$(date +%s.%N)
  before=$(snapshot)
  h2load -c "$connections" -m 1 -t 1 -n "$requests" -H "authorization: Bearer $MEMBER_TOKEN" "$agenda" >/dev/null 2>&1
  after=$(snapshot)
  ended=$(date +%s.%N)
  local figure
  # shellcheck disable=SC2086 # one figure a word
  figure=$(python3 - "$requests" "$hz" "$idle_started" "$idle_ended" "$started" "$ended" \
    $idle_before $idle_after $before $after <<'PY'
import sys
n, hz = int(sys.argv[1]), int(sys.argv[2])
idle_seconds, load_seconds = float(sys.argv[4]) - float(sys.argv[3]), float(sys.argv[6]) - float(sys.argv[5])
ticks = [int(x) for x in sys.argv[7:]]
idle = [(a - b) / hz / idle_seconds * 1e3 for a, b in zip(ticks[5:10], ticks[0:5])]
us = [(a - b) / hz / n * 1e6 for a, b in zip(ticks[15:20], ticks[10:15])]
print(f"{sum(us):.0f} µs: gateway {us[0]:.0f}, Meetings {us[1]:.0f}, Postgres {us[2]:.0f}, dashboard {us[3]:.0f},"
      f" DCP {us[4]:.0f} ({n / load_seconds:.0f} reads/s; idle the same processes spend gateway {idle[0]:.0f},"
      f" Meetings {idle[1]:.0f}, Postgres {idle[2]:.0f}, dashboard {idle[3]:.0f}, DCP {idle[4]:.0f}"
      " ms of CPU a second)")
PY
)
  add_row "CPU per agenda read (utime + stime over $requests reads, each process on its path)" "$figure" "-" "-"
}

# Further loads on the running system go here (the coordinator adds other helpers' bench programs): they may use
# $gateway, $gateway_h2c, $data (the data folder: jwt-signing-key, mail/maildir), $MEETING_ID, $MEMBER_TOKEN and
# $bare, and report with add_row "what" "figure" "ratio to bare" "target".
more_loads_on_the_running_system() {
  cpu_per_agenda_read
  # An unchanged agenda asked again with its ETag: a 304 without a body (a browser's or a cache's revalidation).
  local etag rate
  etag=$(curl -sS -D - -o /dev/null -H "authorization: Bearer $MEMBER_TOKEN" "$gateway${agenda#"$gateway_h2c"}" |
    awk 'tolower($1) == "etag:" { sub(/\r$/, ""); sub(/^[^:]*: */, ""); print }')
  [ -n "$etag" ] || { echo "error: the agenda read gave no ETag" >&2; return 1; }
  note "agenda revalidated with If-None-Match (304), ${seconds} s"
  rate=$(h2load_rate --expect-3xx "${closed_loop[@]}" -H "authorization: Bearer $MEMBER_TOKEN" \
    -H "if-none-match: $etag" "$agenda")
  add_row "agenda revalidated with its ETag (304, a member's token, $connections connections)" "$rate req/s" \
    "$(percent "$rate" "$bare")" "-"
}
more_loads_on_the_running_system

reads_only="${HFI_BENCH_READS_ONLY:-}"
if [ "$reads_only" != 1 ]; then
  note "notice to $members recipients, end to end"
  notice=$(dotnet "$system_bench" notice "$gateway" "$data" "$MEETING_ID" "$members") || true
  eval "$notice"
  if [ "${NOTICE_SECONDS:-timeout}" = timeout ]; then
    add_row "notice to $members recipients, end to end (issued through the gateway until the last e-mail is in the maildir)" \
      "not reached: ${NOTICE_MAILS:-0} e-mails in 180 s" "-" "<= 5 s"
  else
    add_row "notice to $members recipients, end to end (issued through the gateway until the last e-mail is in the maildir)" \
      "$NOTICE_SECONDS s" "-" "<= 5 s"
  fi
fi

# Where the notice's time went, from the rows' own timestamps (outboxes, Notifications' inbox, notices, deliveries) and
# the maildir's files: seconds after the request was sent. Postgres trusts local connections on its socket.
notice_breakdown() {
  [ -n "${NOTICE_ISSUED_AT:-}" ] || return 0
  local socket port
  socket="$data/postgres/run"
  port=$(find "$socket" -maxdepth 1 -name '.s.PGSQL.*' ! -name '*.lock' -printf '%f\n' | head -n 1 | sed 's/.*\.//')
  [ -n "$port" ] || return 0
  local t0="to_timestamp($NOTICE_ISSUED_AT)" e='extract(epoch from'
  at() { psql -h "$socket" -p "$port" -U postgres -d "$1" -At -F ' ' -c "$2" 2>/dev/null || true; }
  local times
  times="$(at meetingsdb "SELECT 'event_saved', $e min(\"OccurredAt\")), 'event_published', $e max(\"SentAt\"))
      FROM outbox_messages WHERE \"MessageType\" LIKE '%MeetingNoticeIssued%' AND \"OccurredAt\" >= $t0")
    $(at documentsdb "SELECT 'pdf_published', $e max(\"SentAt\")) FROM outbox_messages
      WHERE \"MessageType\" LIKE '%DocumentPublished%' AND \"OccurredAt\" >= $t0")
    $(at notificationsdb "SELECT 'notice_received', $e min(\"ProcessedAt\")) FROM processed_messages
      WHERE \"Consumer\" = 'MeetingNoticeIssuedConsumer' AND \"ProcessedAt\" >= $t0")
    $(at notificationsdb "SELECT 'pdf_received', $e max(\"ProcessedAt\")) FROM processed_messages
      WHERE \"Consumer\" = 'DocumentPublishedConsumer' AND \"ProcessedAt\" >= $t0")
    $(at notificationsdb "SELECT 'recipients_known', $e max(n.\"RecipientsKnownAt\")),
        'first_sent', $e min(d.\"LastAttemptAt\")), 'last_sent', $e max(d.\"LastAttemptAt\"))
      FROM notices n JOIN deliveries d ON d.\"NoticeId\" = n.\"Id\" WHERE n.\"CreatedAt\" >= $t0")"
  local figure
  figure=$(python3 - "$NOTICE_ISSUED_AT" "$data/mail/maildir/new" $times <<'PY'
import os, sys
t0, maildir, words = float(sys.argv[1]), sys.argv[2], sys.argv[3:]
number = lambda w: w.replace(".", "", 1).isdigit()
# A time may be missing (NULL, an empty field): a name is followed by its number or by the next name.
at = {w: float(words[i + 1]) for i, w in enumerate(words[:-1]) if not number(w) and number(words[i + 1])}
files = [os.stat(os.path.join(maildir, f)).st_mtime for f in os.listdir(maildir)] if os.path.isdir(maildir) else []
files = [t for t in files if t >= t0]
if files:
    at["first_in_maildir"], at["last_in_maildir"] = min(files), max(files)
names = [("event_saved", "event saved"), ("event_published", "published"),
         ("notice_received", "at Notifications"), ("recipients_known", "recipients known"),
         ("pdf_published", "PDF published"), ("pdf_received", "PDF at Notifications"),
         ("first_sent", "first e-mail sent"), ("first_in_maildir", "first in maildir"),
         ("last_sent", "last sent"), ("last_in_maildir", "last in maildir")]
print(", ".join(f"{label} {at[key] - t0:.2f}" for key, label in names if key in at))
PY
)
  note "where the notice's time went (s after the request): $figure"
  add_row "where the notice's time went (s after the request, from the rows' timestamps)" "$figure" "-" "-"
}

notice_breakdown

measure_rss loaded_rss
load_under_system=$(load_average)
stop_system

for service in "${services[@]}"; do
  add_row "$service, idle after start (after the loads)" "${idle_rss[$service]} MB RSS (${loaded_rss[$service]} MB)" "-" \
    "<= 150 MB"
done

# Benches that need no booted system (they start their own servers on free ports) go here, like the fan-out below.
more_benches_without_the_system() {
  note "first pages at 1 and 10 years of history (bench/Hfi.History.Bench)"
  history=$(dotnet run -c Release --no-build --project bench/Hfi.History.Bench -- ${HFI_BENCH_HISTORY_ARGS:-} 2>&1) ||
    { echo "$history" >&2; exit 1; }
}

# The fan-out is measured once nothing of the booted system runs any more: DCP and the servers it stopped may still be
# ending for some seconds after the AppHost has gone and its ports are free (Postgres' shutdown checkpoint, RabbitMQ).
system_leftovers() {
  pgrep -f "$data|$root/(Services/[A-Za-z]+|Gateway)/bin/Release/|tools/dcp .*--monitor $apphost_pid( |\$)" || true
}
# What else keeps the cores busy meanwhile (on a shared machine: other developers' builds and tests), over 5 s.
busiest_processes() {
  top -b -c -d 5 -n 2 -w 512 |
    awk '/^top -/ { n++ } n == 2 && $1 ~ /^[0-9]+$/ && $9 + 0 >= 10 { printf "%s %s %%, ", $12, $9 }' |
    sed 's/, $//' | cut -c1-600
}
fanout="(not run: HFI_BENCH_READS_ONLY=1)" history="$fanout" fanout_conditions="-"
if [ "$reads_only" != 1 ]; then
  for _ in $(seq 1 60); do [ -z "$(system_leftovers)" ] && break; sleep 1; done
  [ -z "$(system_leftovers)" ] || note "still running after 60 s: $(system_leftovers | tr '\n' ' ')"
  fanout_conditions="load average $(load_average); busiest processes over 5 s: $(busiest_processes)"
  note "before the fan-out: $fanout_conditions"
  note "notice to 10,000 recipients into the SMTP sink (bench/Hfi.Notifications.Bench)"
  # shellcheck disable=SC2086 # the arguments are words
  fanout=$(dotnet run -c Release --no-build --project bench/Hfi.Notifications.Bench -- \
    ${HFI_BENCH_FANOUT_ARGS:---recipients 10000 --connections 16 --sink both} 2>&1) ||
    { echo "$fanout" >&2; exit 1; }
  more_benches_without_the_system
fi
# Held until now: the benches above need no fixed port, but another system booting meanwhile (the next one waiting for
# the lock) would share the two cores with them.
flock -u 9
exec 9>&-

echo
echo "Hfi bench, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)," \
  "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), Release builds"
echo "load average while the system ran: $load_under_system; now: $(load_average)"
echo
echo "| what | figure | ratio to bare Kestrel | target |"
echo "|---|---|---|---|"
for row in "${rows[@]}"; do
  IFS='|' read -r what figure ratio target <<<"$row"
  echo "| $what | $figure | $ratio | $target |"
done
echo
echo "notice to 10,000 recipients into the SMTP sink (bench/Hfi.Notifications.Bench; at its start: $fanout_conditions):"
sed 's/^/  /' <<<"$fanout"
echo
echo "first pages at 1 and 10 years of history (bench/Hfi.History.Bench):"
sed 's/^/  /' <<<"$history"
}
main "$@"

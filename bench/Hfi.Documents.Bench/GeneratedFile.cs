using System.Security.Cryptography;

namespace Hfi.Documents.Bench;

/// <summary>
/// A file of any length made on the fly (a PDF header, then pseudo-random bytes), so the client never holds it;
/// the same length and seed always give the same bytes.
/// </summary>
internal sealed class GeneratedFile(long length, ulong seed = 0x9E3779B97F4A7C15) : Stream
{
    private static readonly byte[] Header = "%PDF-1.7\n"u8.ToArray();
    private ulong _state = seed;
    private long _position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public static string Sha256Of(long length)
    {
        using var file = new GeneratedFile(length);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = (int)Math.Min(buffer.Length, length - _position);
        for (var i = 0; i < count; i++, _position++)
        {
            if (_position < Header.Length)
            {
                buffer[i] = Header[_position];
                continue;
            }
            _state ^= _state << 13;
            _state ^= _state >> 7;
            _state ^= _state << 17;
            buffer[i] = (byte)_state;
        }
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush() { }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

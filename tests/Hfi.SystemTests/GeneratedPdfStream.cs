using System.Security.Cryptography;

namespace Hfi.SystemTests;

/// <summary>
/// A PDF-looking file of any length, made as it is read ("%PDF-1.7" then pseudo-random bytes): large uploads
/// without holding them in memory. Its SHA-256 is known once it has been read to the end.
/// </summary>
internal sealed class GeneratedPdfStream(long length) : Stream
{
    private static readonly byte[] Header = "%PDF-1.7\n"u8.ToArray();
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _position;
    private ulong _state = 0x9E3779B97F4A7C15;
    private string? _sha256;

    /// <summary>Kept past disposal: HttpClient disposes a request's content once it is sent.</summary>
    public string Sha256 => _sha256 ?? throw new InvalidOperationException("The stream has not been read to the end.");

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = (int)Math.Min(buffer.Length, length - _position);
        for (var i = 0; i < count; i++)
        {
            var at = _position + i;
            buffer[i] = at < Header.Length ? Header[at] : NextByte();
        }
        _hash.AppendData(buffer[..count]);
        _position += count;
        if (_position == length) _sha256 ??= Convert.ToHexStringLower(_hash.GetHashAndReset());
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

    protected override void Dispose(bool disposing)
    {
        if (disposing) _hash.Dispose();
        base.Dispose(disposing);
    }

    // xorshift64: cheap, and incompressible enough that no layer can shrink the transfer.
    private byte NextByte()
    {
        _state ^= _state << 13;
        _state ^= _state >> 7;
        _state ^= _state << 17;
        return (byte)_state;
    }
}

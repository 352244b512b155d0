namespace Hfi.Documents.Tests.Api;

/// <summary>
/// A body of unknown length: HttpClient sends it chunked, so the service cannot know the size up front.
/// </summary>
internal sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
{
    public override bool CanSeek => false;
    public override long Length => throw new NotSupportedException();
    public override long Position
    {
        get => base.Position;
        set => throw new NotSupportedException();
    }
}

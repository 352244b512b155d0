using System.Security.Cryptography;
using System.Text;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Hfi.ServiceDefaults.Grpc;

/// <summary>
/// ETags for the hot reads, and the 304 they earn over REST (with <see cref="NotModifiedMiddleware"/>).
/// <para>
/// A tag is a hash of the audience and of the answer that audience gets, nothing else: an edit the caller cannot
/// see leaves their tag alone (a version number would tell them something changed), and two audiences never share
/// a tag even where their answers agree. Tags are weak (<c>W/"…"</c>): they promise the same content, not the same
/// bytes (the JSON writer, or a proxy compressing, may change those); If-None-Match compares weakly anyway.
/// </para>
/// The answer carries <c>Cache-Control: private, no-cache</c>: a browser keeps it for the signed-in person and asks
/// again each time (a cheap 304 while it holds), and no shared cache stores it.
/// </summary>
public static class EntityTags
{
    internal const string NotModifiedItem = "hfi.not-modified";

    /// <summary>The weak tag of <paramref name="answer"/> as <paramref name="audience"/> gets it.</summary>
    public static string Of(string audience, IMessage answer)
    {
        var audienceBytes = Encoding.UTF8.GetBytes(audience);
        var content = new byte[audienceBytes.Length + 1 + answer.CalculateSize()];
        audienceBytes.CopyTo(content, 0);
        answer.WriteTo(content.AsSpan(audienceBytes.Length + 1));
        var hash = SHA256.HashData(content);
        return $"W/\"{Convert.ToBase64String(hash, 0, 18).Replace('+', '-').Replace('/', '_')}\"";
    }

    /// <summary>
    /// Tags the answer; true when it is a REST GET whose If-None-Match holds <paramref name="etag"/>, which is then
    /// answered 304 without a body (the caller returns an empty message, never written). A gRPC call always gets
    /// its answer: gRPC has no 304.
    /// </summary>
    public static bool NotModified(ServerCallContext context, string etag)
    {
        var http = context.GetHttpContext();
        if (!NotModifiedMiddleware.Applies(http.Request))
            return false;
        if (!Tag(http, etag) || !NotModifiedMiddleware.IsInstalled(http))
            return false;
        http.Items[NotModifiedItem] = true;
        return true;
    }

    /// <summary>True once <see cref="NotModified"/> decided that this request is answered 304.</summary>
    public static bool AnsweredNotModified(HttpContext http) => http.Items.ContainsKey(NotModifiedItem);

    /// <summary>
    /// Puts <paramref name="etag"/> and the caching headers on a REST answer; true when the request's If-None-Match
    /// holds the tag (the answer is then a 304 without a body).
    /// </summary>
    public static bool Tag(HttpContext http, string etag)
    {
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = "private, no-cache";
        http.Response.Headers.Vary = HeaderNames.Authorization;
        return Matches(http.Request.Headers.IfNoneMatch, etag);
    }

    /// <summary>If-None-Match by weak comparison (RFC 9110, 13.1.2); "*" matches any current answer.</summary>
    internal static bool Matches(string? ifNoneMatch, string etag)
    {
        if (string.IsNullOrWhiteSpace(ifNoneMatch))
            return false;
        if (!EntityTagHeaderValue.TryParseList([ifNoneMatch], out var tags))
            return false;
        var current = EntityTagHeaderValue.Parse(etag);
        return tags.Any(tag =>
            tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false)
        );
    }
}

using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Hfi.ServiceDefaults.Grpc;

/// <summary>
/// JSON transcoding answers any unreadable body with "Request JSON payload is not correctly formatted.".
/// This reads a REST call's JSON body first and, when it is not JSON, answers 400 saying where it broke and
/// after which property, in the same error shape transcoding uses ({"code":3,"message":…}).
/// </summary>
internal sealed class MalformedJsonMiddleware(RequestDelegate next)
{
    private const int InvalidArgument = 3;

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HasJsonBody(context.Request))
        {
            await next(context);
            return;
        }

        context.Request.EnableBuffering();
        var error = await FindSyntaxErrorAsync(context.Request.Body, context.RequestAborted);
        context.Request.Body.Position = 0;
        if (error is null)
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await context.Response.WriteAsJsonAsync(new { code = InvalidArgument, message = error, details = Array.Empty<object>() });
    }

    private static bool HasJsonBody(HttpRequest request) =>
        request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true
        && (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method));

    private static async Task<string?> FindSyntaxErrorAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await body.CopyToAsync(buffer, cancellationToken);
        return FindSyntaxError(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    internal static string? FindSyntaxError(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        string? lastProperty = null;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName) lastProperty = reader.GetString();
            }
            return reader.BytesConsumed == 0 ? "Request body is empty; send a JSON object." : null;
        }
        catch (JsonException ex)
        {
            var where = lastProperty is null ? string.Empty : $" after property '{lastProperty}'";
            return $"Request JSON is malformed{where} at line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}.";
        }
    }
}

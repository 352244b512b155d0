using System.Text.Json;
using Google.Protobuf.Reflection;
using Hfi.ServiceDefaults.Domain;
using Microsoft.AspNetCore.Grpc.JsonTranscoding;
using Microsoft.AspNetCore.Http;

namespace Hfi.ServiceDefaults.Grpc;

/// <summary>
/// JSON transcoding answers any unreadable body with "Request JSON payload is not correctly formatted.".
/// This reads a REST call's JSON body first (after the caller is authenticated and authorised) and, when it is not
/// JSON, answers 400 saying where it broke and after which property; when a value has the wrong type or names an
/// enum value that does not exist, it answers 400 naming the field.
/// </summary>
internal sealed class MalformedJsonMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HasJsonBody(context.Request))
        {
            await next(context);
            return;
        }

        context.Request.EnableBuffering();
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        context.Request.Body.Position = 0;
        var json = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);

        if (FindSyntaxError(json.Span) is { } syntax)
        {
            await ErrorMapping
                .Problem(StatusCodes.Status400BadRequest, syntax.Reason, syntax.Message)
                .ExecuteAsync(context);
            return;
        }

        if (BodyMessageOf(context) is { } message)
        {
            using var document = JsonDocument.Parse(json);
            var errors = JsonShape.Check(document.RootElement, message);
            if (errors.Count > 0)
            {
                var invalid = new ValidationFailedException(errors);
                await ErrorMapping.Problem(invalid).ExecuteAsync(context);
                return;
            }
        }
        await next(context);
    }

    private static bool HasJsonBody(HttpRequest request) =>
        request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true
        && (
            HttpMethods.IsPost(request.Method)
            || HttpMethods.IsPut(request.Method)
            || HttpMethods.IsPatch(request.Method)
        );

    /// <summary>The message the body is read into: the whole request (body "*") or one field of it.</summary>
    private static MessageDescriptor? BodyMessageOf(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<GrpcJsonTranscodingMetadata>() is not { } transcoding)
            return null;
        var input = transcoding.MethodDescriptor.InputType;
        return transcoding.HttpRule.Body switch
        {
            "*" => input,
            "" => null,
            // A raw body (google.api.HttpBody, e.g. a plan import) is not read as a message.
            var field => input.FindFieldByName(field) is { FieldType: FieldType.Message } bodyField
            && bodyField.MessageType.FullName != "google.api.HttpBody"
                ? bodyField.MessageType
                : null,
        };
    }

    internal static (Reason Reason, string Message)? FindSyntaxError(ReadOnlySpan<byte> json)
    {
        if (json.Trim(" \t\r\n"u8).IsEmpty)
            return (Reasons.EmptyBody, "Request body is empty; send a JSON object.");
        var reader = new Utf8JsonReader(
            json,
            new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 }
        );
        string? lastProperty = null;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                    lastProperty = reader.GetString();
            }
            return null;
        }
        catch (JsonException ex)
        {
            var where = lastProperty is null ? string.Empty : $" after property '{Shorten(lastProperty)}'";
            return (
                Reasons.MalformedJson,
                $"Request JSON is malformed{where} at line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}."
            );
        }
    }

    private static string Shorten(string text) => new([.. text.Take(60).Select(c => char.IsControl(c) ? '?' : c)]);
}

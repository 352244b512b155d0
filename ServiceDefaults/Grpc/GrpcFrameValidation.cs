using System.Buffers.Binary;
using System.Collections.Concurrent;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Hfi.ServiceDefaults.Domain;
using Microsoft.AspNetCore.Http;
using Code = Google.Rpc.Code;

namespace Hfi.ServiceDefaults.Grpc;

/// <summary>
/// A gRPC call whose single request message is not a well-formed frame, or not a message of its type, is
/// answered INVALID_ARGUMENT saying so, before the gRPC machinery turns the parse error into UNKNOWN.
/// </summary>
internal sealed class GrpcFrameValidation(RequestDelegate next)
{
    private const int HeaderLength = 5;
    private const int MaxMessageBytes = 4 * 1024 * 1024;
    private static readonly ConcurrentDictionary<string, MessageDescriptor?> Inputs = new(StringComparer.Ordinal);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!IsGrpc(context.Request) || InputOf(context) is not { } input)
        {
            await next(context);
            return;
        }

        context.Request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: MaxMessageBytes + HeaderLength + 1);
        using var buffer = new MemoryStream();
        try
        {
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        }
        catch (IOException)
        {
            // Larger than any message we take, or the caller hung up: gRPC's own limits answer.
            context.Request.Body.Position = 0;
            await next(context);
            return;
        }
        context.Request.Body.Position = 0;

        if (Problem(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), input) is { } problem)
        {
            await RefuseAsync(context, problem);
            return;
        }
        await next(context);
    }

    private static string? Problem(ReadOnlySpan<byte> body, MessageDescriptor input)
    {
        if (body.Length < HeaderLength)
            return "The request is not a gRPC message frame.";
        var compressed = body[0];
        var length = BinaryPrimitives.ReadUInt32BigEndian(body[1..HeaderLength]);
        if (compressed > 1)
            return "The gRPC frame has an unknown compression flag.";
        if (length != body.Length - HeaderLength)
            return "The gRPC frame's length does not match the message sent.";
        if (compressed == 1)
            return null;
        try
        {
            input.Parser.ParseFrom(body[HeaderLength..].ToArray());
            return null;
        }
        catch (InvalidProtocolBufferException)
        {
            return $"The request is not a valid {input.Name} message.";
        }
    }

    private static async Task RefuseAsync(HttpContext context, string message)
    {
        var status = ErrorMapping.ToStatus(Code.InvalidArgument, Reasons.MalformedMessage, message, []);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/grpc";
        await context.Response.StartAsync(context.RequestAborted);
        context.Response.AppendTrailer(
            "grpc-status",
            ((int)StatusCode.InvalidArgument).ToString(System.Globalization.CultureInfo.InvariantCulture)
        );
        context.Response.AppendTrailer("grpc-message", Uri.EscapeDataString(message));
        context.Response.AppendTrailer(
            "grpc-status-details-bin",
            Convert.ToBase64String(status.ToByteArray()).TrimEnd('=')
        );
    }

    private static bool IsGrpc(HttpRequest request) =>
        request.ContentType is { } type
        && (
            type.Equals("application/grpc", StringComparison.OrdinalIgnoreCase)
            || type.StartsWith("application/grpc+proto", StringComparison.OrdinalIgnoreCase)
        );

    /// <summary>
    /// The request message type of a unary or server-streaming method (the caller sends one message).
    /// </summary>
    private static MessageDescriptor? InputOf(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<GrpcMethodMetadata>() is not { } grpc)
            return null;
        if (grpc.Method.Type is not (MethodType.Unary or MethodType.ServerStreaming))
            return null;
        return Inputs.GetOrAdd(
            grpc.Method.FullName,
            _ =>
            {
                for (var type = grpc.ServiceType; type is not null; type = type.BaseType)
                {
                    if (type.DeclaringType?.GetProperty("Descriptor")?.GetValue(null) is ServiceDescriptor service)
                        return service.FindMethodByName(grpc.Method.Name)?.InputType;
                }
                return null;
            }
        );
    }
}

using Grpc.Core;
using Grpc.Core.Interceptors;
using Hfi.ServiceDefaults.Domain;
using Microsoft.Extensions.Logging;

namespace Hfi.ServiceDefaults.Grpc;

/// <summary>
/// Turns domain errors into gRPC statuses (and, through JSON transcoding, into HTTP statuses); any other error is
/// logged with its details and answered INTERNAL with nothing but the trace id.
/// </summary>
public sealed class DomainExceptionInterceptor(ILogger<DomainExceptionInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request,
        ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation
    )
    {
        try
        {
            RequestRules.Check(request);
            return await continuation(request, context);
        }
        catch (Exception ex) when (Map(ex, context) is { } mapped)
        {
            throw mapped;
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request,
        IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation
    )
    {
        try
        {
            RequestRules.Check(request);
            await continuation(request, responseStream, context);
        }
        catch (Exception ex) when (Map(ex, context) is { } mapped)
        {
            throw mapped;
        }
    }

    public static RpcException ToRpcException(DomainException exception) => ErrorMapping.ToRpcException(exception);

    private RpcException? Map(Exception exception, ServerCallContext context)
    {
        switch (exception)
        {
            case DomainException domain:
                return ErrorMapping.ToRpcException(domain);
            case RpcException { StatusCode: StatusCode.Unavailable or StatusCode.DeadlineExceeded } peer:
                // A peer service did not answer: its status names addresses and sockets, which stay in the log.
                logger.LogError(peer, "A peer service did not answer in {Method}", context.Method);
                return ErrorMapping.UnavailableError();
            case RpcException { StatusCode: StatusCode.Unknown or StatusCode.Internal or StatusCode.DataLoss } peer:
                logger.LogError(peer, "A peer service failed in {Method}", context.Method);
                return ErrorMapping.InternalError();
            case RpcException:
                return null;
            case OperationCanceledException when context.CancellationToken.IsCancellationRequested:
                return null;
            default:
                logger.LogError(exception, "Unexpected error in {Method}", context.Method);
                return ErrorMapping.InternalError();
        }
    }
}

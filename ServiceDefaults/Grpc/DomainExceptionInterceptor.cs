using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Hfi.ServiceDefaults.Domain;

namespace Hfi.ServiceDefaults.Grpc;

/// <summary>Turns domain errors into gRPC statuses (and, through JSON transcoding, into HTTP statuses).</summary>
public sealed class DomainExceptionInterceptor : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (DomainException ex)
        {
            throw ToRpcException(ex);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (DomainException ex)
        {
            throw ToRpcException(ex);
        }
    }

    public static RpcException ToRpcException(DomainException exception)
    {
        var status = new Google.Rpc.Status
        {
            Code = (int)CodeOf(exception),
            Message = exception.Message,
        };

        if (exception is ValidationFailedException validation)
        {
            var badRequest = new BadRequest();
            badRequest.FieldViolations.AddRange(validation.Errors.Select(error =>
                new BadRequest.Types.FieldViolation { Field = error.Field, Description = error.Description }));
            status.Details.Add(Google.Protobuf.WellKnownTypes.Any.Pack(badRequest));
        }

        return status.ToRpcException();
    }

    private static Code CodeOf(DomainException exception) => exception switch
    {
        ValidationFailedException => Code.InvalidArgument,
        NotFoundException => Code.NotFound,
        ConflictException => Code.Aborted,
        InvalidStateException => Code.FailedPrecondition,
        _ => Code.Internal,
    };
}

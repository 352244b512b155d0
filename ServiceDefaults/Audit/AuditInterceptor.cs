using System.Collections.Concurrent;
using Google.Api;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Hfi.ServiceDefaults.Audit;

/// <summary>
/// Records every call that changes something — any method not bound to an HTTP GET — with the caller, the ids in
/// the request and in the answer (a create's new id), and a short summary. The entry is written with the call's
/// own save, so it exists exactly when the change does.
/// </summary>
public sealed class AuditInterceptor(IAuditLog audit) : Interceptor
{
    private static readonly ConcurrentDictionary<string, bool> Mutating = new(StringComparer.Ordinal);

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request,
        ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation
    )
    {
        if (request is not IMessage message || !IsMutating(context.Method, message))
            return await continuation(request, context);

        var http = context.GetHttpContext();
        var action = context.Method[(context.Method.LastIndexOf('/') + 1)..];
        var entry = audit.Begin(http, action, RequestSummary.EntityIdsOf(message), RequestSummary.Of(message));
        var response = await continuation(request, context);
        await audit.CompleteAsync(http, entry, RequestSummary.EntityIdsOf(response as IMessage));
        return response;
    }

    /// <summary>
    /// A method is a read when its HTTP binding is a GET, or, for a gRPC-only method, when it is one of the standard
    /// read methods by name (Get…, List…; Google's API design guide). One we cannot place is audited rather than
    /// missed.
    /// </summary>
    private static bool IsMutating(string fullMethod, IMessage request) =>
        Mutating.GetOrAdd(
            fullMethod,
            method =>
            {
                var parts = method.Trim('/').Split('/');
                var descriptor = request
                    .Descriptor.File.Services.FirstOrDefault(service => service.FullName == parts[0])
                    ?.FindMethodByName(parts[^1]);
                var rule = descriptor?.GetOptions()?.GetExtension(AnnotationsExtensions.Http);
                if (rule is not null)
                    return rule.PatternCase != HttpRule.PatternOneofCase.Get;
                return !(
                    parts[^1].StartsWith("Get", StringComparison.Ordinal)
                    || parts[^1].StartsWith("List", StringComparison.Ordinal)
                );
            }
        );
}

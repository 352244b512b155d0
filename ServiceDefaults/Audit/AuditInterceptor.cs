using System.Collections.Concurrent;
using Google.Api;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Hfi.ServiceDefaults.Audit;

/// <summary>
/// Records every call that succeeded and changes something — any method not bound to an HTTP GET — with the
/// caller, the ids in the request and in the answer (a create's new id), and a short summary.
/// </summary>
public sealed class AuditInterceptor(IAuditLog audit) : Interceptor
{
    private static readonly ConcurrentDictionary<string, bool> Mutating = new(StringComparer.Ordinal);

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        var response = await continuation(request, context);
        if (request is IMessage message && IsMutating(context.Method, message))
        {
            var action = context.Method[(context.Method.LastIndexOf('/') + 1)..];
            var ids = RequestSummary.EntityIdsOf(message).Concat(RequestSummary.EntityIdsOf(response as IMessage));
            await audit.RecordAsync(context.GetHttpContext(), action, ids, RequestSummary.Of(message));
        }
        return response;
    }

    /// <summary>
    /// A method is a read when its HTTP binding is a GET, or, for a gRPC-only method, when it is one of the standard
    /// read methods by name (Get…, List…; Google's API design guide). One we cannot place is audited rather than missed.
    /// </summary>
    private static bool IsMutating(string fullMethod, IMessage request) => Mutating.GetOrAdd(fullMethod, method =>
    {
        var parts = method.Trim('/').Split('/');
        var descriptor = request.Descriptor.File.Services
            .FirstOrDefault(service => service.FullName == parts[0])?.FindMethodByName(parts[^1]);
        var rule = descriptor?.GetOptions()?.GetExtension(AnnotationsExtensions.Http);
        if (rule is not null) return rule.PatternCase != HttpRule.PatternOneofCase.Get;
        return !(parts[^1].StartsWith("Get", StringComparison.Ordinal) || parts[^1].StartsWith("List", StringComparison.Ordinal));
    });
}

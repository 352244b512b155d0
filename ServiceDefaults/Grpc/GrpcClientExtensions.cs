using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace Hfi.ServiceDefaults.Grpc;

public static class GrpcClientExtensions
{
    /// <summary>
    /// A gRPC client for a peer service found by its service-discovery name (services__{name}__http__0), that
    /// forwards the caller's bearer token so the peer applies its own access rules to the same caller.
    /// </summary>
    public static IHttpClientBuilder AddHfiGrpcClient<TClient>(this IServiceCollection services, string serviceName)
        where TClient : class
    {
        services.AddHttpContextAccessor();
        services.AddTransient<ForwardCallerTokenHandler>();
        return services
            .AddGrpcClient<TClient>(options => options.Address = new Uri($"http://{serviceName}"))
            .AddHttpMessageHandler<ForwardCallerTokenHandler>();
    }

    private sealed class ForwardCallerTokenHandler(IHttpContextAccessor accessor) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request,
            CancellationToken cancellationToken
        )
        {
            var authorization = accessor.HttpContext?.Request.Headers[HeaderNames.Authorization].ToString();
            if (!string.IsNullOrEmpty(authorization) && request.Headers.Authorization is null)
            {
                request.Headers.TryAddWithoutValidation(HeaderNames.Authorization, authorization);
            }
            return base.SendAsync(request, cancellationToken);
        }
    }
}

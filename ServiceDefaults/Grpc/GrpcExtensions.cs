using Google.Protobuf.Reflection;
using Google.Rpc;
using Hfi.ServiceDefaults.Audit;
using Hfi.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hfi.ServiceDefaults.Grpc;

public static class GrpcExtensions
{
    /// <summary>
    /// gRPC with JSON transcoding (every RPC is also a REST endpoint), domain errors mapped to statuses,
    /// gRPC health checks mirroring /health, and token validation.
    /// </summary>
    public static IHostApplicationBuilder AddHfiGrpc(this IHostApplicationBuilder builder)
    {
        builder.Services.AddGrpc(options =>
        {
            options.Interceptors.Add<DomainExceptionInterceptor>();
            options.EnableDetailedErrors = builder.Environment.IsDevelopment();
        }).AddJsonTranscoding(options =>
            // Error details (field violations) must be known to the JSON writer to appear in REST answers.
            options.TypeRegistry = TypeRegistry.FromMessages(BadRequest.Descriptor));
        builder.Services.AddGrpcHealthChecks();
        builder.AddHfiIdentity();
        return builder;
    }

    /// <summary>Maps the service, its audit log (when it keeps one) and the gRPC health service, behind problem details for bodiless errors and token validation.</summary>
    public static WebApplication MapHfiGrpcService<TService>(this WebApplication app)
        where TService : class
    {
        app.UseStatusCodePages();
        app.UseMiddleware<MalformedJsonMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGrpcService<TService>();
        app.MapGrpcHealthChecksService();
        app.Services.GetService<AuditEndpoint>()?.Map(app);
        return app;
    }
}

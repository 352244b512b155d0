using Google.Protobuf.Reflection;
using Google.Rpc;
using Hfi.ServiceDefaults.Audit;
using Hfi.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.WebUtilities;
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
        builder
            .Services.AddGrpc(options =>
            {
                options.Interceptors.Add<DomainExceptionInterceptor>();
                // Exception texts stay in the logs and traces, in every environment.
                options.EnableDetailedErrors = false;
            })
            .AddJsonTranscoding(options =>
                // Error details (reason, Norwegian text, field violations) must be known to the JSON writer to appear in REST answers.
                options.TypeRegistry = TypeRegistry.FromMessages(
                    BadRequest.Descriptor,
                    ErrorInfo.Descriptor,
                    LocalizedMessage.Descriptor
                )
            );
        builder.Services.AddGrpcHealthChecks();
        builder.AddHfiIdentity();
        return builder;
    }

    /// <summary>
    /// Maps the service, its audit log (when it keeps one) and the gRPC health service, behind the one error mapping
    /// (problem details with reason codes for every REST error, nothing internal in any answer), token validation
    /// and authorisation before any body is read, checks of malformed JSON bodies and gRPC frames, and 304s for reads
    /// whose ETag the caller holds (<see cref="EntityTags"/>). <paramref name="beforeEndpoints"/> adds a service's own
    /// middleware behind the error mapping, the token, authorisation and the body checks, in front of the 304s and the
    /// endpoints (e.g. answers served from a cache, which sees the transcoder's answer on its way out).
    /// </summary>
    public static WebApplication MapHfiGrpcService<TService>(
        this WebApplication app,
        Action<IApplicationBuilder>? beforeEndpoints = null
    )
        where TService : class
    {
        app.UseHfiErrorAnswers();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<MalformedJsonMiddleware>();
        app.UseMiddleware<GrpcFrameValidation>();
        beforeEndpoints?.Invoke(app);
        app.UseMiddleware<NotModifiedMiddleware>();
        app.MapGrpcService<TService>();
        app.MapGrpcHealthChecksService();
        app.Services.GetService<AuditEndpoint>()?.Map(app);
        return app;
    }

    /// <summary>
    /// The REST face of the one error mapping: problem details with reason and Norwegian text for every error answer,
    /// and nothing internal in any of them, whatever the environment.
    /// </summary>
    public static IApplicationBuilder UseHfiErrorAnswers(this IApplicationBuilder app) =>
        app.UseHfiStatusCodePages().UseMiddleware<RestErrorMiddleware>();

    /// <summary>
    /// A bodiless error answer (401, 403, 404, 405, …) gets problem details with its reason and Norwegian text.
    /// </summary>
    private static IApplicationBuilder UseHfiStatusCodePages(this IApplicationBuilder app) =>
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            if (http.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true)
                return;
            var status = http.Response.StatusCode;
            await ErrorMapping
                .Problem(status, ErrorMapping.ReasonOfStatus(status), ReasonPhrases.GetReasonPhrase(status))
                .ExecuteAsync(http);
        });
}

using Grpc.AspNetCore.Server;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hfi.ServiceDefaults.Audit;

public static class AuditExtensions
{
    private const int DefaultPageSize = 50;
    private const int MaxPageSize = 200;

    /// <summary>
    /// The service's audit log: every successful changing gRPC call is recorded in its own database, and the
    /// secretariat reads it at GET /api/{service}/audit (mapped by MapHfiGrpcService).
    /// </summary>
    public static IHostApplicationBuilder AddHfiAudit<TContext>(this IHostApplicationBuilder builder, string service)
        where TContext : DbContext, IAuditDbContext
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IAuditLog, AuditLog<TContext>>();
        builder.Services.AddScoped<AuditTrail>();
        builder.Services.AddScoped<ISaveChangesInterceptor, AuditSaveInterceptor>();
        builder.Services.AddSingleton(
            new AuditEndpoint(service, endpoints => endpoints.MapAuditEntries<TContext>(service))
        );
        builder.Services.Configure<GrpcServiceOptions>(options => options.Interceptors.Add<AuditInterceptor>());
        return builder;
    }

    public sealed record AuditEntries(IReadOnlyList<AuditEntry> Entries, long? NextBefore);

    private static void MapAuditEntries<TContext>(this IEndpointRouteBuilder endpoints, string service)
        where TContext : DbContext, IAuditDbContext
    {
        endpoints
            .MapGet(
                $"/api/{service}/audit",
                async (TContext db, string? entityId, long? before, int? pageSize, CancellationToken ct) =>
                {
                    TextRules.Require("entityId", entityId);
                    var size = Math.Clamp(pageSize ?? DefaultPageSize, 1, MaxPageSize);
                    var query = db.AuditEntries.AsNoTracking();
                    if (!string.IsNullOrWhiteSpace(entityId))
                        query = query.Where(e => e.EntityIds.Contains(entityId));
                    if (before is { } cursor)
                        query = query.Where(e => e.Id < cursor);
                    var entries = await query.OrderByDescending(e => e.Id).Take(size + 1).ToListAsync(ct);
                    return Results.Ok(
                        new AuditEntries(
                            entries.Take(size).ToList(),
                            entries.Count > size ? entries[size - 1].Id : null
                        )
                    );
                }
            )
            .RequireAuthorization(HfiPolicies.Secretariat);
    }
}

/// <summary>The audit endpoint a service registered, mapped together with its gRPC service.</summary>
public sealed record AuditEndpoint(string Service, Action<IEndpointRouteBuilder> Map);

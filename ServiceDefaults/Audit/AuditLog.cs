using System.Diagnostics;
using Hfi.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hfi.ServiceDefaults.Audit;

/// <summary>Records a change that has just succeeded, attributed to the signed-in caller of the request.</summary>
public interface IAuditLog
{
    Task RecordAsync(HttpContext http, string action, IEnumerable<string> entityIds, string summary);
}

internal sealed class AuditLog<TContext>(IServiceScopeFactory scopes, TimeProvider clock) : IAuditLog
    where TContext : DbContext, IAuditDbContext
{
    public const string RequestIdHeader = "X-Request-Id";

    public async Task RecordAsync(HttpContext http, string action, IEnumerable<string> entityIds, string summary)
    {
        var user = http.User;
        var requestId = http.Request.Headers[RequestIdHeader].ToString();
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            Action = action,
            Subject = user.FindFirst(HfiClaims.Subject)?.Value,
            Name = user.FindFirst(HfiClaims.Name)?.Value,
            Role = user.FindFirst(HfiClaims.Role)?.Value,
            EntityIds = entityIds.Distinct(StringComparer.Ordinal).ToList(),
            Summary = summary.Length <= AuditEntry.SummaryLength ? summary : summary[..(AuditEntry.SummaryLength - 1)] + "…",
            RequestId = string.IsNullOrWhiteSpace(requestId) ? Activity.Current?.TraceId.ToString() : requestId[..Math.Min(128, requestId.Length)],
        });
        // The change is made: record it even when the caller has hung up meanwhile.
        await db.SaveChangesAsync(CancellationToken.None);
    }
}

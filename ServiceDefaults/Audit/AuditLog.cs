using System.Diagnostics;
using Hfi.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hfi.ServiceDefaults.Audit;

/// <summary>
/// Records the changes made through a service's API, attributed to the signed-in caller of the request.
/// </summary>
public interface IAuditLog
{
    /// <summary>
    /// Starts the entry of a change the request is about to make; it is saved together with the change.
    /// </summary>
    AuditEntry Begin(HttpContext http, string action, IEnumerable<string> entityIds, string summary);

    /// <summary>
    /// The request succeeded. If none of its saves carried the entry, it is saved now, with the ids its answer
    /// holds as well.
    /// </summary>
    Task CompleteAsync(HttpContext http, AuditEntry entry, IEnumerable<string> answerIds);

    /// <summary>Records a change that has just been saved.</summary>
    Task RecordAsync(HttpContext http, string action, IEnumerable<string> entityIds, string summary);
}

internal sealed class AuditLog<TContext>(IServiceScopeFactory scopes, TimeProvider clock) : IAuditLog
    where TContext : DbContext, IAuditDbContext
{
    public const string RequestIdHeader = "X-Request-Id";

    public AuditEntry Begin(HttpContext http, string action, IEnumerable<string> entityIds, string summary)
    {
        var user = http.User;
        var entry = new AuditEntry
        {
            At = clock.GetUtcNow(),
            Action = action,
            Subject = user.FindFirst(HfiClaims.Subject)?.Value,
            Name = user.FindFirst(HfiClaims.Name)?.Value,
            Role = user.FindFirst(HfiClaims.Role)?.Value,
            EntityIds = entityIds.Distinct(StringComparer.Ordinal).ToList(),
            Summary =
                summary.Length <= AuditEntry.SummaryLength ? summary : summary[..(AuditEntry.SummaryLength - 1)] + "…",
            RequestId = RequestIdOf(http),
        };
        http.RequestServices.GetRequiredService<AuditTrail>().Begin(entry);
        return entry;
    }

    /// <summary>
    /// An id we made: the request's trace id (the gateway's request id, which the gateway returns to the caller), or
    /// the gateway's X-Request-Id when no trace is running; never text a caller chose.
    /// </summary>
    private static string RequestIdOf(HttpContext http)
    {
        if (Activity.Current is { } activity && activity.TraceId != default)
            return activity.TraceId.ToString();
        var header = http.Request.Headers[RequestIdHeader].ToString();
        return header.Length == 32 && header.All(char.IsAsciiHexDigitLower) ? header : Guid.NewGuid().ToString("N");
    }

    public async Task CompleteAsync(HttpContext http, AuditEntry entry, IEnumerable<string> answerIds)
    {
        var trail = http.RequestServices.GetRequiredService<AuditTrail>();
        var savedWithChange = trail.SavedWithChange;
        trail.End();
        if (savedWithChange)
            return;

        // No save of the request carried it (nothing changed, or the change was made without the change tracker):
        // recorded now, even when the caller has hung up meanwhile.
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        entry.EntityIds = [.. entry.EntityIds.Union(answerIds, StringComparer.Ordinal)];
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(CancellationToken.None);
    }

    public Task RecordAsync(HttpContext http, string action, IEnumerable<string> entityIds, string summary) =>
        CompleteAsync(http, Begin(http, action, entityIds, summary), []);
}

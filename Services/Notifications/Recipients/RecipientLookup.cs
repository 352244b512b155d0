using System.Diagnostics;
using Grpc.Core;
using Hfi.Notifications.Data;
using Hfi.Notifications.Domain;
using Hfi.Notifications.Extensions;
using Hfi.Notifications.Mail;
using Hfi.ServiceDefaults.Hosting;
using Hfi.ServiceDefaults.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hfi.Notifications.Recipients;

/// <summary>
/// Asks Planning who receives each notice that waits for its recipients, and creates their deliveries. A notice
/// is claimed with FOR UPDATE SKIP LOCKED for the length of its lookup, so instances never both resolve it;
/// when Planning cannot answer, the notice keeps waiting with the reason and is asked for again after a backoff,
/// for as long as it takes.
/// </summary>
public sealed partial class RecipientLookup(
    IServiceScopeFactory scopes,
    IOptions<NoticeOptions> options,
    WorkSignal<RecipientLookup> noticesWaiting,
    WorkSignal<EmailDispatcher> emailsDue,
    TimeProvider clock,
    ILogger<RecipientLookup> logger
) : PollingWorker
{
    private const int BatchSize = 20;

    protected override TimeSpan PollInterval => options.Value.LookupPollInterval;

    protected override TimeProvider Clock => clock;

    // A notice this process accepted ends the pause (NoticeIntake); other instances' after it.
    protected override Task PauseAsync(CancellationToken stoppingToken) =>
        noticesWaiting.WaitAsync(PollInterval, clock, stoppingToken);

    protected override async Task<bool> RunRoundAsync(CancellationToken stoppingToken) =>
        await LookUpDueAsync(stoppingToken) > 0;

    protected override void OnRoundFailed(Exception exception) => LogLookupRoundFailed(exception);

    /// <returns>How many notices were looked up (successfully or not).</returns>
    public async Task<int> LookUpDueAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var members = scope.ServiceProvider.GetRequiredService<ArenaMembers>();
        var recipients = scope.ServiceProvider.GetRequiredService<NoticeRecipients>();

        await using var transaction = await db.Database.BeginTransactionAsync(stoppingToken);
        var due = await db
            .Notices.FromSql(
                $"""
                SELECT * FROM notices
                WHERE "NextLookupAt" <= {clock.GetUtcNow()}
                ORDER BY "NextLookupAt" LIMIT {BatchSize}
                FOR UPDATE SKIP LOCKED
                """
            )
            .ToListAsync(stoppingToken);
        string? planningDown = null;
        foreach (var notice in due)
        {
            using var trace = ContinuedTrace.Start(
                "notice recipients lookup",
                ActivityKind.Internal,
                notice.TraceParent
            );
            try
            {
                // Once Planning is down, the rest of the batch is not asked again (each question could take the whole timeout).
                if (planningDown is not null)
                    throw new PlanningDownException(planningDown);
                var summoned = await SummonedSubstitutesAsync(db, notice.MeetingId, stoppingToken);
                await recipients.AddAsync(
                    notice,
                    await members.OfAsync(notice, summoned, stoppingToken),
                    stoppingToken
                );
                LogRecipientsFound(notice.Id, notice.RecipientCount);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                var error = Describe(ex);
                if (ex is RpcException { StatusCode: StatusCode.Unavailable or StatusCode.DeadlineExceeded })
                    planningDown = error;
                trace.Failed(error);
                notice.RecordLookupFailure(error, clock.GetUtcNow(), options.Value.LookupRetryPolicy);
                LogLookupFailed(notice.Id, notice.LookupAttempts, notice.NextLookupAt, error);
            }
        }
        await db.SaveChangesAsync(stoppingToken);
        await transaction.CommitAsync(stoppingToken);
        if (due.Any(notice => notice.RecipientsKnownAt is not null))
            emailsDue.Raise();
        return due.Count;
    }

    private static async Task<IReadOnlySet<string>> SummonedSubstitutesAsync(
        NotificationsDbContext db,
        Guid? meetingId,
        CancellationToken cancellationToken
    )
    {
        if (meetingId is null)
            return new HashSet<string>();
        var notices = await db
            .Notices.AsNoTracking()
            .Where(n =>
                n.MeetingId == meetingId
                && n.RecipientMemberId != null
                && (n.Kind == NoticeKind.SubstituteSummoned || n.Kind == NoticeKind.SubstituteReleased)
            )
            .Select(n => new
            {
                n.Kind,
                n.RecipientMemberId,
                n.OccurredAt,
            })
            .ToListAsync(cancellationToken);
        return RecipientSelection.Summoned(notices.Select(n => (n.Kind, n.RecipientMemberId!, n.OccurredAt)));
    }

    private static string Describe(Exception exception) =>
        exception switch
        {
            RpcException { StatusCode: StatusCode.Unavailable } => "Planning is not reachable.",
            RpcException { StatusCode: StatusCode.DeadlineExceeded } => "Planning did not answer in time.",
            RpcException rpc => $"Planning answered {rpc.StatusCode}: {rpc.Status.Detail}",
            _ => exception.Message,
        };

    private sealed class PlanningDownException(string message) : Exception(message);

    [LoggerMessage(Level = LogLevel.Error, Message = "Looking up notice recipients failed")]
    private partial void LogLookupRoundFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Notice {NoticeId}: {Count} recipient(s) found in Planning")]
    private partial void LogRecipientsFound(Guid noticeId, int count);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Notice {NoticeId}: recipient lookup {Attempts} failed, next at {NextLookupAt}: {Error}"
    )]
    private partial void LogLookupFailed(Guid noticeId, int attempts, DateTimeOffset? nextLookupAt, string error);
}

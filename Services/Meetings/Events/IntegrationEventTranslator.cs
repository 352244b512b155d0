using System.Text.Json;
using Hfi.Contracts;
using Hfi.Meetings.Data;
using Hfi.Meetings.Domain;
using Hfi.Meetings.Grpc;
using Hfi.ServiceDefaults.Messaging;
using Hfi.ServiceDefaults.Norwegian;
using Microsoft.EntityFrameworkCore;

namespace Hfi.Meetings.Events;

/// <summary>
/// The one path by which Meetings tells others: the domain events a meeting raised become integration events in
/// the outbox, added to the same unit of work (and so the same transaction) as the meeting's change.
/// </summary>
public sealed class IntegrationEventTranslator(MeetingsDbContext db, PlanningDirectory planning, TimeProvider clock)
{
    internal static readonly JsonSerializerOptions NoticeJson = new(JsonSerializerDefaults.Web);

    public async Task TranslateAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var domainEvent in meeting.DomainEvents)
        {
            switch (domainEvent)
            {
                case AgendaChangedDomainEvent change:
                    Enqueue(new AgendaChanged
                    {
                        MeetingId = meeting.Id, ArenaId = meeting.ArenaId, AgendaVersion = change.AgendaVersion,
                        Summary = change.Summary, Audience = change.Audience, ChangedAt = now,
                    });
                    break;
                case CasesChangedDomainEvent:
                    break; // told once, after the rest, with the cases as they are now
                case MeetingArrangedDomainEvent arranged:
                    Enqueue(new MeetingArranged
                    {
                        MeetingId = meeting.Id, PlannedMeetingId = arranged.PlannedMeetingId, ArenaId = meeting.ArenaId,
                        StartsAt = meeting.StartsAt, EndsAt = meeting.EndsAt, Place = meeting.Place, ArrangedAt = now,
                    });
                    break;
                case MeetingHeldDomainEvent held:
                    Enqueue(new MeetingHeld
                    {
                        MeetingId = meeting.Id, PlannedMeetingId = held.PlannedMeetingId, ArenaId = meeting.ArenaId,
                        StartsAt = meeting.StartsAt, EndsAt = meeting.EndsAt, Place = meeting.Place, HeldAt = now,
                    });
                    break;
                case NoticeIssuedDomainEvent:
                    await NoticesAsync(meeting, await planning.ArenaNameAsync(meeting.ArenaId, cancellationToken), now, cancellationToken);
                    break;
                case MinutesApprovedDomainEvent:
                    var arenaName = await planning.ArenaNameAsync(meeting.ArenaId, cancellationToken);
                    foreach (var audience in Viewer.PublishedAudiences) Enqueue(MinutesBuilder.Build(meeting, arenaName, audience, now));
                    break;
                case SubstituteAskedDomainEvent asked:
                    Enqueue(new SubstituteAsked
                    {
                        MeetingId = meeting.Id, ArenaId = meeting.ArenaId, RequestId = asked.Request.Id, MeetingTitle = meeting.Title,
                        StartsAt = meeting.StartsAt, AbsentMemberName = asked.AbsentMemberName,
                        SubstituteMemberId = asked.Request.SubstituteMemberId, SubstituteName = asked.Request.SubstituteName,
                        SubstituteEmail = asked.Request.SubstituteEmail, Rank = asked.Request.Rank, AskedAt = now,
                    });
                    break;
                case SubstituteReleasedDomainEvent released:
                    Enqueue(new SubstituteReleased
                    {
                        MeetingId = meeting.Id, ArenaId = meeting.ArenaId, RequestId = released.Request.Id, MeetingTitle = meeting.Title,
                        StartsAt = meeting.StartsAt, AbsentMemberName = released.AbsentMemberName,
                        SubstituteMemberId = released.Request.SubstituteMemberId, SubstituteName = released.Request.SubstituteName,
                        SubstituteEmail = released.Request.SubstituteEmail, HadAccepted = released.HadAccepted, ReleasedAt = now,
                    });
                    break;
                case SubstituteSummonedDomainEvent summoned:
                    var notice = await LatestNoticeAsync(db, meeting.Id, summoned.NoticeAudience, cancellationToken);
                    Enqueue(new SubstituteSummoned
                    {
                        MeetingId = meeting.Id, ArenaId = meeting.ArenaId, SubstituteMemberId = summoned.Substitute.MemberId,
                        SubstituteName = summoned.Substitute.Name, SubstituteEmail = summoned.Request.SubstituteEmail,
                        StandsInForName = summoned.StandsInForName, NoticeAudience = summoned.NoticeAudience,
                        NoticeVersion = notice?.NoticeVersion ?? 0, SummonedAt = now,
                    });
                    break;
                case MeetingCancelledDomainEvent cancelled:
                    await CancellationAsync(meeting, cancelled, cancellationToken);
                    break;
                default:
                    throw new InvalidOperationException($"No integration event is defined for {domainEvent.GetType().Name}.");
            }
        }
        if (meeting.DomainEvents.OfType<CasesChangedDomainEvent>().Any()) Enqueue(CasesOf(meeting, now));
        meeting.ClearDomainEvents();
    }

    /// <summary>The latest notice <paramref name="audience"/> received, as it was issued; null before the first.</summary>
    public static async Task<MeetingNoticeIssued?> LatestNoticeAsync(
        MeetingsDbContext db, Guid meetingId, string audience, CancellationToken cancellationToken)
    {
        var payload = await db.IssuedNotices.AsNoTracking()
            .Where(n => n.MeetingId == meetingId && n.Audience == audience)
            .OrderByDescending(n => n.Version)
            .Select(n => n.Payload)
            .FirstOrDefaultAsync(cancellationToken);
        return payload is null ? null : JsonSerializer.Deserialize<MeetingNoticeIssued>(payload, NoticeJson);
    }

    /// <summary>
    /// The plan is told, and cancels its entry by its own rule, which tells the members (MeetingCancelled). A meeting
    /// outside the plan whose notice went out tells them itself, with the same event, so each is told exactly once.
    /// </summary>
    private async Task CancellationAsync(Meeting meeting, MeetingCancelledDomainEvent cancelled, CancellationToken cancellationToken)
    {
        Enqueue(new ArrangedMeetingCancelled
        {
            MeetingId = meeting.Id, PlannedMeetingId = cancelled.PlannedMeetingId, ArenaId = meeting.ArenaId,
            Reason = cancelled.Reason, CancelledAt = cancelled.CancelledAt,
        });
        if (cancelled.PlannedMeetingId is not null || !cancelled.NoticeIssued) return;
        var day = DateOnly.FromDateTime(OsloTime.Local(meeting.StartsAt).DateTime);
        Enqueue(new MeetingCancelled
        {
            PlannedMeetingId = meeting.Id,
            Year = meeting.Year,
            ArenaId = meeting.ArenaId,
            ArenaName = await planning.ArenaNameAsync(meeting.ArenaId, cancellationToken),
            Schedule = new PlannedMeetingSchedule
            {
                DateKind = "exact", DateText = NorwegianText.NumericDate(meeting.StartsAt), FirstDate = day, LastDate = day, IsExactDate = true,
                StartTime = NorwegianText.Time(meeting.StartsAt), EndTime = NorwegianText.Time(meeting.EndsAt),
                DurationMinutes = (int)(meeting.EndsAt - meeting.StartsAt).TotalMinutes, Place = meeting.Place, IsDigital = false,
            },
            Reason = cancelled.Reason,
            CancelledAt = cancelled.CancelledAt,
        });
    }

    /// <summary>The notice, once per audience; on a reissue only to the audiences that can see what changed, each with its own version.</summary>
    private async Task NoticesAsync(Meeting meeting, string arenaName, DateTimeOffset issuedAt, CancellationToken cancellationToken)
    {
        foreach (var audience in Viewer.PublishedAudiences)
        {
            var previous = await LatestNoticeAsync(db, meeting.Id, audience, cancellationToken);
            if (NoticeBuilder.NextVersion(previous, NoticeBuilder.Build(meeting, arenaName, audience, issuedAt)) is not { } next) continue;
            Enqueue(next);
            db.IssuedNotices.Add(new IssuedNotice
            {
                MeetingId = meeting.Id, Version = next.NoticeVersion, Audience = audience,
                Payload = JsonSerializer.Serialize(next, NoticeJson), IssuedAt = issuedAt,
            });
        }
    }

    private static MeetingCasesChanged CasesOf(Meeting meeting, DateTimeOffset now) => new()
    {
        MeetingId = meeting.Id,
        ArenaId = meeting.ArenaId,
        Cases = [.. meeting.Items.Where(i => i.IsCase).Select(i => new MeetingCase
        {
            CaseNumber = i.CaseNumber!, Audience = i.Audience, Withdrawn = i.Withdrawn, AttachmentIds = [.. i.Attachments.Select(a => a.DocumentId)],
        })],
        ChangedAt = now,
    };

    private void Enqueue<TEvent>(TEvent integrationEvent) where TEvent : class => db.Enqueue(integrationEvent, clock);
}

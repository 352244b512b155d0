using System.Text.Json;
using Hfi.Contracts;
using Hfi.Meetings.Data;
using Hfi.Meetings.Domain;
using Hfi.Meetings.Grpc;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Messaging;
using Hfi.ServiceDefaults.Norwegian;
using Microsoft.EntityFrameworkCore;

namespace Hfi.Meetings.Events;

/// <summary>
/// The one path by which Meetings tells others: the domain events a meeting raised become integration events in
/// the outbox, added to the same unit of work (and so the same transaction) as the meeting's change.
/// </summary>
public sealed class IntegrationEventTranslator(PlanningDirectory planning, TimeProvider clock)
    : IIntegrationEventTranslator
{
    internal static readonly JsonSerializerOptions NoticeJson = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<object>> TranslateAsync(
        AggregateRoot aggregate,
        DbContext unitOfWork,
        CancellationToken cancellationToken
    )
    {
        if (aggregate is not Meeting meeting)
            return [];
        var db = (MeetingsDbContext)unitOfWork;
        var events = new List<object>();
        var now = clock.GetUtcNow();
        foreach (var domainEvent in meeting.DomainEvents)
        {
            switch (domainEvent)
            {
                case AgendaChangedDomainEvent change:
                    events.Add(
                        new AgendaChanged
                        {
                            MeetingId = meeting.Id,
                            ArenaId = meeting.ArenaId,
                            AgendaVersion = change.AgendaVersion,
                            Summary = change.Summary,
                            Audience = change.Audience,
                            ChangedAt = now,
                        }
                    );
                    break;
                case CasesChangedDomainEvent:
                    break; // told once, after the rest, with the cases as they are now
                case MeetingArrangedDomainEvent arranged:
                    events.Add(
                        new MeetingArranged
                        {
                            MeetingId = meeting.Id,
                            PlannedMeetingId = arranged.PlannedMeetingId,
                            ArenaId = meeting.ArenaId,
                            StartsAt = meeting.StartsAt,
                            EndsAt = meeting.EndsAt,
                            Place = meeting.Place,
                            ArrangedAt = now,
                        }
                    );
                    break;
                case MeetingHeldDomainEvent held:
                    events.Add(
                        new MeetingHeld
                        {
                            MeetingId = meeting.Id,
                            PlannedMeetingId = held.PlannedMeetingId,
                            ArenaId = meeting.ArenaId,
                            StartsAt = meeting.StartsAt,
                            EndsAt = meeting.EndsAt,
                            Place = meeting.Place,
                            HeldAt = now,
                        }
                    );
                    break;
                case NoticeIssuedDomainEvent:
                    await NoticesAsync(
                        db,
                        events,
                        meeting,
                        await planning.ArenaNameAsync(meeting.ArenaId, cancellationToken),
                        now,
                        cancellationToken
                    );
                    break;
                case MinutesApprovedDomainEvent:
                    var arenaName = await planning.ArenaNameAsync(meeting.ArenaId, cancellationToken);
                    foreach (var audience in Viewer.PublishedAudiences)
                        events.Add(MinutesBuilder.Build(meeting, arenaName, audience, now));
                    break;
                case SubstituteAskedDomainEvent asked:
                    events.Add(
                        new SubstituteAsked
                        {
                            MeetingId = meeting.Id,
                            ArenaId = meeting.ArenaId,
                            RequestId = asked.Request.Id,
                            MeetingTitle = meeting.Title,
                            StartsAt = meeting.StartsAt,
                            AbsentMemberName = asked.AbsentMemberName,
                            SubstituteMemberId = asked.Request.SubstituteMemberId,
                            SubstituteName = asked.Request.SubstituteName,
                            SubstituteEmail = asked.Request.SubstituteEmail,
                            Rank = asked.Request.Rank,
                            AskedAt = now,
                        }
                    );
                    break;
                case SubstituteReleasedDomainEvent released:
                    events.Add(
                        new SubstituteReleased
                        {
                            MeetingId = meeting.Id,
                            ArenaId = meeting.ArenaId,
                            RequestId = released.Request.Id,
                            MeetingTitle = meeting.Title,
                            StartsAt = meeting.StartsAt,
                            AbsentMemberName = released.AbsentMemberName,
                            SubstituteMemberId = released.Request.SubstituteMemberId,
                            SubstituteName = released.Request.SubstituteName,
                            SubstituteEmail = released.Request.SubstituteEmail,
                            HadAccepted = released.HadAccepted,
                            ReleasedAt = now,
                        }
                    );
                    break;
                case SubstituteSummonedDomainEvent summoned:
                    var notice = await LatestNoticeAsync(db, meeting.Id, summoned.NoticeAudience, cancellationToken);
                    events.Add(
                        new SubstituteSummoned
                        {
                            MeetingId = meeting.Id,
                            ArenaId = meeting.ArenaId,
                            SubstituteMemberId = summoned.Substitute.MemberId,
                            SubstituteName = summoned.Substitute.Name,
                            SubstituteEmail = summoned.Request.SubstituteEmail,
                            StandsInForName = summoned.StandsInForName,
                            NoticeAudience = summoned.NoticeAudience,
                            NoticeVersion = notice?.NoticeVersion ?? 0,
                            SummonedAt = now,
                        }
                    );
                    break;
                case MeetingCancelledDomainEvent cancelled:
                    events.AddRange(await CancellationAsync(meeting, cancelled, cancellationToken));
                    break;
                default:
                    throw new InvalidOperationException(
                        $"No integration event is defined for {domainEvent.GetType().Name}."
                    );
            }
        }
        if (meeting.DomainEvents.OfType<CasesChangedDomainEvent>().Any())
            events.Add(CasesOf(meeting, now));
        return events;
    }

    /// <summary>
    /// The latest notice <paramref name="audience"/> received, as it was issued; null before the first.
    /// </summary>
    public static async Task<MeetingNoticeIssued?> LatestNoticeAsync(
        MeetingsDbContext db,
        Guid meetingId,
        string audience,
        CancellationToken cancellationToken
    )
    {
        var payload = await db
            .IssuedNotices.AsNoTracking()
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
    private async Task<IReadOnlyList<object>> CancellationAsync(
        Meeting meeting,
        MeetingCancelledDomainEvent cancelled,
        CancellationToken cancellationToken
    )
    {
        var toPlan = new ArrangedMeetingCancelled
        {
            MeetingId = meeting.Id,
            PlannedMeetingId = cancelled.PlannedMeetingId,
            ArenaId = meeting.ArenaId,
            Reason = cancelled.Reason,
            CancelledAt = cancelled.CancelledAt,
        };
        if (cancelled.PlannedMeetingId is not null || !cancelled.NoticeIssued)
            return [toPlan];
        var day = DateOnly.FromDateTime(OsloTime.Local(meeting.StartsAt).DateTime);
        return
        [
            toPlan,
            new MeetingCancelled
            {
                PlannedMeetingId = meeting.Id,
                Year = meeting.Year,
                ArenaId = meeting.ArenaId,
                ArenaName = await planning.ArenaNameAsync(meeting.ArenaId, cancellationToken),
                Schedule = new PlannedMeetingSchedule
                {
                    DateKind = "exact",
                    DateText = NorwegianText.NumericDate(meeting.StartsAt),
                    FirstDate = day,
                    LastDate = day,
                    IsExactDate = true,
                    StartTime = NorwegianText.Time(meeting.StartsAt),
                    EndTime = NorwegianText.Time(meeting.EndsAt),
                    DurationMinutes = (int)(meeting.EndsAt - meeting.StartsAt).TotalMinutes,
                    Place = meeting.Place,
                    IsDigital = false,
                },
                Reason = cancelled.Reason,
                CancelledAt = cancelled.CancelledAt,
            },
        ];
    }

    /// <summary>
    /// The notice, once per audience; on a reissue only to the audiences that can see what changed, each with its own
    /// version.
    /// </summary>
    private static async Task NoticesAsync(
        MeetingsDbContext db,
        List<object> events,
        Meeting meeting,
        string arenaName,
        DateTimeOffset issuedAt,
        CancellationToken cancellationToken
    )
    {
        foreach (var audience in Viewer.PublishedAudiences)
        {
            var previous = await LatestNoticeAsync(db, meeting.Id, audience, cancellationToken);
            if (
                NoticeBuilder.NextVersion(previous, NoticeBuilder.Build(meeting, arenaName, audience, issuedAt))
                is not { } next
            )
            {
                continue;
            }

            events.Add(next);
            db.IssuedNotices.Add(
                new IssuedNotice
                {
                    MeetingId = meeting.Id,
                    Version = next.NoticeVersion,
                    Audience = audience,
                    Payload = JsonSerializer.Serialize(next, NoticeJson),
                    IssuedAt = issuedAt,
                }
            );
        }
    }

    private static MeetingCasesChanged CasesOf(Meeting meeting, DateTimeOffset now) =>
        new()
        {
            MeetingId = meeting.Id,
            ArenaId = meeting.ArenaId,
            Cases =
            [
                .. meeting
                    .Items.Where(i => i.IsCase)
                    .Select(i => new MeetingCase
                    {
                        CaseNumber = i.CaseNumber!,
                        Audience = i.Audience,
                        Withdrawn = i.Withdrawn,
                        AttachmentIds = [.. i.Attachments.Select(a => a.DocumentId)],
                    }),
            ],
            ChangedAt = now,
        };
}

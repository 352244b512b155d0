using Hfi.Contracts;
using Hfi.Meetings.Domain;

namespace Hfi.Meetings.Events;

/// <summary>Drafts the minutes (protokoll) one audience may read, from the attendance and the decisions.</summary>
public static class MinutesBuilder
{
    public static MinutesApproved Build(Meeting meeting, string arenaName, string audience, DateTimeOffset approvedAt)
    {
        var viewer = Viewer.ForAudience(audience);
        var visible = viewer.Visible(meeting.OrderedItems).Where(i => !i.Withdrawn).ToList();
        return new MinutesApproved
        {
            MeetingId = meeting.Id,
            ArenaId = meeting.ArenaId,
            ArenaName = arenaName,
            Audience = audience,
            Title = meeting.Title,
            StartsAt = meeting.StartsAt,
            EndsAt = meeting.EndsAt,
            Place = meeting.Place,
            Chair = meeting.Chair,
            Secretary = meeting.Secretary,
            Attendees = Attendees(meeting, viewer),
            ActualStartsAt = meeting.ActualStartsAt,
            ActualEndsAt = meeting.ActualEndsAt,
            Presentations = Notes(visible, AgendaItemKind.Presentation),
            AnyOtherBusiness = Notes(visible, AgendaItemKind.AnyOtherBusiness),
            Decisions = visible
                .Where(i => i.Decision is not null)
                .Select(i => new MinutesDecision
                {
                    CaseNumber = i.CaseNumber!,
                    Title = i.Title,
                    AdoptedText = i.Decision!.AdoptedText,
                    Unanimous = i.Decision.Unanimous,
                    VotesFor = i.Decision.VotesFor,
                    VotesAgainst = i.Decision.VotesAgainst,
                    VotesBlank = i.Decision.VotesBlank,
                    Disqualified = meeting.DisqualifiedOn(i.Id),
                    VotesEntitled = i.Decision.VotesEntitled,
                    VotingSeats = i.Decision.VotingSeats,
                    DecidedBy = i.Decision.Body().Name,
                    Audience = i.Audience,
                    Source =
                        i.Decision.Source is var source && Enum.IsDefined(source)
                            ? AdoptedTextSourceNames.Of(source)
                            : null,
                    AlternativeNumber = i.Decision.AlternativeNumber,
                    Amendment = i.Decision.Amendment,
                    ProposedText = i.Decision.Source == AdoptedTextSource.Proposal ? null : ProposedText(i),
                })
                .ToList(),
            ApprovedAt = approvedAt,
        };
    }

    private static List<MinutesNote> Notes(IEnumerable<AgendaItem> items, AgendaItemKind kind) =>
        items
            .Where(i => i.Kind == kind)
            .Select(i => new MinutesNote
            {
                ItemId = i.Id,
                Title = i.Title,
                Presenter = i.Presenter,
                Topic = i.Background,
                Notes = i.MinutesNote,
            })
            .ToList();

    /// <summary>The proposal as the agenda put it: its text and points, or its alternatives labelled.</summary>
    private static string? ProposedText(AgendaItem item) =>
        item.Alternatives.Count > 0
            ? string.Join(
                "\n",
                item.Alternatives.Select((text, index) => $"{AgendaItem.AlternativeLabel(index + 1)}: {text}")
            )
            : item.ProposalText();

    private static List<MinutesAttendee> Attendees(Meeting meeting, Viewer viewer)
    {
        string NameOf(string memberId) => meeting.AttendanceOf(memberId)?.Name ?? memberId;
        return meeting
            .Attendances.OrderBy(a => a.PartnerKind, StringComparer.Ordinal)
            .ThenBy(a => a.Name, StringComparer.Ordinal)
            .Select(a =>
            {
                var proxy = meeting.Proxies.SingleOrDefault(p => p.GiverMemberId == a.MemberId);
                var (status, absence) = meeting.AttendanceSeenBy(a, viewer);
                var attendance = status switch
                {
                    AttendanceStatus.Present when a.SubstituteForMemberId is not null => "substitute",
                    AttendanceStatus.Present => "present",
                    _ when proxy is not null => "proxy-given",
                    _ => "absent",
                };
                return new MinutesAttendee
                {
                    Name = a.Name,
                    PartnerName = a.PartnerName,
                    Attendance = attendance,
                    SubstituteFor = a.SubstituteForMemberId is { } principal ? NameOf(principal) : null,
                    ProxyHolder = proxy?.HolderName,
                    HasVotingRight = a.HasVotingRight,
                    PartlyAbsent = status == AttendanceStatus.Present ? absence?.Describe() : null,
                };
            })
            .ToList();
    }
}

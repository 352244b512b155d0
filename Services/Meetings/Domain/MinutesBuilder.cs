using Hfi.Contracts;

namespace Hfi.Meetings.Domain;

/// <summary>Drafts the minutes (protokoll) one audience may read, from the attendance and the decisions.</summary>
public static class MinutesBuilder
{
    public static MinutesApproved Build(Meeting meeting, string arenaName, string audience, DateTimeOffset approvedAt)
    {
        var viewer = Viewer.ForAudience(audience);
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
            Attendees = Attendees(meeting),
            Decisions = viewer.Visible(meeting.OrderedItems)
                .Where(i => i.Decision is not null && !i.Withdrawn)
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
                    Audience = i.Audience,
                })
                .ToList(),
            ApprovedAt = approvedAt,
        };
    }

    private static List<MinutesAttendee> Attendees(Meeting meeting)
    {
        string NameOf(string memberId) => meeting.AttendanceOf(memberId)?.Name ?? memberId;
        return meeting.Attendances
            .OrderBy(a => a.PartnerKind, StringComparer.Ordinal).ThenBy(a => a.Name, StringComparer.Ordinal)
            .Select(a =>
            {
                var proxy = meeting.Proxies.SingleOrDefault(p => p.GiverMemberId == a.MemberId);
                var attendance = a.Status switch
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
                    PartlyAbsent = a.Status == AttendanceStatus.Present ? a.PartialAbsence?.Describe() : null,
                };
            })
            .ToList();
    }
}

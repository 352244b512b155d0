using Hfi.Planning.Domain.Members;

namespace Hfi.Planning.Domain.Plans;

public enum ConflictKind
{
    /// <summary>The same people are due at both meetings at overlapping times (or over overlapping days).</summary>
    Overlapping = 1,

    /// <summary>
    /// The same people are due at both meetings on the same day, at times that do not overlap (or are unknown).
    /// </summary>
    SameDay = 2,
}

public sealed record PlanConflict(
    PlannedMeeting First,
    PlannedMeeting Second,
    ConflictKind Kind,
    DateOnly Day,
    IReadOnlyList<string> People
);

/// <summary>
/// Finds meetings that call on the same people at once. Only meetings with fixed days are compared: a window is a
/// period to choose a day in, not a day people are due.
/// </summary>
public static class PlanConflicts
{
    public static IReadOnlyList<PlanConflict> Find(
        IReadOnlyList<PlannedMeeting> meetings,
        IReadOnlyList<ArenaMember> members
    )
    {
        var fixedMeetings = meetings
            .Where(m => m.Date.IsFixed && m.ArenaId is not null && m.Status != PlannedMeetingStatus.Cancelled)
            .OrderBy(m => m.Date.First)
            .ToList();
        var conflicts = new List<PlanConflict>();
        for (var i = 0; i < fixedMeetings.Count; i++)
        {
            for (var j = i + 1; j < fixedMeetings.Count; j++)
            {
                var (a, b) = (fixedMeetings[i], fixedMeetings[j]);
                if (b.Date.First > a.Date.Last)
                    break;
                var day = b.Date.First!.Value;
                var people = Shared(a, b, day, members);
                if (people.Count > 0)
                {
                    conflicts.Add(
                        new PlanConflict(
                            a,
                            b,
                            Overlap(a, b) ? ConflictKind.Overlapping : ConflictKind.SameDay,
                            day,
                            people
                        )
                    );
                }
            }
        }
        return conflicts;
    }

    private static List<string> Shared(
        PlannedMeeting a,
        PlannedMeeting b,
        DateOnly day,
        IReadOnlyList<ArenaMember> members
    )
    {
        HashSet<string> Due(PlannedMeeting meeting) =>
            members
                .Where(m => m.ArenaId == meeting.ArenaId && m.Term.Covers(day))
                .Select(m => m.Email.ToLowerInvariant())
                .ToHashSet();

        var shared = Due(a);
        shared.IntersectWith(Due(b));
        return members
            .Where(m => shared.Contains(m.Email.ToLowerInvariant()))
            .Select(m => m.PersonName)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static bool Overlap(PlannedMeeting a, PlannedMeeting b)
    {
        if (a.Date.Kind == DateKind.Range || b.Date.Kind == DateKind.Range)
            return true;
        if (Interval(a) is not { } x || Interval(b) is not { } y)
            return false;
        return x.Start < y.End && y.Start < x.End;
    }

    private static (TimeOnly Start, TimeOnly End)? Interval(PlannedMeeting meeting) =>
        meeting.Time switch
        {
            { Start: { } start, End: { } end } => (start, end),
            { Start: { } start, DurationMinutes: { } minutes } => (start, start.AddMinutes(minutes)),
            _ => null,
        };
}

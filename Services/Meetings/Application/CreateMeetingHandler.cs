using Hfi.Meetings.Data;
using Hfi.Meetings.Domain;
using Hfi.Meetings.Grpc;

namespace Hfi.Meetings.Application;

/// <summary>
/// Creates a meeting of an arena Planning knows (realising one of its planned meetings, when named), numbered on from
/// the arena's previous meeting.
/// </summary>
public sealed class CreateMeetingHandler(MeetingStore store, PlanningDirectory planning)
{
    public async Task<Meeting> HandleAsync(MeetingDetails requested, CancellationToken cancellationToken)
    {
        var details = requested.Validated();
        var arenaId = details.ArenaId!;
        await planning.ArenaNameAsync(arenaId, cancellationToken);
        if (details.PlannedMeetingId is not null)
            await planning.EnsurePlannedMeetingAsync(details.PlannedMeetingId, arenaId, cancellationToken);

        var previous = await store.PreviousMeetingAsync(arenaId, details.StartsAt!.Value, cancellationToken);
        var numbers = await store.SequenceAsync(arenaId, details.Year, cancellationToken);
        var meeting = Meeting.Create(details, numbers, previous);
        await store.SaveAsync(meeting, cancellationToken);
        return meeting;
    }
}

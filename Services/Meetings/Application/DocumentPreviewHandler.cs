using Google.Api;
using Hfi.Meetings.Data;
using Hfi.Meetings.Events;
using Hfi.Meetings.Grpc;

namespace Hfi.Meetings.Application;

/// <summary>
/// The notice or minutes one audience would get now, built as IssueNotice and ApproveMinutes build them and rendered
/// by Documents; nothing is issued, approved or stored.
/// </summary>
public sealed class DocumentPreviewHandler(
    MeetingStore store,
    PlanningDirectory planning,
    DocumentPreviews previews,
    TimeProvider clock
)
{
    public async Task<HttpBody> NoticeAsync(string meetingId, string audience, CancellationToken cancellationToken)
    {
        var meeting = await store.LoadReadOnlyAsync(meetingId, cancellationToken);
        var arenaName = await planning.ArenaNameAsync(meeting.ArenaId, cancellationToken);
        var previous = await store.LatestNoticeAsync(meeting.Id, audience, cancellationToken);
        var notice = NoticeBuilder.Preview(meeting, previous, arenaName, audience, clock.GetUtcNow());
        return await previews.RenderAsync("notice", notice, cancellationToken);
    }

    public async Task<HttpBody> MinutesAsync(string meetingId, string audience, CancellationToken cancellationToken)
    {
        var meeting = await store.LoadReadOnlyAsync(meetingId, cancellationToken);
        meeting.EnsureMinutesReadable(draftToo: true);
        var arenaName = await planning.ArenaNameAsync(meeting.ArenaId, cancellationToken);
        var minutes = MinutesBuilder.Build(meeting, arenaName, audience, clock.GetUtcNow());
        return await previews.RenderAsync("minutes", minutes, cancellationToken);
    }
}

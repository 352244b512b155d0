using Google.Api;
using Grpc.Core;
using Hfi.Contracts;
using Hfi.Meetings.Api;
using Hfi.Meetings.Domain;
using Hfi.Meetings.Events;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Hfi.Meetings.Grpc;

public sealed partial class MeetingsService
{
    /// <summary>The notice one audience would get if "Send innkalling" were pressed now: built as IssueNotice builds it.</summary>
    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<HttpBody> PreviewNotice(PreviewDocumentRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var audience = PreviewAudience(request.Audience);
        var meeting = await LoadReadOnlyAsync(request.MeetingId, context);
        var arenaName = await planning.ArenaNameAsync(meeting.ArenaId, ct);
        var previous = await store.LatestNoticeAsync(meeting.Id, audience, ct);
        var notice = NoticeBuilder.NextVersion(previous, NoticeBuilder.Build(meeting, arenaName, audience, clock.GetUtcNow())) ?? previous!;
        SetFileName(context, $"innkalling-forhandsvisning-{audience}.pdf");
        return await previews.RenderAsync("notice", notice, ct);
    }

    /// <summary>The drafted minutes as one audience would get them on approval; nothing is approved.</summary>
    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<HttpBody> PreviewMinutes(PreviewDocumentRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var audience = PreviewAudience(request.Audience);
        var meeting = await LoadReadOnlyAsync(request.MeetingId, context);
        meeting.EnsureMinutesReadable(draftToo: true);
        var arenaName = await planning.ArenaNameAsync(meeting.ArenaId, ct);
        SetFileName(context, $"protokoll-forhandsvisning-{audience}.pdf");
        return await previews.RenderAsync("minutes", MinutesBuilder.Build(meeting, arenaName, audience, clock.GetUtcNow()), ct);
    }

    private static string PreviewAudience(string audience) => audience switch
    {
        "" => Audiences.AllMembers,
        _ when Viewer.PublishedAudiences.Contains(audience) => audience,
        _ => throw new ValidationFailedException("audience", $"Use '{Audiences.AllMembers}' or '{Audiences.MunicipalRepresentatives}'."),
    };

    private static void SetFileName(ServerCallContext context, string fileName) =>
        context.GetHttpContext().Response.Headers.ContentDisposition = $"inline; filename=\"{fileName}\"";
}

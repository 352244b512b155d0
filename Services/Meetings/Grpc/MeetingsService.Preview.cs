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
    /// <summary>
    /// The notice one audience would get if "Send innkalling" were pressed now: built as IssueNotice builds it.
    /// </summary>
    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<HttpBody> PreviewNotice(PreviewDocumentRequest request, ServerCallContext context)
    {
        var audience = MeetingRequests.PreviewAudience(request.Audience);
        var pdf = await documentPreviews.NoticeAsync(request.MeetingId, audience, context.CancellationToken);
        SetFileName(context, $"innkalling-forhandsvisning-{audience}.pdf");
        return pdf;
    }

    /// <summary>The drafted minutes as one audience would get them on approval; nothing is approved.</summary>
    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<HttpBody> PreviewMinutes(PreviewDocumentRequest request, ServerCallContext context)
    {
        var audience = MeetingRequests.PreviewAudience(request.Audience);
        var pdf = await documentPreviews.MinutesAsync(request.MeetingId, audience, context.CancellationToken);
        SetFileName(context, $"protokoll-forhandsvisning-{audience}.pdf");
        return pdf;
    }

    private static void SetFileName(ServerCallContext context, string fileName) =>
        context.GetHttpContext().Response.Headers.ContentDisposition = $"inline; filename=\"{fileName}\"";
}

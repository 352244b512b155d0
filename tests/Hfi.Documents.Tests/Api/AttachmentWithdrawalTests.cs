using System.Net;
using Grpc.Core;
using Hfi.Contracts;
using Hfi.Documents.Tests.Generation;
using Hfi.ServiceDefaults.Domain;
using Hfi.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hfi.Documents.Tests.Api;

[Collection(DocumentsCollection.Name)]
public sealed class AttachmentWithdrawalTests(InfrastructureFixture infrastructure)
    : DocumentsServiceTest(infrastructure)
{
    [Fact]
    public async Task An_attachment_uploaded_by_mistake_is_withdrawn_with_its_versions_and_bytes()
    {
        var meetingId = Guid.NewGuid();
        await KnowMeetingAsync(meetingId);
        using var secretariat = Factory.CreateRestClient(TestIdentity.Secretariat);
        var uploaded = await secretariat.UploadAsync(meetingId, Uploads.Form(Uploads.Pdf(100_000), "feil.pdf"));
        await secretariat.UploadAsync(meetingId, Uploads.Form(Uploads.Pdf(100_000, seed: 2), "feil.pdf"));
        var id = uploaded.GetProperty("attachmentId").GetString();

        var byMember = await Assert.ThrowsAsync<RpcException>(() =>
            Client(TestIdentity.MunicipalMember).DeleteAttachmentAsync(new() { AttachmentId = id }).ResponseAsync
        );
        using var deleted = await secretariat.DeleteAsync($"/api/documents/attachments/{id}");
        using var download = await secretariat.GetAsync(uploaded.GetProperty("downloadPath").GetString());

        Assert.Equal(StatusCode.PermissionDenied, byMember.StatusCode);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.Equal(0, await QueryAsync(db => db.AttachmentVersions.CountAsync()));
        Assert.Equal(0, await StoredChunkCountAsync());
    }

    [Fact]
    public async Task Once_the_notice_is_out_attachments_and_the_notice_are_kept()
    {
        using var secretariat = Factory.CreateRestClient(TestIdentity.Secretariat);
        var uploaded = await secretariat.UploadAsync(
            SeedMeeting.MeetingId,
            Uploads.Form(Uploads.Pdf(1000), "vedlegg.pdf")
        );
        await Factory
            .Services.GetRequiredService<IBus>()
            .Publish(SeedMeeting.Notice(Audiences.AllMembers, withRestrictedItems: false));
        var notice = await Eventually.Get(
            async () =>
                (
                    await Client(TestIdentity.Secretariat)
                        .ListAttachmentsAsync(new() { MeetingId = SeedMeeting.MeetingId.ToString() })
                ).Attachments.FirstOrDefault(a => a.Kind == "notice"),
            found => found is not null,
            "the notice to be generated"
        );

        var attachment = await Assert.ThrowsAsync<RpcException>(() =>
            Client(TestIdentity.Secretariat)
                .DeleteAttachmentAsync(new() { AttachmentId = uploaded.GetProperty("attachmentId").GetString() })
                .ResponseAsync
        );
        var generated = await Assert.ThrowsAsync<RpcException>(() =>
            Client(TestIdentity.Secretariat)
                .DeleteAttachmentAsync(new() { AttachmentId = notice!.AttachmentId })
                .ResponseAsync
        );

        Assert.Equal(StatusCode.FailedPrecondition, attachment.StatusCode);
        Assert.Contains("part of the record", attachment.Status.Detail);
        Assert.Equal(StatusCode.FailedPrecondition, generated.StatusCode);
    }
}

using System.Net;
using System.Security.Cryptography;
using Grpc.Core;
using Hfi.Contracts;
using Hfi.Documents.Tests.Generation;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Identity;
using Hfi.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hfi.Documents.Tests.Api;

[Collection(DocumentsCollection.Name)]
public sealed class GeneratedDocumentFlowTests(InfrastructureFixture infrastructure)
    : DocumentsServiceTest(infrastructure)
{
    private readonly Hfi.Documents.Api.ListAttachmentsRequest _listRequest = new()
    {
        MeetingId = SeedMeeting.MeetingId.ToString(),
    };

    [Fact]
    public async Task An_issued_notice_becomes_a_docx_and_a_pdf_per_audience_each_announced_to_its_audience()
    {
        await PublishAsync(SeedMeeting.Notice(Audiences.AllMembers, withRestrictedItems: false));
        await PublishAsync(SeedMeeting.Notice(Audiences.MunicipalRepresentatives, withRestrictedItems: false));

        var announced = await Eventually.Get(
            () => QueryAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.SentAt != null).ToListAsync()),
            sent => sent.Count == 4,
            "four DocumentPublished to leave through the outbox"
        );
        var forHospital = await Client(TestIdentity.HospitalMember).ListAttachmentsAsync(_listRequest);
        var forMunicipal = await Client(TestIdentity.MunicipalMember).ListAttachmentsAsync(_listRequest);

        Assert.All(announced, m => Assert.Contains(nameof(DocumentPublished), m.MessageType));
        Assert.Equal(
            2,
            announced.Count(m =>
                m.Payload.Contains($"\"audience\": \"{Audiences.MunicipalRepresentatives}\"")
                || m.Payload.Contains($"\"audience\":\"{Audiences.MunicipalRepresentatives}\"")
            )
        );
        Assert.Equal(["application/pdf", DocxType], forHospital.Attachments.Select(a => a.ContentType).Order());
        Assert.Equal(4, forMunicipal.Attachments.Count);
        Assert.All(forHospital.Attachments, a => Assert.Equal(Audiences.AllMembers, a.Audience));
    }

    [Fact]
    public async Task The_pdf_a_hospital_representative_downloads_holds_every_general_case_and_no_trace_of_08_24()
    {
        await PublishAsync(SeedMeeting.Notice(Audiences.AllMembers, withRestrictedItems: false));
        await PublishAsync(SeedMeeting.Notice(Audiences.MunicipalRepresentatives, withRestrictedItems: false));
        var documents = await Eventually.Get(
            async () => (await Client(TestIdentity.MunicipalMember).ListAttachmentsAsync(_listRequest)).Attachments,
            list => list.Count == 4,
            "both notices in both formats"
        );
        using var hospital = Factory.CreateRestClient(TestIdentity.HospitalMember);

        var general = documents.Single(d => d.Audience == Audiences.AllMembers && d.ContentType == "application/pdf");
        var restricted = documents.Single(d =>
            d.Audience == Audiences.MunicipalRepresentatives && d.ContentType == "application/pdf"
        );
        var text = PdfText.Extract(await hospital.GetByteArrayAsync(general.DownloadPath));
        using var refused = await hospital.GetAsync(restricted.DownloadPath);

        Assert.All(SeedMeeting.CaseNumbers[..^1], number => Assert.Contains($"Sak {number}", text));
        Assert.DoesNotContain("08.24", text);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("innkalling-partnerskapsmotet-2025-02-13.pdf", general.FileName);
    }

    [Fact]
    public async Task A_redelivered_notice_makes_no_second_version_and_a_reissued_one_makes_version_two()
    {
        var messageId = NewId.NextGuid();
        await PublishAsync(SeedMeeting.Notice(Audiences.AllMembers, withRestrictedItems: false), messageId);
        await PublishAsync(SeedMeeting.Notice(Audiences.AllMembers, withRestrictedItems: false), messageId);
        await PublishAsync(SeedMeeting.Notice(Audiences.AllMembers, withRestrictedItems: false, version: 2));

        await Eventually.Get(
            () => QueryAsync(db => db.ProcessedMessages.CountAsync()),
            count => count == 2,
            "both distinct notices to be handled"
        );
        await Task.Delay(500); // room for the redelivery to have been handled, had it not been recognised
        var versions = await QueryAsync(db =>
            db.AttachmentVersions.AsNoTracking()
                .Select(v => new
                {
                    v.AttachmentId,
                    v.Version,
                    v.SourceVersion,
                })
                .ToListAsync()
        );

        Assert.Equal(4, versions.Count);
        Assert.Equal([1, 1, 2, 2], versions.Select(v => v.Version).Order());
        Assert.Equal([2, 2], versions.Where(v => v.Version == 2).Select(v => v.SourceVersion ?? 0));
    }

    [Fact]
    public async Task A_notice_arriving_after_a_newer_one_does_not_replace_it()
    {
        await PublishAsync(SeedMeeting.Notice(Audiences.AllMembers, withRestrictedItems: false, version: 2));
        await Eventually.Get(
            () => QueryAsync(db => db.ProcessedMessages.CountAsync()),
            count => count == 1,
            "the second notice to be handled"
        );
        await PublishAsync(SeedMeeting.Notice(Audiences.AllMembers, withRestrictedItems: false, version: 1));
        await Eventually.Get(
            () => QueryAsync(db => db.ProcessedMessages.CountAsync()),
            count => count == 2,
            "the late first notice to be handled"
        );

        var versions = await QueryAsync(db =>
            db.AttachmentVersions.AsNoTracking().Select(v => new { v.Version, v.SourceVersion }).ToListAsync()
        );

        Assert.Equal(2, versions.Count);
        Assert.All(versions, v => Assert.Equal((1, 2), (v.Version, v.SourceVersion ?? 0)));
    }

    [Fact]
    public async Task A_notice_narrows_an_attachment_it_lists_for_municipal_representatives_and_announces_later_uploads()
    {
        using var secretariat = Factory.CreateRestClient(TestIdentity.Secretariat);
        var uploaded = await secretariat.UploadAsync(
            SeedMeeting.MeetingId,
            Uploads.Form(Uploads.Pdf(1000), "regnskap.pdf")
        );
        var attachmentId = Guid.Parse(uploaded.GetProperty("attachmentId").GetString()!);
        var notice = SeedMeeting.Notice(Audiences.MunicipalRepresentatives, withRestrictedItems: false);
        var budget = notice.Items.Single(i => i.CaseNumber == "08.24");
        notice = notice with
        {
            Items =
            [
                .. notice.Items.Where(i => i != budget),
                budget with
                {
                    Attachments =
                    [
                        new NoticeAttachment
                        {
                            AttachmentId = attachmentId,
                            Title = "Regnskap",
                            Audience = Audiences.MunicipalRepresentatives,
                        },
                    ],
                },
            ],
        };

        await PublishAsync(notice);
        await Eventually.Get(
            () => QueryAsync(db => db.KnownMeetings.CountAsync()),
            count => count == 1,
            "the notice to be handled"
        );
        await secretariat.UploadAsync(SeedMeeting.MeetingId, Uploads.Form(Uploads.Pdf(1000), "etter.pdf"));
        using var hospital = await Factory
            .CreateRestClient(TestIdentity.HospitalMember)
            .GetAsync(uploaded.GetProperty("downloadPath").GetString());
        var payloads = await QueryAsync(db => db.OutboxMessages.AsNoTracking().Select(m => m.Payload).ToListAsync());

        Assert.Equal(HttpStatusCode.Forbidden, hospital.StatusCode);
        Assert.Single(payloads, p => p.Contains("etter.pdf"));
        Assert.DoesNotContain(payloads, p => p.Contains("regnskap.pdf"));
    }

    [Fact]
    public async Task Approved_minutes_become_documents_for_their_audience()
    {
        await PublishAsync(SeedMeeting.Minutes(Audiences.AllMembers));

        var documents = await Eventually.Get(
            async () => (await Client(TestIdentity.HospitalMember).ListAttachmentsAsync(_listRequest)).Attachments,
            list => list.Count == 2,
            "the minutes in both formats"
        );
        using var hospital = Factory.CreateRestClient(TestIdentity.HospitalMember);
        var text = PdfText.Extract(
            await hospital.GetByteArrayAsync(documents.Single(d => d.ContentType == "application/pdf").DownloadPath)
        );

        Assert.All(documents, d => Assert.Equal("minutes", d.Kind));
        Assert.Contains("Protokoll – Partnerskapsmøtet i Helsefellesskap Innlandet", text);
        Assert.DoesNotContain("08.24", text);
    }

    [Fact]
    public async Task The_minutes_are_listed_by_kind_a_page_at_a_time_without_the_other_attachments()
    {
        using var secretariat = Factory.CreateRestClient(TestIdentity.Secretariat);
        await secretariat.UploadAsync(
            SeedMeeting.MeetingId,
            Uploads.Form(Uploads.Pdf(1000), "protokoll-forrige.pdf", fields: ("title", "Protokoll fra forrige møte"))
        );
        await PublishAsync(SeedMeeting.Minutes(Audiences.AllMembers));
        await Eventually.Get(
            async () => (await Client(TestIdentity.HospitalMember).ListAttachmentsAsync(_listRequest)).Attachments,
            list => list.Count == 3,
            "the minutes in both formats beside the upload"
        );

        var minutes = new List<Hfi.Documents.Api.Attachment>();
        var request = new Hfi.Documents.Api.ListAttachmentsRequest
        {
            MeetingId = SeedMeeting.MeetingId.ToString(),
            Kind = DocumentKinds.Minutes,
            PageSize = 1,
        };
        var pages = 0;
        do
        {
            var page = await Client(TestIdentity.HospitalMember).ListAttachmentsAsync(request);
            minutes.AddRange(page.Attachments);
            request.PageToken = page.NextPageToken;
            pages++;
        } while (request.PageToken != string.Empty && pages < 5);
        var firstPage = await Client(TestIdentity.HospitalMember)
            .ListAttachmentsAsync(
                new()
                {
                    MeetingId = SeedMeeting.MeetingId.ToString(),
                    Kind = DocumentKinds.Minutes,
                    PageSize = 1,
                }
            );
        // The token of the minutes' list is for that list only.
        using var otherFilter = await secretariat.GetAsync(
            $"{Uploads.Path(SeedMeeting.MeetingId)}?pageToken={Uri.EscapeDataString(firstPage.NextPageToken)}"
        );
        using var unknown = await secretariat.GetAsync($"{Uploads.Path(SeedMeeting.MeetingId)}?kind=protokoll");

        Assert.Equal(2, minutes.Count);
        Assert.All(minutes, m => Assert.Equal(DocumentKinds.Minutes, m.Kind));
        Assert.DoesNotContain(minutes, m => m.Title == "Protokoll fra forrige møte");
        Assert.Equal(HttpStatusCode.BadRequest, otherFilter.StatusCode);
        Assert.Contains("page_token", await otherFilter.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("kind", await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_service_gets_a_document_whole_only_for_the_documents_own_audience_and_size_limit()
    {
        await PublishAsync(SeedMeeting.Notice(Audiences.AllMembers, withRestrictedItems: false));
        var documents = await Eventually.Get(
            async () => (await Client(TestIdentity.Secretariat).ListAttachmentsAsync(_listRequest)).Attachments,
            list => list.Count == 2,
            "the notice in both formats"
        );
        var pdf = documents.Single(d => d.ContentType == "application/pdf");
        var service = Client(TestIdentity.Token("service:notifications", HfiRoles.Service));
        Hfi.Documents.Api.GetDocumentForDeliveryRequest Request(string audience, long maxSize) =>
            new()
            {
                AttachmentId = pdf.AttachmentId,
                Audience = audience,
                MaxSizeBytes = maxSize,
            };

        var file = await service.GetDocumentForDeliveryAsync(Request(Audiences.AllMembers, 10_000_000));
        var wrongAudience = await Assert.ThrowsAsync<RpcException>(() =>
            service.GetDocumentForDeliveryAsync(Request(Audiences.MunicipalRepresentatives, 10_000_000)).ResponseAsync
        );
        var tooLarge = await Assert.ThrowsAsync<RpcException>(() =>
            service.GetDocumentForDeliveryAsync(Request(Audiences.AllMembers, pdf.SizeBytes - 1)).ResponseAsync
        );
        var member = await Assert.ThrowsAsync<RpcException>(() =>
            Client(TestIdentity.MunicipalMember)
                .GetDocumentForDeliveryAsync(Request(Audiences.AllMembers, 10_000_000))
                .ResponseAsync
        );

        Assert.Equal(
            (pdf.FileName, pdf.Sha256),
            (file.FileName, Convert.ToHexStringLower(SHA256.HashData(file.Content.Span)))
        );
        Assert.Equal(StatusCode.PermissionDenied, wrongAudience.StatusCode);
        Assert.Equal(StatusCode.FailedPrecondition, tooLarge.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, member.StatusCode);
        // A read: Notifications fetching what it attaches is no change for the secretariat's audit log.
        Assert.False(await QueryAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "GetDocumentForDelivery")));
    }

    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private async Task PublishAsync<T>(T message, Guid? messageId = null)
        where T : class
    {
        var bus = Factory.Services.GetRequiredService<IBus>();
        await bus.Publish(
            message,
            context =>
            {
                if (messageId is not null)
                    context.MessageId = messageId;
            }
        );
    }
}

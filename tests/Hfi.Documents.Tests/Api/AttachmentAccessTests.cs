using System.Net;
using Grpc.Core;
using Hfi.Contracts;
using Hfi.ServiceDefaults.Domain;
using Hfi.Testing;

namespace Hfi.Documents.Tests.Api;

[Collection(DocumentsCollection.Name)]
public sealed class AttachmentAccessTests(InfrastructureFixture infrastructure) : DocumentsServiceTest(infrastructure)
{
    private readonly Guid _meetingId = Guid.NewGuid();

    protected override IEnumerable<Guid> KnownMeetingIds => [_meetingId];

    [Fact]
    public async Task A_municipal_only_attachment_is_refused_to_a_hospital_representative_and_served_to_a_municipal_one()
    {
        var budget = Uploads.Pdf(5000);
        var path = await UploadAsync(
            budget,
            ("title", "Regnskap 2023 og forslag til kommunalt budsjett"),
            ("audience", Audiences.MunicipalRepresentatives),
            ("publicAccess", "exempt"),
            ("exemptionBasis", "Offl. § 14")
        );

        using var hospital = await Factory.CreateRestClient(TestIdentity.HospitalMember).GetAsync(path);
        using var municipal = await Factory.CreateRestClient(TestIdentity.MunicipalMember).GetAsync(path);
        using var anonymous = await Factory.CreateRestClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, hospital.StatusCode);
        Assert.Equal(HttpStatusCode.OK, municipal.StatusCode);
        Assert.Equal(budget, await municipal.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task A_listing_paged_two_at_a_time_gives_each_readable_attachment_once_in_order_skipping_the_rest()
    {
        // Restricted ones between and around the readable ones, so pages must read past rows the caller is not given.
        foreach (
            var (title, restricted) in new[]
            {
                ("A sak", true),
                ("B sak", false),
                ("C sak", true),
                ("D sak", true),
                ("E sak", false),
                ("F sak", false),
                ("G sak", true),
                ("H sak", false),
                ("I sak", true),
            }
        )
        {
            await UploadAsync(
                Uploads.Pdf(100),
                ("title", title),
                ("audience", restricted ? Audiences.MunicipalRepresentatives : Audiences.AllMembers)
            );
        }
        var hospital = Client(TestIdentity.HospitalMember);

        var paged = new List<string>();
        var token = string.Empty;
        var pages = 0;
        do
        {
            var page = await hospital.ListAttachmentsAsync(
                new()
                {
                    MeetingId = _meetingId.ToString(),
                    PageSize = 2,
                    PageToken = token,
                }
            );
            Assert.InRange(page.Attachments.Count, 1, 2);
            paged.AddRange(page.Attachments.Select(a => a.Title));
            token = page.NextPageToken;
            pages++;
        } while (token != string.Empty);

        Assert.Equal(["B sak", "E sak", "F sak", "H sak"], paged);
        Assert.Equal(2, pages);
    }

    [Fact]
    public async Task Listings_and_details_hold_only_what_the_caller_may_read()
    {
        await UploadAsync(Uploads.Pdf(100), ("title", "Forslag til årsrapport"));
        var restricted = await UploadAsync(
            Uploads.Pdf(100),
            ("title", "Kommunalt budsjett"),
            ("audience", Audiences.MunicipalRepresentatives)
        );
        var restrictedId = restricted.Split('/')[^1];
        var request = new Hfi.Documents.Api.ListAttachmentsRequest { MeetingId = _meetingId.ToString() };

        var forHospital = await Client(TestIdentity.HospitalMember).ListAttachmentsAsync(request);
        var forMunicipal = await Client(TestIdentity.MunicipalMember).ListAttachmentsAsync(request);
        var details = await Assert.ThrowsAsync<RpcException>(() =>
            Client(TestIdentity.HospitalMember).GetAttachmentAsync(new() { AttachmentId = restrictedId }).ResponseAsync
        );

        Assert.Equal(["Forslag til årsrapport"], forHospital.Attachments.Select(a => a.Title));
        Assert.Equal(
            ["Forslag til årsrapport", "Kommunalt budsjett"],
            forMunicipal.Attachments.Select(a => a.Title).Order()
        );
        Assert.Equal(StatusCode.PermissionDenied, details.StatusCode);
    }

    [Fact]
    public async Task The_public_reads_public_documents_for_all_members_and_nothing_exempt()
    {
        var open = await UploadAsync(Uploads.Pdf(100), ("title", "Forslag til Partnerskapsmøte 2025"));
        var exempt = await UploadAsync(
            Uploads.Pdf(100),
            ("title", "Personalsak"),
            ("publicAccess", "exempt"),
            ("exemptionBasis", "Offl. § 13")
        );
        using var anonymous = Factory.CreateRestClient();
        using var member = Factory.CreateRestClient(TestIdentity.HospitalMember);

        using var openAnswer = await anonymous.GetAsync(open);
        using var exemptAnswer = await anonymous.GetAsync(exempt);
        using var memberAnswer = await member.GetAsync(exempt);
        var listed = await Client().ListAttachmentsAsync(new() { MeetingId = _meetingId.ToString() });

        Assert.Equal(HttpStatusCode.OK, openAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, exemptAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, memberAnswer.StatusCode);
        Assert.Equal(["Forslag til Partnerskapsmøte 2025"], listed.Attachments.Select(a => a.Title));
    }

    [Fact]
    public async Task The_secretariat_narrows_an_attachment_to_municipal_representatives()
    {
        var path = await UploadAsync(Uploads.Pdf(100), ("title", "Budsjett"));
        var id = path.Split('/')[^1];

        var changed = await Client(TestIdentity.Secretariat)
            .SetAttachmentAccessAsync(
                new()
                {
                    AttachmentId = id,
                    Audience = Audiences.MunicipalRepresentatives,
                    PublicAccess = Hfi.Documents.Api.PublicAccess.Exempt,
                    ExemptionBasis = "Offl. § 14",
                }
            );
        using var hospital = await Factory.CreateRestClient(TestIdentity.HospitalMember).GetAsync(path);
        var byMember = await Assert.ThrowsAsync<RpcException>(() =>
            Client(TestIdentity.MunicipalMember)
                .SetAttachmentAccessAsync(new() { AttachmentId = id, Audience = Audiences.AllMembers })
                .ResponseAsync
        );

        Assert.Equal("Offl. § 14", changed.ExemptionBasis);
        Assert.Equal(HttpStatusCode.Forbidden, hospital.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, byMember.StatusCode);
    }

    [Fact]
    public async Task An_unknown_document_or_version_is_404()
    {
        var path = await UploadAsync(Uploads.Pdf(100), ("title", "Notat"));
        using var secretariat = Factory.CreateRestClient(TestIdentity.Secretariat);

        using var unknown = await secretariat.GetAsync($"/api/documents/files/{Guid.NewGuid()}");
        using var noSuchVersion = await secretariat.GetAsync($"{path}?version=7");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noSuchVersion.StatusCode);
    }

    private async Task<string> UploadAsync(byte[] bytes, params (string Name, string Value)[] fields)
    {
        using var secretariat = Factory.CreateRestClient(TestIdentity.Secretariat);
        var uploaded = await secretariat.UploadAsync(_meetingId, Uploads.Form(bytes, "fil.pdf", fields: fields));
        return uploaded.GetProperty("downloadPath").GetString()!;
    }
}

using System.Text.Json;
using Grpc.Core;
using Hfi.Contracts;
using Hfi.Documents.Api;
using Hfi.Documents.Tests.Generation;
using Hfi.ServiceDefaults.Domain;
using Hfi.Testing;
using Microsoft.EntityFrameworkCore;

namespace Hfi.Documents.Tests.Api;

/// <summary>
/// The secretariat's preview: the PDF a notice or minutes would be generated as, with nothing stored.
/// </summary>
[Collection(DocumentsCollection.Name)]
public sealed class PreviewTests(InfrastructureFixture infrastructure) : DocumentsServiceTest(infrastructure)
{
    private static readonly JsonSerializerOptions EventJson = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task A_notice_preview_is_the_pdf_of_its_audience_and_stores_nothing()
    {
        var general = await PreviewAsync(
            "notice",
            SeedMeeting.Notice(Audiences.AllMembers, withRestrictedItems: false)
        );
        var municipal = await PreviewAsync(
            "notice",
            SeedMeeting.Notice(Audiences.MunicipalRepresentatives, withRestrictedItems: false)
        );

        Assert.Equal("application/pdf", general.ContentType);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(general.Content.Span[..4]));
        Assert.Equal("innkalling-partnerskapsmotet-2025-02-13.pdf", general.FileName);
        var generalText = PdfText.Extract(general.Content.ToByteArray());
        var municipalText = PdfText.Extract(municipal.Content.ToByteArray());
        foreach (var number in SeedMeeting.CaseNumbers[..^1])
        {
            Assert.Contains(number, generalText);
            Assert.Contains(number, municipalText);
        }
        Assert.DoesNotContain("08.24", generalText);
        Assert.Contains("08.24", municipalText);
        Assert.Equal(0, await QueryAsync(db => db.Attachments.CountAsync()));
        Assert.Equal(0, await StoredChunkCountAsync());
    }

    [Fact]
    public async Task A_minutes_preview_renders_the_draft_as_approval_would()
    {
        var minutes = await PreviewAsync("minutes", SeedMeeting.Minutes(Audiences.AllMembers));

        var text = PdfText.Extract(minutes.Content.ToByteArray());
        Assert.Contains("Kari Nordmann", text);
        Assert.Equal("protokoll-partnerskapsmotet-2025-02-13.pdf", minutes.FileName);
        Assert.Equal(0, await QueryAsync(db => db.Attachments.CountAsync()));
    }

    [Fact]
    public async Task Only_the_secretariat_previews_and_bad_content_is_refused_by_name()
    {
        var request = new RenderPreviewRequest
        {
            Kind = "notice",
            ContentJson = Json(SeedMeeting.Notice(Audiences.AllMembers, false)),
        };

        var member = await Assert.ThrowsAsync<RpcException>(() =>
            Client(TestIdentity.MunicipalMember).RenderPreviewAsync(request).ResponseAsync
        );
        var broken = await Assert.ThrowsAsync<RpcException>(() =>
            Client(TestIdentity.Secretariat)
                .RenderPreviewAsync(new RenderPreviewRequest { Kind = "notice", ContentJson = "{" })
                .ResponseAsync
        );
        var kind = await Assert.ThrowsAsync<RpcException>(() =>
            Client(TestIdentity.Secretariat)
                .RenderPreviewAsync(new RenderPreviewRequest { Kind = "agenda", ContentJson = request.ContentJson })
                .ResponseAsync
        );

        Assert.Equal(StatusCode.PermissionDenied, member.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, broken.StatusCode);
        Assert.Contains("content_json", broken.Status.Detail);
        Assert.Equal(StatusCode.InvalidArgument, kind.StatusCode);
        Assert.Contains("kind", kind.Status.Detail);
    }

    private async Task<DocumentFile> PreviewAsync<T>(string kind, T content) =>
        await Client(TestIdentity.Secretariat)
            .RenderPreviewAsync(new RenderPreviewRequest { Kind = kind, ContentJson = Json(content) });

    private static string Json<T>(T content) => JsonSerializer.Serialize(content, EventJson);
}

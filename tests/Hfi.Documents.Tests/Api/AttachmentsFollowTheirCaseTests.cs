using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hfi.Contracts;
using Hfi.ServiceDefaults.Domain;
using Hfi.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hfi.Documents.Tests.Api;

/// <summary>
/// Attachments follow their case: Meetings tells the cases through RabbitMQ, Documents keeps them in Postgres.
/// </summary>
[Collection(DocumentsCollection.Name)]
public sealed class AttachmentsFollowTheirCaseTests(InfrastructureFixture infrastructure)
    : DocumentsServiceTest(infrastructure)
{
    private readonly Guid _meetingId = Guid.NewGuid();

    protected override IEnumerable<Guid> KnownMeetingIds => [];

    [Fact]
    public async Task An_upload_to_a_meeting_that_does_not_exist_is_refused()
    {
        using var secretariat = Factory.CreateRestClient(TestIdentity.Secretariat);

        using var answer = await secretariat.PostAsync(
            Uploads.Path(_meetingId),
            Uploads.Form(Uploads.Pdf(1000), "vedlegg.pdf")
        );

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Contains($"Meeting {_meetingId} does not exist", await answer.Content.ReadAsStringAsync());
        Assert.Equal(0, await StoredChunkCountAsync());
    }

    [Fact]
    public async Task An_attachment_of_a_restricted_case_inherits_its_audience_a_wider_one_is_refused_and_they_follow_a_later_change()
    {
        await PublishCasesAsync(
            DateTimeOffset.UtcNow,
            ("03.24", Audiences.AllMembers),
            ("08.24", Audiences.MunicipalRepresentatives)
        );
        using var secretariat = Factory.CreateRestClient(TestIdentity.Secretariat);
        using var anonymous = Factory.CreateRestClient();

        var budget = await secretariat.UploadAsync(
            _meetingId,
            Uploads.Form(Uploads.Pdf(1000), "regnskap.pdf", fields: ("caseNumber", "08.24"))
        );
        using var wider = await secretariat.PostAsync(
            Uploads.Path(_meetingId),
            Uploads.Form(
                Uploads.Pdf(1000, seed: 2),
                "budsjett.pdf",
                fields: [("caseNumber", "08.24"), ("audience", Audiences.AllMembers)]
            )
        );
        var report = await secretariat.UploadAsync(
            _meetingId,
            Uploads.Form(Uploads.Pdf(1000, seed: 3), "arsrapport.pdf", fields: ("caseNumber", "03.24"))
        );
        using var anonymousRead = await anonymous.GetAsync(budget.GetProperty("downloadPath").GetString());
        var error = await wider.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(Audiences.MunicipalRepresentatives, budget.GetProperty("audience").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousRead.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wider.StatusCode);
        Assert.Contains("Sak 08.24 is for 'municipal-representatives' only", error.GetRawText());
        Assert.Equal(Audiences.AllMembers, report.GetProperty("audience").GetString());

        await PublishCasesAsync(
            DateTimeOffset.UtcNow.AddSeconds(1),
            ("03.24", Audiences.MunicipalRepresentatives),
            ("08.24", Audiences.MunicipalRepresentatives)
        );
        var reportId = Guid.Parse(report.GetProperty("attachmentId").GetString()!);
        await Eventually.Get(
            () => AudienceAsync(reportId),
            audience => audience == Audiences.MunicipalRepresentatives,
            "the attachment of 03.24 to follow its case"
        );
        await PublishCasesAsync(
            DateTimeOffset.UtcNow.AddSeconds(-30),
            ("03.24", Audiences.AllMembers),
            ("08.24", Audiences.AllMembers)
        );
        await PublishCasesAsync(
            DateTimeOffset.UtcNow.AddSeconds(2),
            ("03.24", Audiences.AllMembers),
            ("08.24", Audiences.MunicipalRepresentatives)
        );

        await Eventually.Get(
            () => AudienceAsync(reportId),
            audience => audience == Audiences.AllMembers,
            "the attachment of 03.24 to follow its case back"
        );
        Assert.Equal(
            Audiences.MunicipalRepresentatives,
            await AudienceAsync(Guid.Parse(budget.GetProperty("attachmentId").GetString()!))
        );
    }

    private Task<string> AudienceAsync(Guid attachmentId) =>
        QueryAsync(db =>
            db.Attachments.AsNoTracking().Where(a => a.Id == attachmentId).Select(a => a.Audience).SingleAsync()
        );

    /// <summary>As Meetings publishes it through its outbox; waits until Documents has handled it.</summary>
    private async Task PublishCasesAsync(DateTimeOffset changedAt, params (string Number, string Audience)[] cases)
    {
        var handled = await QueryAsync(db => db.ProcessedMessages.CountAsync());
        await Factory
            .Services.GetRequiredService<IBus>()
            .Publish(
                new MeetingCasesChanged
                {
                    MeetingId = _meetingId,
                    ArenaId = "partnerskapsmotet",
                    ChangedAt = changedAt,
                    Cases = [.. cases.Select(c => new MeetingCase { CaseNumber = c.Number, Audience = c.Audience })],
                }
            );
        await Eventually.Get(
            () => QueryAsync(db => db.ProcessedMessages.CountAsync()),
            count => count > handled,
            "the cases to be handled"
        );
    }
}

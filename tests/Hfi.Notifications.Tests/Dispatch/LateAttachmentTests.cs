using Hfi.Contracts;
using Hfi.Notifications.Api;
using Hfi.Notifications.Tests.Support;
using Hfi.ServiceDefaults.Domain;
using Hfi.Testing;

namespace Hfi.Notifications.Tests.Dispatch;

/// <summary>Attachments listed in the notice are not announced again; one added after the notice went out is.</summary>
[Collection(NotificationsCollection.Name)]
public sealed class LateAttachmentTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task A_restricted_attachment_published_after_the_notice_is_announced_to_municipal_representatives_only()
    {
        await using var harness = await NotificationsHarness.StartAsync(infrastructure);
        var members = await harness.AddMembersAsync(municipal: 2, hospital: 2);
        var meetingId = Guid.NewGuid();
        var issued = SeedNotice.For(meetingId, Audiences.MunicipalRepresentatives);
        await harness.PublishAsync(issued, Guid.NewGuid());
        await Mailbox.WaitForAsync(harness.Mail, 2);

        var early = Guid.NewGuid();
        await harness.PublishAsync(
            Attachment(meetingId, "Regnskap 2023 (utkast)", issued.IssuedAt.AddMinutes(-5)),
            early
        );
        var late = Attachment(meetingId, "Revidert budsjettforslag 2025", issued.IssuedAt.AddMinutes(5));
        await harness.PublishAsync(late, Guid.NewGuid());

        var mails = await Mailbox.WaitForAsync(harness.Mail, 4);
        var announcements = mails
            .Where(m => m.Subject?.StartsWith("Nytt vedlegg", StringComparison.Ordinal) == true)
            .ToList();
        Assert.Equal(
            members.Where(m => m.IsMunicipal).Select(m => m.Email).Order(StringComparer.OrdinalIgnoreCase),
            announcements.Select(Mailbox.Recipient).Order(StringComparer.OrdinalIgnoreCase)
        );
        Assert.All(
            announcements,
            mail =>
            {
                Assert.Equal("Nytt vedlegg: Revidert budsjettforslag 2025", mail.Subject);
                Assert.Contains($"https://hfi.test/dokumenter/{late.DocumentId}", mail.TextBody ?? string.Empty);
                Assert.Contains(
                    "Partnerskapsmøtet i Helsefelleskap Innlandet, torsdag 17. oktober 2024",
                    mail.TextBody ?? string.Empty
                );
            }
        );
        // The early attachment (listed in the notice) was received and announced to nobody.
        var secretariat = harness.NotificationsClient(TestIdentity.Secretariat);
        await Eventually.Get(
            async () => (await secretariat.ListReceivedEventsAsync(new ListReceivedEventsRequest())).Events,
            events => events.Any(e => e.EventId == early.ToString()),
            "the early attachment to be received"
        );
        var notices = (
            await secretariat.ListNoticesAsync(new ListNoticesRequest { MeetingId = meetingId.ToString() })
        ).Notices;
        Assert.Equal([NoticeKind.MeetingNotice, NoticeKind.DocumentPublished], notices.Select(n => n.Kind).Order());
        Assert.Equal(4, (await harness.Mail.ReadMessagesAsync()).Count);
    }

    private static DocumentPublished Attachment(Guid meetingId, string title, DateTimeOffset publishedAt)
    {
        var documentId = Guid.NewGuid();
        return new DocumentPublished
        {
            DocumentId = documentId,
            MeetingId = meetingId,
            ArenaId = SeedNotice.ArenaId,
            Kind = "attachment",
            Title = title,
            FileName = "vedlegg.pdf",
            ContentType = "application/pdf",
            Audience = Audiences.MunicipalRepresentatives,
            DownloadPath = $"/api/documents/files/{documentId}",
            PublishedAt = publishedAt,
        };
    }
}

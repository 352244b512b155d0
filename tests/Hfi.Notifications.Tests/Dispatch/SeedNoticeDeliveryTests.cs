using Hfi.Contracts;
using Hfi.Notifications.Api;
using Hfi.Notifications.Tests.Support;
using Hfi.ServiceDefaults.Domain;
using Hfi.Testing;

namespace Hfi.Notifications.Tests.Dispatch;

/// <summary>
/// The seed meeting's notice to 40 members, municipal and hospital mixed, through RabbitMQ, Postgres and SMTP.
/// </summary>
[Collection(NotificationsCollection.Name)]
public sealed class SeedNoticeDeliveryTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task Each_member_gets_exactly_one_notice_and_only_municipal_representatives_get_the_restricted_version()
    {
        await using var harness = await NotificationsHarness.StartAsync(
            infrastructure,
            new Dictionary<string, string?>
            {
                // The e-mails wait for the notices' PDFs, which are published below.
                ["Notifications:DocumentWait"] = "00:10:00",
            }
        );
        var members = await harness.AddMembersAsync(municipal: 22, hospital: 18);
        var meetingId = Guid.NewGuid();
        var allMembersNotice = Guid.NewGuid();
        var municipalNotice = Guid.NewGuid();

        await harness.PublishAsync(SeedNotice.For(meetingId, Audiences.AllMembers), allMembersNotice);
        await harness.PublishAsync(SeedNotice.For(meetingId, Audiences.MunicipalRepresentatives), municipalNotice);
        // The broker delivers the all-members notice a second time.
        await harness.PublishAsync(SeedNotice.For(meetingId, Audiences.AllMembers), allMembersNotice);

        var secretariat = harness.NotificationsClient(TestIdentity.Secretariat);
        var notices = await Eventually.Get(
            async () =>
                (
                    await secretariat.ListNoticesAsync(new ListNoticesRequest { MeetingId = meetingId.ToString() })
                ).Notices,
            n => n.Count == 2 && n.All(x => !x.RecipientsPending),
            "both notices to be recorded with their recipients"
        );
        Assert.Equal(40, notices.Sum(n => n.Recipients));
        Assert.Empty(await harness.Mail.ReadMessagesAsync()); // held until the PDFs are published

        var allMembersPdf = await PublishNoticePdfAsync(harness, meetingId, Audiences.AllMembers);
        var municipalPdf = await PublishNoticePdfAsync(harness, meetingId, Audiences.MunicipalRepresentatives);

        await Mailbox.WaitForAsync(harness.Mail, 40);
        await Eventually.Get(
            async () =>
                (
                    await secretariat.ListNoticesAsync(new ListNoticesRequest { MeetingId = meetingId.ToString() })
                ).Notices,
            n => n.Sum(x => x.Delivered) == 80 && n.Sum(x => x.Pending) == 0,
            "every e-mail and inbox delivery to be recorded"
        );
        var mails = await harness.Mail.ReadMessagesAsync();

        Assert.Equal(40, mails.Count);
        var perRecipient = Mailbox.CountByRecipient(mails);
        Assert.All(members, member => Assert.Equal(1, perRecipient.GetValueOrDefault(member.Email)));
        foreach (var mail in mails)
        {
            var member = members.Single(m =>
                string.Equals(m.Email, Mailbox.Recipient(mail), StringComparison.OrdinalIgnoreCase)
            );
            var body = mail.TextBody ?? string.Empty;
            Assert.StartsWith(
                "Innkalling: Partnerskapsmøtet i Helsefelleskap Innlandet, torsdag 17. oktober 2024",
                mail.Subject
            );
            Assert.Contains($"Hei {member.Name},", body);
            Assert.Contains("Sak 01.24 Godkjenning av innkalling og saksliste", body);
            Assert.Equal(
                member.IsMunicipal,
                body.Contains($"Sak {SeedNotice.RestrictedCase}", StringComparison.Ordinal)
            );
            Assert.Equal(member.IsMunicipal, body.Contains("Regnskap for 2023", StringComparison.Ordinal));
            Assert.Contains($"https://hfi.test{(member.IsMunicipal ? municipalPdf : allMembersPdf)}", body);
        }
    }

    [Fact]
    public async Task The_delivery_log_tells_the_secretariat_who_has_received_the_notice_and_members_cannot_read_it()
    {
        await using var harness = await NotificationsHarness.StartAsync(infrastructure);
        var members = await harness.AddMembersAsync(municipal: 3, hospital: 2);
        var noticeId = Guid.NewGuid();

        await harness.PublishAsync(SeedNotice.For(Guid.NewGuid(), Audiences.MunicipalRepresentatives), noticeId);
        await Mailbox.WaitForAsync(harness.Mail, 3);

        var secretariat = harness.NotificationsClient(TestIdentity.Secretariat);
        var log = await Eventually.Get(
            async () =>
                (
                    await secretariat.ListDeliveriesAsync(new ListDeliveriesRequest { NoticeId = noticeId.ToString() })
                ).Deliveries,
            d => d.Count == 6 && d.All(x => x.Status == DeliveryStatus.Delivered),
            "the log to show every delivery as delivered"
        );
        Assert.Equal(
            members.Where(m => m.IsMunicipal).Select(m => m.Email).Order(),
            log.Where(d => d.Channel == Channel.Email).Select(d => d.RecipientEmail).Order()
        );
        Assert.All(log, d => Assert.NotNull(d.DeliveredAt));
        Assert.All(log.Where(d => d.Channel == Channel.Email), d => Assert.Equal(1, d.Attempts));

        var member = harness.NotificationsClient(TestIdentity.MunicipalMember);
        var denied = await Assert.ThrowsAsync<global::Grpc.Core.RpcException>(() =>
            member.ListDeliveriesAsync(new ListDeliveriesRequest { NoticeId = noticeId.ToString() }).ResponseAsync
        );
        Assert.Equal(global::Grpc.Core.StatusCode.PermissionDenied, denied.StatusCode);
    }

    private static async Task<string> PublishNoticePdfAsync(
        NotificationsHarness harness,
        Guid meetingId,
        string audience
    )
    {
        var pdf = SeedNotice.PdfPublished(meetingId, audience);
        await harness.PublishAsync(pdf, Guid.NewGuid());
        return $"/dokumenter/{pdf.DocumentId}";
    }
}

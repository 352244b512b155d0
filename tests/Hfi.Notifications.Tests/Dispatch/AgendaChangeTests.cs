using Hfi.Contracts;
using Hfi.Notifications.Api;
using Hfi.Notifications.Tests.Support;
using Hfi.ServiceDefaults.Domain;
using Hfi.Testing;

namespace Hfi.Notifications.Tests.Dispatch;

/// <summary>
/// A change to an issued agenda gives each person one e-mail: the updated notice. Real Planning, RabbitMQ, Postgres and
/// SMTP sink.
/// </summary>
[Collection(NotificationsCollection.Name)]
public sealed class AgendaChangeTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task A_changed_agenda_is_told_in_the_inbox_and_the_updated_notice_is_the_one_e_mail()
    {
        await using var harness = await NotificationsHarness.StartAsync(infrastructure);
        var members = await harness.AddMembersAsync(municipal: 1, hospital: 1);
        var meetingId = Guid.NewGuid();
        await harness.PublishAsync(SeedNotice.For(meetingId, Audiences.AllMembers), Guid.NewGuid());
        await harness.PublishAsync(SeedNotice.For(meetingId, Audiences.MunicipalRepresentatives), Guid.NewGuid());
        await Mailbox.WaitForAsync(harness.Mail, members.Count);

        var changeId = Guid.NewGuid();
        await harness.PublishAsync(
            new AgendaChanged
            {
                MeetingId = meetingId,
                ArenaId = SeedNotice.ArenaId,
                AgendaVersion = 2,
                Summary = "Sak 04.24 er flyttet til kl. 16.30",
                Audience = Audiences.AllMembers,
                ChangedAt = DateTimeOffset.UtcNow,
            },
            changeId
        );
        await harness.PublishAsync(SeedNotice.For(meetingId, Audiences.AllMembers, version: 2), Guid.NewGuid());
        await harness.PublishAsync(
            SeedNotice.For(meetingId, Audiences.MunicipalRepresentatives, version: 2),
            Guid.NewGuid()
        );

        var secretariat = harness.NotificationsClient(TestIdentity.Secretariat);
        // The updated notices' e-mails and the change's inbox items are all made; an e-mail for the change would be too.
        var mails = await Mailbox.WaitForAsync(harness.Mail, 2 * members.Count);
        var changeDeliveries = await Eventually.Get(
            async () =>
                (
                    await secretariat.ListNoticesAsync(new ListNoticesRequest { MeetingId = meetingId.ToString() })
                ).Notices.Any(n => n.NoticeId == changeId.ToString() && !n.RecipientsPending)
                    ? (
                        await secretariat.ListDeliveriesAsync(
                            new ListDeliveriesRequest { NoticeId = changeId.ToString() }
                        )
                    ).Deliveries.ToList()
                    : [],
            deliveries => deliveries.Count > 0,
            "the agenda change's deliveries"
        );

        Assert.Equal(members.Count, changeDeliveries.Count);
        Assert.All(changeDeliveries, d => Assert.Equal(Channel.InApp, d.Channel));
        Assert.All(Mailbox.CountByRecipient(mails).Values, count => Assert.Equal(2, count));
        Assert.DoesNotContain(mails, m => m.Subject?.StartsWith("Endret saksliste", StringComparison.Ordinal) == true);
    }
}

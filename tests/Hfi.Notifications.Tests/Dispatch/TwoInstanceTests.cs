using Hfi.Contracts;
using Hfi.Notifications.Api;
using Hfi.Notifications.Data;
using Hfi.Notifications.Tests.Support;
using Hfi.ServiceDefaults.Domain;
using Hfi.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hfi.Notifications.Tests.Dispatch;

/// <summary>
/// Two instances of Notifications on one database and one broker (<c>HFI_REPLICAS=2</c>): they compete for the queue,
/// the recipient lookups and the e-mail claims, and still send every e-mail exactly once.
/// </summary>
[Collection(NotificationsCollection.Name)]
public sealed class TwoInstanceTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task Two_instances_given_the_same_notice_twice_send_each_member_exactly_one_email()
    {
        // Small claims, one connection each: both instances take turns at the same notice's deliveries.
        await using var harness = await NotificationsHarness.StartAsync(
            infrastructure,
            mail: MailSettings.OneConnectionSmallClaims
        );
        harness.StartSecondNotifications();
        var members = await harness.AddMembersAsync(municipal: 0, hospital: 60);

        // One message delivered twice (a redelivery), consumed by whichever instances the broker hands the copies to.
        var messageId = Guid.NewGuid();
        var notice = SeedNotice.For(Guid.NewGuid(), Audiences.AllMembers);
        await Task.WhenAll(harness.PublishAsync(notice, messageId), harness.PublishAsync(notice, messageId));

        await Mailbox.WaitForAsync(harness.Mail, members.Count, TimeSpan.FromMinutes(4));
        await WaitUntilNothingPendingAsync(harness);
        var mails = await harness.Mail.ReadMessagesAsync();
        Assert.Equal(members.Count, mails.Count);
        var perRecipient = Mailbox.CountByRecipient(mails);
        Assert.All(members, member => Assert.Equal(1, perRecipient.GetValueOrDefault(member.Email)));
    }

    [Fact]
    public async Task Deliveries_claimed_by_an_instance_that_died_are_sent_once_by_the_other_after_the_lease()
    {
        var lease = TimeSpan.FromSeconds(6);
        await using var harness = await NotificationsHarness.StartAsync(
            infrastructure,
            mail: MailSettings.ThroughAnOutage with
            {
                ClaimLease = lease,
                SendTimeout = TimeSpan.FromSeconds(2),
            }
        );
        var members = await harness.AddMembersAsync(municipal: 0, hospital: 30);

        // The deliveries exist and wait while the mail server is down; then the instance goes away.
        await harness.Mail.StopAsync();
        await harness.PublishAsync(SeedNotice.For(Guid.NewGuid(), Audiences.AllMembers), Guid.NewGuid());
        await Eventually.Get(
            () => PendingAsync(harness.Notifications),
            pending => pending == members.Count,
            "the deliveries to be created"
        );
        await harness.StopNotificationsAsync();

        // What an instance killed right after its claim leaves behind: its claim (due time moved on by the lease), nothing sent.
        var diedAt = DateTimeOffset.UtcNow;
        await using (var db = new NotificationsDbContext(OptionsFor(harness)))
        {
            await db.Deliveries.ExecuteUpdateAsync(set =>
                set.SetProperty(d => d.NextAttemptAt, diedAt + lease).SetProperty(d => d.AwaitsDocument, false)
            );
        }

        await harness.Mail.RestartAsync();
        harness.StartNotificationsAgain();
        harness.StartSecondNotifications();

        // A loaded machine may take the whole lease to start the instances: then there is nothing to wait for.
        var untilShortlyBeforeTheLeaseEnds = lease - (DateTimeOffset.UtcNow - diedAt) - TimeSpan.FromSeconds(1);
        if (untilShortlyBeforeTheLeaseEnds > TimeSpan.Zero)
        {
            await Task.Delay(untilShortlyBeforeTheLeaseEnds);
            Assert.Empty(await harness.Mail.ReadMessagesAsync()); // a claim is respected for its lease
        }

        await Mailbox.WaitForAsync(harness.Mail, members.Count, TimeSpan.FromMinutes(1));
        await WaitUntilNothingPendingAsync(harness);
        var mails = await harness.Mail.ReadMessagesAsync();
        Assert.Equal(members.Count, mails.Count);
        Assert.All(mails, mail => Assert.True(DateTimeOffset.UtcNow > diedAt + lease));
        var perRecipient = Mailbox.CountByRecipient(mails);
        Assert.All(members, member => Assert.Equal(1, perRecipient.GetValueOrDefault(member.Email)));
    }

    private static DbContextOptions<NotificationsDbContext> OptionsFor(NotificationsHarness harness) =>
        new DbContextOptionsBuilder<NotificationsDbContext>().UseNpgsql(harness.NotificationsConnectionString).Options;

    private static async Task<int> PendingAsync(
        Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Hfi.Notifications.Grpc.NotificationsService> instance
    )
    {
        await using var scope = instance.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        return await db.Deliveries.CountAsync(d => d.Status == Hfi.Notifications.Domain.DeliveryStatus.Pending);
    }

    private static Task WaitUntilNothingPendingAsync(NotificationsHarness harness) =>
        Eventually.Get(
            async () =>
                (
                    await harness
                        .NotificationsClient(TestIdentity.Secretariat)
                        .ListDeliveriesAsync(new ListDeliveriesRequest { Status = DeliveryStatus.Pending })
                )
                    .Deliveries
                    .Count,
            pending => pending == 0,
            "no e-mail to be pending"
        );
}

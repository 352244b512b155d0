using Hfi.Contracts;
using Hfi.Notifications.Data;
using Hfi.Notifications.Domain;
using Hfi.Notifications.Tests.Support;
using Hfi.ServiceDefaults.Domain;
using Hfi.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hfi.Notifications.Tests.Dispatch;

/// <summary>
/// The fast fan-out (many connections kept open, outcomes saved together) keeps its promises: one e-mail per
/// recipient however the instances race, and a delivery log that says what became of every e-mail.
/// </summary>
[Collection(NotificationsCollection.Name)]
public sealed class FanOutTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task Two_instances_with_many_connections_each_send_every_member_exactly_one_email_and_log_each_send()
    {
        await using var harness = await NotificationsHarness.StartAsync(
            infrastructure,
            mail: MailSettings.Defaults with
            {
                Concurrency = 8,
                BatchSize = 25,
            }
        );
        harness.StartSecondNotifications();
        var members = await harness.AddMembersAsync(municipal: 0, hospital: 150);

        await harness.PublishAsync(SeedNotice.For(Guid.NewGuid(), Audiences.AllMembers), Guid.NewGuid());

        await Mailbox.WaitForAsync(harness.Mail, members.Count, TimeSpan.FromMinutes(4));
        var log = await AllLoggedAsync(harness);
        var mails = await harness.Mail.ReadMessagesAsync();
        Assert.Equal(members.Count, mails.Count);
        var perRecipient = Mailbox.CountByRecipient(mails);
        Assert.All(members, member => Assert.Equal(1, perRecipient.GetValueOrDefault(member.Email)));
        Assert.Equal(members.Count, log.Count);
        Assert.All(
            log,
            delivery =>
            {
                Assert.Equal(DeliveryStatus.Delivered, delivery.Status);
                Assert.Equal(1, delivery.Attempts);
                Assert.NotNull(delivery.DeliveredAt);
            }
        );
        // Each e-mail is its recipient's own: their delivery key and their name in the greeting.
        Assert.Equal(log.Select(d => d.IdempotencyKey).Order(), mails.Select(m => m.Headers["X-Hfi-Delivery"]).Order());
        Assert.All(mails, mail => Assert.StartsWith($"Hei {mail.To.Mailboxes.Single().Name},", mail.TextBody));
    }

    [Fact]
    public async Task A_server_lost_mid_batch_gets_only_the_emails_it_had_not_accepted_again_and_failures_are_logged()
    {
        await using var harness = await NotificationsHarness.StartAsync(
            infrastructure,
            // One batch for the whole notice, over two connections: the server goes while the batch is being sent.
            mail: MailSettings.ThroughAnOutage with
            {
                Concurrency = 2,
                BatchSize = 200,
            }
        );
        var members = await harness.AddMembersAsync(municipal: 0, hospital: 120);

        await harness.PublishAsync(SeedNotice.For(Guid.NewGuid(), Audiences.AllMembers), Guid.NewGuid());
        await Mailbox.WaitForAsync(harness.Mail, 1);
        await harness.Mail.StopAsync();
        var accepted = (await harness.Mail.ReadMessagesAsync()).Select(m => m.Headers["X-Hfi-Delivery"]).ToHashSet();
        Assert.InRange(accepted.Count, 1, members.Count - 1); // the server really went mid-batch
        var failed = await Eventually.Get(
            () => DeliveriesAsync(harness),
            deliveries => deliveries.Any(d => d.LastError is not null),
            "e-mails to fail while the server is gone"
        );
        // A failure is logged on the e-mail it befell, with why and when it is tried again; accepted ones are sent.
        Assert.All(
            failed.Where(d => d.LastError is not null),
            delivery =>
            {
                Assert.Equal(DeliveryStatus.Pending, delivery.Status);
                Assert.DoesNotContain(delivery.IdempotencyKey, accepted);
                Assert.NotNull(delivery.LastAttemptAt);
            }
        );
        Assert.All(
            failed.Where(d => accepted.Contains(d.IdempotencyKey)),
            d => Assert.Equal(DeliveryStatus.Delivered, d.Status)
        );

        await harness.Mail.RestartAsync();

        await Mailbox.WaitForAsync(harness.Mail, members.Count);
        var log = await AllLoggedAsync(harness);
        var mails = await harness.Mail.ReadMessagesAsync();
        Assert.Equal(members.Count, mails.Count);
        var perRecipient = Mailbox.CountByRecipient(mails);
        Assert.All(members, member => Assert.Equal(1, perRecipient.GetValueOrDefault(member.Email)));
        Assert.All(log, delivery => Assert.Equal(DeliveryStatus.Delivered, delivery.Status));
        // What the server had accepted was not sent again; what it had not, was tried again until it was.
        Assert.All(log.Where(d => accepted.Contains(d.IdempotencyKey)), delivery => Assert.Equal(1, delivery.Attempts));
        var retried = failed.Where(f => f.LastError is not null).Select(f => f.Id).ToHashSet();
        Assert.All(log.Where(d => retried.Contains(d.Id)), delivery => Assert.True(delivery.Attempts >= 2));
    }

    private static Task<List<Delivery>> AllLoggedAsync(NotificationsHarness harness) =>
        Eventually.Get(
            () => DeliveriesAsync(harness),
            deliveries => deliveries.All(d => d.Status != DeliveryStatus.Pending),
            "every e-mail to be logged as sent"
        );

    private static async Task<List<Delivery>> DeliveriesAsync(NotificationsHarness harness)
    {
        await using var scope = harness.Notifications.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        return await db.Deliveries.AsNoTracking().Where(d => d.Channel == Channel.Email).ToListAsync();
    }
}

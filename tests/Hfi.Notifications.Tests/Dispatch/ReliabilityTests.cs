using Hfi.Contracts;
using Hfi.Notifications.Api;
using Hfi.Notifications.Tests.Support;
using Hfi.ServiceDefaults.Domain;
using Hfi.Testing;

namespace Hfi.Notifications.Tests.Dispatch;

/// <summary>Restarts and mail-server outages lose nothing and send nothing twice.</summary>
[Collection(NotificationsCollection.Name)]
public sealed class ReliabilityTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task A_notifications_restart_in_the_middle_of_a_dispatch_still_sends_exactly_one_email_per_recipient()
    {
        // One connection, small claims: the dispatch takes long enough to be interrupted.
        await using var harness = await NotificationsHarness.StartAsync(
            infrastructure,
            mail: MailSettings.OneConnectionSmallClaims
        );
        var members = await harness.AddMembersAsync(municipal: 0, hospital: 120);

        await harness.PublishAsync(SeedNotice.For(Guid.NewGuid(), Audiences.AllMembers), Guid.NewGuid());
        var beforeStop = await Mailbox.WaitForAsync(harness.Mail, 1);
        await harness.RestartNotificationsAsync();
        var afterStop = (await harness.Mail.ReadMessagesAsync()).Count;
        Assert.InRange(afterStop, beforeStop.Count, members.Count - 1); // the stop really came mid-dispatch

        var mails = await Mailbox.WaitForAsync(harness.Mail, members.Count);
        await WaitUntilNothingPendingAsync(harness);
        mails = await harness.Mail.ReadMessagesAsync();
        Assert.Equal(members.Count, mails.Count);
        var perRecipient = Mailbox.CountByRecipient(mails);
        Assert.All(members, member => Assert.Equal(1, perRecipient.GetValueOrDefault(member.Email)));
    }

    [Fact]
    public async Task A_broker_restart_in_the_middle_of_a_dispatch_loses_no_notice_and_sends_no_email_twice()
    {
        await using var harness = await NotificationsHarness.StartAsync(
            infrastructure,
            mail: MailSettings.OneConnectionSmallClaims
        );
        var members = await harness.AddMembersAsync(municipal: 20, hospital: 60);
        var meetingId = Guid.NewGuid();
        var broker = infrastructure.RabbitMq;

        await harness.PublishAsync(SeedNotice.For(meetingId, Audiences.AllMembers), Guid.NewGuid());
        await Mailbox.WaitForAsync(harness.Mail, 1);
        // Confirmed by the broker, then the broker goes: it may be mid-consumption, or still queued.
        await harness.PublishAsync(SeedNotice.For(meetingId, Audiences.MunicipalRepresentatives), Guid.NewGuid());
        var sentBeforeStop = (await harness.Mail.ReadMessagesAsync()).Count;
        await broker.StopAsync();
        await broker.RestartAsync();
        // Once the bus has reconnected, a notice published after the restart is consumed as well.
        var laterMeeting = Guid.NewGuid();
        await Eventually.Get(
            async () =>
            {
                try
                {
                    await harness.PublishAsync(SeedNotice.For(laterMeeting, Audiences.AllMembers), Guid.NewGuid());
                    return true;
                }
                catch (Exception ex) when (ex is MassTransit.MassTransitException or OperationCanceledException)
                {
                    return false;
                }
            },
            published => published,
            "the bus to publish again after the broker restart"
        );

        var expected = members.Count + members.Count(m => !m.IsMunicipal);
        await Mailbox.WaitForAsync(harness.Mail, expected, TimeSpan.FromMinutes(2));
        await WaitUntilNothingPendingAsync(harness);
        var mails = await harness.Mail.ReadMessagesAsync();
        Assert.InRange(sentBeforeStop, 1, members.Count - 1); // the broker really went mid-dispatch
        Assert.Equal(expected, mails.Count);
        Assert.Equal(expected, mails.Select(m => m.Headers["X-Hfi-Delivery"]).Distinct().Count());
        var perRecipient = Mailbox.CountByRecipient(mails);
        Assert.All(
            members,
            member => Assert.Equal(member.IsMunicipal ? 1 : 2, perRecipient.GetValueOrDefault(member.Email))
        );
    }

    [Fact]
    public async Task A_notice_issued_while_Planning_is_down_waits_visibly_and_reaches_every_member_once_Planning_is_back()
    {
        await using var harness = await NotificationsHarness.StartAsync(
            infrastructure,
            new Dictionary<string, string?>
            {
                ["Notifications:LookupRetryDelay"] = "00:00:00.200",
                ["Notifications:LookupMaxRetryDelay"] = "00:00:00.500",
                ["Notifications:DocumentWait"] = "00:10:00",
            }
        );
        var members = await harness.AddMembersAsync(municipal: 4, hospital: 6);
        await harness.StopPlanningAsync();
        var meetingId = Guid.NewGuid();

        await harness.PublishAsync(SeedNotice.For(meetingId, Audiences.AllMembers), Guid.NewGuid());
        await harness.PublishAsync(SeedNotice.For(meetingId, Audiences.MunicipalRepresentatives), Guid.NewGuid());
        var secretariat = harness.NotificationsClient(TestIdentity.Secretariat);
        var waiting = await Eventually.Get(
            async () =>
                (
                    await secretariat.ListNoticesAsync(new ListNoticesRequest { MeetingId = meetingId.ToString() })
                ).Notices,
            notices => notices.Count == 2 && notices.All(n => n.RecipientsPending && n.RecipientsError.Length > 0),
            "both notices to wait for Planning, saying why"
        );
        Assert.All(waiting, notice => Assert.Equal("Planning is not reachable.", notice.RecipientsError));
        Assert.All(waiting, notice => Assert.NotNull(notice.NextLookupAt));
        // Planning is asked again and again while it is down.
        var firstNextLookup = waiting.Max(n => n.NextLookupAt.ToDateTimeOffset());
        await Eventually.Get(
            async () =>
                (
                    await secretariat.ListNoticesAsync(new ListNoticesRequest { MeetingId = meetingId.ToString() })
                ).Notices,
            notices => notices.All(n => n.RecipientsPending && n.NextLookupAt.ToDateTimeOffset() > firstNextLookup),
            "Planning to be asked again"
        );
        Assert.Empty(await harness.Mail.ReadMessagesAsync());
        // The PDFs come while the recipients are still unknown: the e-mails carry them as soon as they are known.
        var pdfs = new[] { Audiences.AllMembers, Audiences.MunicipalRepresentatives }.ToDictionary(
            audience => audience,
            audience => SeedNotice.PdfPublished(meetingId, audience)
        );
        foreach (var pdf in pdfs.Values)
            await harness.PublishAsync(pdf, Guid.NewGuid());
        await Eventually.Get(
            async () =>
                (
                    await secretariat.ListNoticesAsync(new ListNoticesRequest { MeetingId = meetingId.ToString() })
                ).Notices,
            notices => notices.All(n => n.DocumentPath.Length > 0),
            "both notices to know their PDF"
        );

        harness.StartPlanningAgain();

        var mails = await Mailbox.WaitForAsync(harness.Mail, members.Count);
        await WaitUntilNothingPendingAsync(harness);
        mails = await harness.Mail.ReadMessagesAsync();
        Assert.Equal(members.Count, mails.Count);
        Assert.All(members, member => Assert.Equal(1, Mailbox.CountByRecipient(mails).GetValueOrDefault(member.Email)));
        Assert.All(
            mails,
            mail =>
                Assert.Contains(
                    $"/dokumenter/{pdfs[members.Single(m => m.Email == Mailbox.Recipient(mail)).IsMunicipal ? Audiences.MunicipalRepresentatives : Audiences.AllMembers].DocumentId}",
                    mail.TextBody ?? string.Empty
                )
        );
        var known = (
            await secretariat.ListNoticesAsync(new ListNoticesRequest { MeetingId = meetingId.ToString() })
        ).Notices;
        Assert.All(known, notice => Assert.False(notice.RecipientsPending));
        Assert.All(known, notice => Assert.Empty(notice.RecipientsError));
        Assert.Equal(members.Count, known.Sum(n => n.Recipients));
    }

    [Fact]
    public async Task Emails_that_fail_while_the_mail_server_is_down_are_all_delivered_once_it_is_back()
    {
        await using var harness = await NotificationsHarness.StartAsync(infrastructure);
        var members = await harness.AddMembersAsync(municipal: 6, hospital: 4);
        await harness.Mail.StopAsync();

        await harness.PublishAsync(SeedNotice.For(Guid.NewGuid(), Audiences.AllMembers), Guid.NewGuid());
        await harness.PublishAsync(SeedNotice.For(Guid.NewGuid(), Audiences.MunicipalRepresentatives), Guid.NewGuid());
        var secretariat = harness.NotificationsClient(TestIdentity.Secretariat);
        var failing = await Eventually.Get(
            async () =>
                (
                    await secretariat.ListDeliveriesAsync(new ListDeliveriesRequest { Status = DeliveryStatus.Pending })
                ).Deliveries,
            pending => pending.Count == members.Count && pending.All(d => d.Attempts >= 2),
            "every e-mail to have failed at least twice"
        );
        Assert.All(failing, d => Assert.NotEmpty(d.LastError));

        await harness.Mail.RestartAsync();

        await Mailbox.WaitForAsync(harness.Mail, members.Count);
        await WaitUntilNothingPendingAsync(harness);
        var mails = await harness.Mail.ReadMessagesAsync();
        Assert.Equal(members.Count, mails.Count);
        Assert.All(members, member => Assert.Equal(1, Mailbox.CountByRecipient(mails).GetValueOrDefault(member.Email)));
    }

    [Fact]
    public async Task An_email_past_its_last_attempt_is_dead_lettered_and_delivered_when_the_secretariat_retries_it()
    {
        await using var harness = await NotificationsHarness.StartAsync(
            infrastructure,
            mail: MailSettings.Defaults with
            {
                MaxAttempts = 3,
            }
        );
        var members = await harness.AddMembersAsync(municipal: 2, hospital: 2);
        await harness.Mail.StopAsync();
        var noticeId = Guid.NewGuid();

        await harness.PublishAsync(SeedNotice.For(Guid.NewGuid(), Audiences.AllMembers), noticeId);
        var secretariat = harness.NotificationsClient(TestIdentity.Secretariat);
        var dead = await Eventually.Get(
            async () =>
                (
                    await secretariat.ListDeliveriesAsync(
                        new ListDeliveriesRequest { Status = DeliveryStatus.DeadLettered }
                    )
                ).Deliveries,
            d => d.Count == 2,
            "both e-mails of the all-members notice to be dead-lettered"
        );
        Assert.All(dead, d => Assert.Equal(3, d.Attempts));
        Assert.All(dead, d => Assert.Equal(noticeId.ToString(), d.NoticeId));

        await harness.Mail.RestartAsync();
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Empty(await harness.Mail.ReadMessagesAsync()); // dead letters wait for a person to decide

        var member = harness.NotificationsClient(TestIdentity.HospitalMember);
        var denied = await Assert.ThrowsAsync<global::Grpc.Core.RpcException>(() =>
            member.RetryDeliveryAsync(new RetryDeliveryRequest { DeliveryId = dead[0].DeliveryId }).ResponseAsync
        );
        Assert.Equal(global::Grpc.Core.StatusCode.PermissionDenied, denied.StatusCode);

        foreach (var delivery in dead)
        {
            var retried = await secretariat.RetryDeliveryAsync(
                new RetryDeliveryRequest { DeliveryId = delivery.DeliveryId }
            );
            Assert.Equal(DeliveryStatus.Pending, retried.Status);
        }
        var again = await Assert.ThrowsAsync<global::Grpc.Core.RpcException>(() =>
            secretariat.RetryDeliveryAsync(new RetryDeliveryRequest { DeliveryId = dead[0].DeliveryId }).ResponseAsync
        );
        Assert.Equal(global::Grpc.Core.StatusCode.FailedPrecondition, again.StatusCode);

        var mails = await Mailbox.WaitForAsync(harness.Mail, 2);
        await WaitUntilNothingPendingAsync(harness);
        mails = await harness.Mail.ReadMessagesAsync();
        Assert.Equal(
            members.Where(m => !m.IsMunicipal).Select(m => m.Email).Order(StringComparer.OrdinalIgnoreCase),
            mails.Select(Mailbox.Recipient).Order(StringComparer.OrdinalIgnoreCase)
        );
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

using Hfi.Notifications.Domain;
using Hfi.ServiceDefaults.Domain;

namespace Hfi.Notifications.Tests.Domain;

public sealed class DeliveryTests
{
    private static readonly DateTimeOffset Now = new(2024, 10, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Recipient Kari = new("m1", "Kari Kommune", "Kari@Hamar.kommune.no", true);
    private static readonly RetryPolicy Policy = new(
        MaxAttempts: 3,
        InitialDelay: TimeSpan.FromSeconds(30),
        MaxDelay: TimeSpan.FromMinutes(1)
    );

    [Fact]
    public void The_idempotency_key_is_the_event_the_recipient_and_the_channel()
    {
        var eventId = Guid.NewGuid();

        var email = Delivery.Create(eventId, Kari, Channel.Email, Now, Now);
        var inApp = Delivery.Create(eventId, Kari, Channel.InApp, Now, Now);

        Assert.Equal($"{eventId:N}:kari@hamar.kommune.no:email", email.IdempotencyKey);
        Assert.Equal($"{eventId:N}:kari@hamar.kommune.no:inapp", inApp.IdempotencyKey);
        Assert.Equal(Delivery.KeyOf(eventId, " KARI@hamar.kommune.no", Channel.Email), email.IdempotencyKey);
    }

    [Fact]
    public void An_in_app_notice_is_delivered_on_creation_and_an_email_waits_for_its_time()
    {
        var inApp = Delivery.Create(Guid.NewGuid(), Kari, Channel.InApp, Now, Now.AddMinutes(2));
        var email = Delivery.Create(Guid.NewGuid(), Kari, Channel.Email, Now, Now.AddMinutes(2));

        Assert.Equal(DeliveryStatus.Delivered, inApp.Status);
        Assert.False(inApp.AwaitsDocument);
        Assert.Equal(DeliveryStatus.Pending, email.Status);
        Assert.Equal(Now.AddMinutes(2), email.NextAttemptAt);
        Assert.True(email.AwaitsDocument);
    }

    [Fact]
    public void Failures_back_off_and_the_last_one_dead_letters()
    {
        var email = Delivery.Create(Guid.NewGuid(), Kari, Channel.Email, Now, Now);

        email.RecordFailure(Now, "Connection refused", Policy);
        Assert.Equal(
            (DeliveryStatus.Pending, 1, Now.AddSeconds(30)),
            (email.Status, email.Attempts, email.NextAttemptAt)
        );
        email.RecordFailure(Now.AddSeconds(30), "Connection refused", Policy);
        Assert.Equal(Now.AddSeconds(90), email.NextAttemptAt);
        email.RecordFailure(Now.AddSeconds(90), "Connection refused", Policy);

        Assert.Equal(DeliveryStatus.DeadLettered, email.Status);
        Assert.Equal(3, email.Attempts);
        Assert.Equal("Connection refused", email.LastError);
    }

    [Fact]
    public void A_refused_address_is_dead_lettered_at_once()
    {
        var email = Delivery.Create(Guid.NewGuid(), Kari, Channel.Email, Now, Now);

        email.RecordFailure(Now, "5.1.1 No such user", Policy, permanent: true);

        Assert.Equal(DeliveryStatus.DeadLettered, email.Status);
    }

    [Fact]
    public void Only_a_dead_letter_can_be_requeued_and_it_gets_a_fresh_round_of_attempts()
    {
        var email = Delivery.Create(Guid.NewGuid(), Kari, Channel.Email, Now, Now);
        Assert.Throws<InvalidStateException>(() => email.Requeue(Now));
        for (var i = 0; i < Policy.MaxAttempts; i++)
            email.RecordFailure(Now, "timeout", Policy);

        email.Requeue(Now.AddHours(1));

        Assert.Equal((DeliveryStatus.Pending, 0, Now.AddHours(1)), (email.Status, email.Attempts, email.NextAttemptAt));
        email.RecordSent(Now.AddHours(1));
        Assert.Equal(DeliveryStatus.Delivered, email.Status);
        Assert.Null(email.LastError);
    }

    [Fact]
    public void A_claim_moves_the_due_time_by_the_lease_and_ends_the_wait_for_the_document()
    {
        var email = Delivery.Create(Guid.NewGuid(), Kari, Channel.Email, Now, Now.AddMinutes(2));

        email.Claim(Now.AddMinutes(2), TimeSpan.FromMinutes(5));

        Assert.Equal(Now.AddMinutes(7), email.NextAttemptAt);
        Assert.False(email.AwaitsDocument);
    }

    [Fact]
    public void Only_an_inbox_item_is_marked_read_and_the_first_reading_counts()
    {
        var email = Delivery.Create(Guid.NewGuid(), Kari, Channel.Email, Now, Now);
        var inApp = Delivery.Create(Guid.NewGuid(), Kari, Channel.InApp, Now, Now);

        Assert.Throws<InvalidStateException>(() => email.MarkRead(Now));
        inApp.MarkRead(Now.AddMinutes(1));
        inApp.MarkRead(Now.AddMinutes(5));
        Assert.Equal(Now.AddMinutes(1), inApp.ReadAt);
    }

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 60)]
    [InlineData(40, 60)]
    public void Backoff_doubles_up_to_the_maximum(int failedAttempts, int expectedSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), Policy.DelayAfter(failedAttempts));
}

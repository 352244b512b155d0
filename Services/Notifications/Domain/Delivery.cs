using Hfi.ServiceDefaults.Domain;

namespace Hfi.Notifications.Domain;

/// <summary>Where a delivery stands (numbers match the proto enum).</summary>
public enum DeliveryStatus
{
    /// <summary>An e-mail waiting for its (next) attempt.</summary>
    Pending = 1,

    /// <summary>The mail server accepted the e-mail, or the notice was placed in the member's inbox.</summary>
    Delivered = 2,

    /// <summary>Every attempt failed; it waits for the secretariat to retry it.</summary>
    DeadLettered = 3,
}

/// <summary>One notice to one recipient on one channel: the unit that is sent, retried and logged.</summary>
public sealed class Delivery
{
    public const int MaxErrorLength = 1000;

    public Guid Id { get; init; }
    public Guid NoticeId { get; init; }

    /// <summary>
    /// Event id + recipient + channel: a second delivery of the same notice to the same person cannot exist.
    /// </summary>
    public required string IdempotencyKey { get; init; }

    public required string MemberId { get; init; }
    public required string RecipientName { get; init; }
    public required string RecipientEmail { get; init; }
    public Channel Channel { get; init; }
    public DeliveryStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When a pending e-mail is due; a dispatcher that claims it moves this forward by its lease.</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>
    /// An e-mail held back until its notice's PDF is published (or the wait is over); released, not claimed.
    /// </summary>
    public bool AwaitsDocument { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public string? LastError { get; private set; }

    /// <summary>In-app only: when the member opened it.</summary>
    public DateTimeOffset? ReadAt { get; private set; }

    public static string KeyOf(Guid eventId, string email, Channel channel) =>
        $"{eventId:N}:{MemberAddress.Normalize(email)}:{channel.ToString().ToLowerInvariant()}";

    /// <summary>
    /// A new delivery. An in-app notice is delivered on creation (it is the inbox item); an e-mail waits until
    /// <paramref name="sendFrom"/> (later than now while the notice's PDF may still be on its way).
    /// </summary>
    public static Delivery Create(
        Guid eventId,
        Recipient recipient,
        Channel channel,
        DateTimeOffset now,
        DateTimeOffset sendFrom
    ) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            NoticeId = eventId,
            IdempotencyKey = KeyOf(eventId, recipient.Email, channel),
            MemberId = recipient.MemberId,
            RecipientName = recipient.Name,
            RecipientEmail = MemberAddress.Normalize(recipient.Email),
            Channel = channel,
            Status = channel == Channel.InApp ? DeliveryStatus.Delivered : DeliveryStatus.Pending,
            CreatedAt = now,
            NextAttemptAt = channel == Channel.InApp ? now : sendFrom,
            AwaitsDocument = channel == Channel.Email && sendFrom > now,
            DeliveredAt = channel == Channel.InApp ? now : null,
        };

    /// <summary>
    /// A dispatcher takes the delivery; should it die, the delivery is due again after <paramref name="lease"/>.
    /// </summary>
    public void Claim(DateTimeOffset now, TimeSpan lease)
    {
        NextAttemptAt = now + lease;
        AwaitsDocument = false;
    }

    public void RecordSent(DateTimeOffset now)
    {
        Attempts++;
        LastAttemptAt = now;
        Status = DeliveryStatus.Delivered;
        DeliveredAt = now;
        LastError = null;
    }

    /// <summary>
    /// Schedules the next attempt with backoff, or dead-letters the delivery after the last one, or at once when
    /// the failure is <paramref name="permanent"/> (the server refused the address: trying again cannot help).
    /// </summary>
    public void RecordFailure(DateTimeOffset now, string error, RetryPolicy policy, bool permanent = false)
    {
        Attempts++;
        LastAttemptAt = now;
        LastError = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        if (permanent || Attempts >= policy.MaxAttempts)
        {
            Status = DeliveryStatus.DeadLettered;
        }
        else
        {
            NextAttemptAt = now + policy.DelayAfter(Attempts);
        }
    }

    /// <summary>The secretariat sends a dead-lettered e-mail again, with a fresh round of attempts.</summary>
    public void Requeue(DateTimeOffset now)
    {
        if (Status != DeliveryStatus.DeadLettered)
        {
            throw new InvalidStateException(
                Reasons.OnlyDeadLetteredIsRetried,
                $"Only a dead-lettered delivery can be retried; this one is {Status.ToString().ToLowerInvariant()}."
            );
        }

        Status = DeliveryStatus.Pending;
        Attempts = 0;
        NextAttemptAt = now;
    }

    public void MarkRead(DateTimeOffset now)
    {
        if (Channel != Channel.InApp)
            throw new InvalidStateException(Reasons.OnlyInboxItemsAreRead, "Only an inbox item can be marked as read.");
        ReadAt ??= now;
    }
}

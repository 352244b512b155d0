using System.Globalization;

namespace Hfi.Notifications.Tests.Support;

/// <summary>
/// The mail settings Notifications runs with in these tests, in one place: the harness's fast defaults, and the
/// few shapes of dispatch the tests ask for (one connection with small claims, patience through an outage), each a
/// variation of them (<c>with { … }</c>).
/// </summary>
public sealed record MailSettings
{
    /// <summary>Fast retries and short timeouts, so a failure shows in seconds; what every harness starts with.</summary>
    public static readonly MailSettings Defaults = new()
    {
        MaxAttempts = 20,
        InitialRetryDelay = TimeSpan.FromMilliseconds(100),
        MaxRetryDelay = TimeSpan.FromMilliseconds(400),
        PollInterval = TimeSpan.FromMilliseconds(50),
        ConnectTimeout = TimeSpan.FromSeconds(2),
        SendTimeout = TimeSpan.FromSeconds(5),
        ClaimLease = TimeSpan.FromSeconds(30),
    };

    /// <summary>
    /// One connection, claims of five: a dispatch slow enough to be interrupted, and instances that take turns at the
    /// same notice's deliveries.
    /// </summary>
    public static readonly MailSettings OneConnectionSmallClaims = Defaults with { Concurrency = 1, BatchSize = 5 };

    /// <summary>The mail server is down for a while: no delivery gives up meanwhile, and each try is short.</summary>
    public static readonly MailSettings ThroughAnOutage = Defaults with
    {
        MaxAttempts = 50,
        InitialRetryDelay = TimeSpan.FromSeconds(1),
        MaxRetryDelay = TimeSpan.FromSeconds(2),
        ConnectTimeout = TimeSpan.FromSeconds(1),
    };

    /// <summary>SMTP connections per instance; null: the service's default.</summary>
    public int? Concurrency { get; init; }

    /// <summary>Deliveries claimed at a time; null: the service's default.</summary>
    public int? BatchSize { get; init; }

    /// <summary>The largest PDF attached to an e-mail, bigger ones are linked; null: the service's default.</summary>
    public int? MaxAttachmentBytes { get; init; }

    public required int MaxAttempts { get; init; }
    public required TimeSpan InitialRetryDelay { get; init; }
    public required TimeSpan MaxRetryDelay { get; init; }
    public required TimeSpan PollInterval { get; init; }
    public required TimeSpan ConnectTimeout { get; init; }
    public required TimeSpan SendTimeout { get; init; }
    public required TimeSpan ClaimLease { get; init; }

    /// <summary>The settings as Notifications' configuration (section <c>Mail</c>), leaving out those not set.</summary>
    public IEnumerable<KeyValuePair<string, string?>> AsConfiguration()
    {
        var values = new (string Key, object? Value)[]
        {
            ("Concurrency", Concurrency),
            ("BatchSize", BatchSize),
            ("MaxAttachmentBytes", MaxAttachmentBytes),
            ("MaxAttempts", MaxAttempts),
            ("InitialRetryDelay", InitialRetryDelay),
            ("MaxRetryDelay", MaxRetryDelay),
            ("PollInterval", PollInterval),
            ("ConnectTimeout", ConnectTimeout),
            ("SendTimeout", SendTimeout),
            ("ClaimLease", ClaimLease),
        };
        return values
            .Where(v => v.Value is not null)
            .Select(v =>
                KeyValuePair.Create(
                    $"Mail:{v.Key}",
                    v.Value is TimeSpan span
                        ? span.ToString("c", CultureInfo.InvariantCulture)
                        : Convert.ToString(v.Value, CultureInfo.InvariantCulture)
                )
            );
    }
}

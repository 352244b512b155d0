using System.ComponentModel.DataAnnotations;
using Hfi.Notifications.Domain;
using Hfi.ServiceDefaults;

namespace Hfi.Notifications.Extensions;

/// <summary>
/// The mail server and how e-mail is dispatched. The server comes from the connection string
/// <see cref="ConnectionName"/> ("smtp://host:port", "smtps://user:password@host:465", or Aspire's
/// "Endpoint=smtp://host:port");
/// everything else from the "Mail" section.
/// </summary>
public sealed class MailOptions : IValidatableObject
{
    public const string SectionName = "Mail";
    public const string ConnectionName = ResourceNames.Mail;

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    /// <summary>TLS from the first byte (smtps://); otherwise STARTTLS is used when the server offers it.</summary>
    public bool UseSsl { get; set; }

    public string? UserName { get; set; }
    public string? Password { get; set; }

    [Required, EmailAddress]
    public string FromAddress { get; set; } = string.Empty;

    [Required, StringLength(200)]
    public string SenderName { get; set; } = string.Empty;

    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one SMTP command (a message's upload included) may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Attempts per e-mail before it is dead-lettered.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 8;

    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// E-mails one dispatcher claims at a time. Between batches every connection waits for the next claim, so a
    /// large notice goes faster in large batches (bench/Hfi.Notifications.Bench: 100 → 500 gave about +50 %).
    /// </summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>
    /// SMTP connections used in parallel (kept open while e-mails are due). Each waits for the server's answer and for
    /// its outcome to be saved before its next e-mail, so more connections send more per second (8 → 16: about +35 %
    /// in bench/Hfi.Notifications.Bench, and less CPU per e-mail, as more outcomes share a commit); it is also how
    /// many e-mails a killed instance can leave sent but unrecorded (sent again after the lease). Mail servers limit
    /// connections per client, commonly to some tens (Postfix: 50).
    /// </summary>
    [Range(1, 32)]
    public int Concurrency { get; set; } = 16;

    /// <summary>
    /// A claimed e-mail that its dispatcher neither sent nor released (the process died) is due again after this.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(5);

    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The largest notice PDF attached to e-mails; a larger one is linked instead. 0 links always. Mail servers
    /// commonly refuse messages over 10–25 MB, and attachments grow by a third in transit.
    /// </summary>
    [Range(0, 20 * 1024 * 1024)]
    public int MaxAttachmentBytes { get; set; } = 5 * 1024 * 1024;

    public RetryPolicy RetryPolicy => new(MaxAttempts, InitialRetryDelay, MaxRetryDelay);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Host))
        {
            yield return new ValidationResult(
                $"No mail server: set ConnectionStrings__{ConnectionName}, e.g. smtp://127.0.0.1:2525 (the AppHost does this).",
                [nameof(Host)]
            );
        }

        if (MaxRetryDelay < InitialRetryDelay)
        {
            yield return new ValidationResult(
                "Mail:MaxRetryDelay must not be shorter than Mail:InitialRetryDelay.",
                [nameof(MaxRetryDelay)]
            );
        }

        if (ClaimLease <= SendTimeout + ConnectTimeout)
        {
            yield return new ValidationResult(
                "Mail:ClaimLease must be longer than Mail:ConnectTimeout + Mail:SendTimeout, or a slow send would be taken over and sent twice.",
                [nameof(ClaimLease)]
            );
        }
    }

    /// <summary>Applies the server of a connection string; throws naming what is wrong with it.</summary>
    public void ApplyConnectionString(string connectionString)
    {
        var text = connectionString.Trim();
        if (text.StartsWith("Endpoint=", StringComparison.OrdinalIgnoreCase))
            text = text["Endpoint=".Length..];
        if (
            !Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("smtp" or "smtps")
            || uri.Host.Length == 0
        )
        {
            throw new InvalidOperationException(
                $"ConnectionStrings__{ConnectionName} must be smtp://host:port or smtps://host:port (got '{connectionString}')."
            );
        }

        Host = uri.Host;
        UseSsl = uri.Scheme == "smtps";
        Port = uri.IsDefaultPort || uri.Port < 0 ? (UseSsl ? 465 : 25) : uri.Port;
        if (uri.UserInfo.Length > 0)
        {
            var separator = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            UserName = Uri.UnescapeDataString(separator < 0 ? uri.UserInfo : uri.UserInfo[..separator]);
            Password = separator < 0 ? null : Uri.UnescapeDataString(uri.UserInfo[(separator + 1)..]);
        }
    }
}

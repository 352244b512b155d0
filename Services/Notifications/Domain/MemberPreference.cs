namespace Hfi.Notifications.Domain;

/// <summary>
/// A member's choice of channels, keyed by their e-mail address (one person may sit in several arenas).
/// </summary>
public sealed class MemberPreference
{
    public required string Email { get; init; }
    public ChannelPreference Channels { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public static MemberPreference Chosen(string email, ChannelPreference channels, DateTimeOffset now) =>
        new()
        {
            Email = email,
            Channels = channels,
            UpdatedAt = now,
        };

    public void Change(ChannelPreference channels, DateTimeOffset now)
    {
        Channels = channels;
        UpdatedAt = now;
    }
}

namespace Hfi.Notifications.Domain;

/// <summary>How a notice reaches a member (numbers match the proto enum).</summary>
public enum Channel
{
    Email = 1,
    InApp = 2,
}

/// <summary>The channels a member wants notices on; members who chose nothing get both.</summary>
[Flags]
public enum ChannelPreference
{
    Email = 1,
    InApp = 2,
    Both = Email | InApp,
}

public static class ChannelPreferences
{
    public static IReadOnlyList<Channel> Channels(this ChannelPreference preference) =>
    [
        .. preference.HasFlag(ChannelPreference.Email) ? [Channel.Email] : Array.Empty<Channel>(),
        .. preference.HasFlag(ChannelPreference.InApp) ? [Channel.InApp] : Array.Empty<Channel>(),
    ];
}

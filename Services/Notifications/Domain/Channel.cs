using Hfi.ServiceDefaults.Domain;

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
    /// <summary>
    /// The channels a member chose; official notices must reach them, so a choice of none is refused.
    /// </summary>
    public static ChannelPreference Chosen(bool email, bool inApp) =>
        email || inApp
            ? (email ? ChannelPreference.Email : 0) | (inApp ? ChannelPreference.InApp : 0)
            : throw new ValidationFailedException(
                "email",
                Reasons.ChannelRequired,
                "Choose at least one channel (e-mail, in-app or both): official notices must reach you."
            );

    public static IReadOnlyList<Channel> Channels(this ChannelPreference preference) =>
        [
            .. preference.HasFlag(ChannelPreference.Email) ? [Channel.Email] : Array.Empty<Channel>(),
            .. preference.HasFlag(ChannelPreference.InApp) ? [Channel.InApp] : Array.Empty<Channel>(),
        ];
}

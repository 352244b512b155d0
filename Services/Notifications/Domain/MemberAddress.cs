namespace Hfi.Notifications.Domain;

/// <summary>
/// E-mail addresses compared as one: members and tokens are matched on the lower-cased, trimmed address.
/// </summary>
public static class MemberAddress
{
    public static string Normalize(string email) => email.Trim().ToLowerInvariant();
}

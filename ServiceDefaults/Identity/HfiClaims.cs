namespace Hfi.ServiceDefaults.Identity;

/// <summary>The claims an Hfi token carries and the values they take.</summary>
public static class HfiClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Email = "email";
    public const string Role = "role";
    public const string PartnerKind = "partner_kind";
    public const string Partner = "partner";
}

public static class HfiRoles
{
    public const string Secretariat = "secretariat";
    public const string Member = "member";
    public const string Observer = "observer";
    public const string Admin = "admin";

    /// <summary>Another service calling as itself (outside any user's request), with a short-lived token.</summary>
    public const string Service = "service";
}

public static class PartnerKinds
{
    public const string Municipal = "municipal";
    public const string Hospital = "hospital";
}

public static class HfiPolicies
{
    /// <summary>Plans, meetings and documents are edited by the secretariat (and administrators).</summary>
    public const string Secretariat = "secretariat";

    /// <summary>Any signed-in caller.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>
    /// Someone with a seat: members (and the secretariat on their behalf). An observer (observatør) follows the
    /// meetings but has no seat, so reports no absence, gives no proxy and answers no substitute request.
    /// </summary>
    public const string Member = "member";
}

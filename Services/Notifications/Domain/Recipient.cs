namespace Hfi.Notifications.Domain;

/// <summary>An arena member as Planning lists them, reduced to what a notice needs.</summary>
public sealed record Recipient(string MemberId, string Name, string Email, bool IsMunicipalRepresentative);

namespace Hfi.Notifications.Domain;

/// <summary>An arena member as Planning lists them, reduced to what a notice needs.</summary>
/// <param name="IsSubstitute">A substitute (vara): told about a meeting only once summoned to it.</param>
public sealed record Recipient(
    string MemberId,
    string Name,
    string Email,
    bool IsMunicipalRepresentative,
    bool IsSubstitute = false
);

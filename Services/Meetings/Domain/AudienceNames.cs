namespace Hfi.Meetings.Domain;

/// <summary>
/// Who may see an agenda item, a notice or minutes. The names are those the integration events carry
/// (the contracts' Audiences), so the translator passes them on unchanged; a unit test holds the two equal.
/// </summary>
public static class AudienceNames
{
    /// <summary>Every member of the arena (and, for public records, anyone).</summary>
    public const string AllMembers = "all-members";

    /// <summary>Municipal representatives only ("Sak kun for kommunale representanter").</summary>
    public const string MunicipalRepresentatives = "municipal-representatives";
}

namespace Hfi.Contracts;

/// <summary>Who may see an agenda item, an attachment, a notice or minutes.</summary>
public static class Audiences
{
    /// <summary>Every member of the arena (and, for public records, anyone).</summary>
    public const string AllMembers = "all-members";

    /// <summary>Municipal representatives only ("Sak kun for kommunale representanter").</summary>
    public const string MunicipalRepresentatives = "municipal-representatives";
}

namespace Hfi.ServiceDefaults.Domain;

/// <summary>
/// Who may see an agenda item, an attachment, a notice or minutes: the partnership's vocabulary, shared by every
/// service's domain and carried unchanged by the integration events' <c>Audience</c> fields.
/// </summary>
public static class Audiences
{
    /// <summary>Every member of the arena (and, for public records, anyone).</summary>
    public const string AllMembers = "all-members";

    /// <summary>Municipal representatives only ("Sak kun for kommunale representanter").</summary>
    public const string MunicipalRepresentatives = "municipal-representatives";
}

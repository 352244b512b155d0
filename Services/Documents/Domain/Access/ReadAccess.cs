using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Identity;

namespace Hfi.Documents.Domain.Access;

public enum ReadVerdict
{
    Allowed,

    /// <summary>Anonymous, and the document is not open to the public: 401.</summary>
    SignInRequired,

    /// <summary>Signed in, but outside the document's audience: 403.</summary>
    OutsideAudience,
}

/// <summary>Who may read a document: the rule every read in this service goes through.</summary>
public static class ReadAccess
{
    public static ReadVerdict Check(Caller caller, string audience, PublicAccess publicAccess)
    {
        if (caller.IsSecretariat)
            return ReadVerdict.Allowed;

        if (audience == Audiences.AllMembers)
        {
            return caller.IsAuthenticated || publicAccess.IsPublic ? ReadVerdict.Allowed : ReadVerdict.SignInRequired;
        }

        // Any audience narrower than all members; an unknown one is treated as the narrowest.
        if (!caller.IsAuthenticated)
            return ReadVerdict.SignInRequired;
        return audience == Audiences.MunicipalRepresentatives && caller.IsMunicipal
            ? ReadVerdict.Allowed
            : ReadVerdict.OutsideAudience;
    }

    /// <summary>
    /// Whether an item for <paramref name="itemAudience"/> belongs in a document for
    /// <paramref name="documentAudience"/>.
    /// </summary>
    public static bool Includes(string documentAudience, string itemAudience) =>
        itemAudience == Audiences.AllMembers || itemAudience == documentAudience;
}

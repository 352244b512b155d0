using Hfi.Contracts;

namespace Hfi.Notifications.Domain;

/// <summary>Who among an arena's members receives a notice with a given audience.</summary>
public enum AudienceRule
{
    /// <summary>
    /// The event is published once per audience (notice, minutes): the municipal version goes to municipal
    /// representatives and the all-members version to everyone else, so each member receives exactly one.
    /// </summary>
    OneVersionPerMember,

    /// <summary>The event is published once: its audience is who may see it (all members, or municipal representatives only).</summary>
    WhoMaySee,
}

public static class RecipientSelection
{
    /// <summary>The members who receive a notice, one per e-mail address.</summary>
    public static IReadOnlyList<Recipient> Select(IEnumerable<Recipient> members, string audience, AudienceRule rule)
    {
        var municipalAudience = audience switch
        {
            Audiences.MunicipalRepresentatives => true,
            Audiences.AllMembers => false,
            _ => throw new ArgumentException($"Unknown audience '{audience}'.", nameof(audience)),
        };

        return members
            .Where(member => municipalAudience
                ? member.IsMunicipalRepresentative
                : rule == AudienceRule.WhoMaySee || !member.IsMunicipalRepresentative)
            .DistinctBy(member => MemberAddress.Normalize(member.Email))
            .ToList();
    }
}

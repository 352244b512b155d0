using Hfi.ServiceDefaults.Domain;

namespace Hfi.Notifications.Domain;

/// <summary>Who among an arena's members receives a notice with a given audience.</summary>
public enum AudienceRule
{
    /// <summary>
    /// The event is published once per audience (notice, minutes): the municipal version goes to municipal
    /// representatives and the all-members version to everyone else, so each member receives exactly one.
    /// </summary>
    OneVersionPerMember,

    /// <summary>
    /// The event is published once: its audience is who may see it (all members, or municipal representatives only).
    /// </summary>
    WhoMaySee,
}

public static class RecipientSelection
{
    /// <summary>
    /// The members who receive a notice, one per e-mail address. Substitutes (vara) are not called before they are
    /// asked: only those in <paramref name="summonedSubstitutes"/> (member ids) receive what goes to the members.
    /// </summary>
    public static IReadOnlyList<Recipient> Select(
        IEnumerable<Recipient> members,
        string audience,
        AudienceRule rule,
        IReadOnlySet<string>? summonedSubstitutes = null
    )
    {
        var municipalAudience = audience switch
        {
            Audiences.MunicipalRepresentatives => true,
            Audiences.AllMembers => false,
            _ => throw new ArgumentException($"Unknown audience '{audience}'.", nameof(audience)),
        };

        return members
            .Where(member => !member.IsSubstitute || summonedSubstitutes?.Contains(member.MemberId) == true)
            .Where(member =>
                municipalAudience
                    ? member.IsMunicipalRepresentative
                    : rule == AudienceRule.WhoMaySee || !member.IsMunicipalRepresentative
            )
            .DistinctBy(member => MemberAddress.Normalize(member.Email))
            .ToList();
    }

    /// <summary>
    /// The substitutes summoned to a meeting and not released since, from the meeting's substitute notices in the
    /// order they happened.
    /// </summary>
    public static IReadOnlySet<string> Summoned(
        IEnumerable<(NoticeKind Kind, string MemberId, DateTimeOffset OccurredAt)> substituteNotices
    ) =>
        substituteNotices
            .GroupBy(n => n.MemberId)
            .Where(member => member.MaxBy(n => n.OccurredAt).Kind == NoticeKind.SubstituteSummoned)
            .Select(member => member.Key)
            .ToHashSet();
}

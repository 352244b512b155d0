using Hfi.ServiceDefaults.Domain;

namespace Hfi.Meetings.Domain;

/// <summary>A member of the arena as Planning knows them on the meeting's date.</summary>
public sealed record MemberInfo
{
    public required string MemberId { get; init; }
    public required string Name { get; init; }
    public string? Email { get; init; }
    public string? PartnerName { get; init; }

    /// <summary>"municipal", "hospital", or null for observers and the secretariat.</summary>
    public string? PartnerKind { get; init; }
    public bool HasVotingRight { get; init; }

    /// <summary>
    /// Set for a substitute (vara): the member they stand in for, and their place in the order they are asked.
    /// </summary>
    public string? SubstituteForMemberId { get; init; }
    public int SubstituteRank { get; init; }

    public bool IsSubstitute => SubstituteForMemberId is not null;
}

/// <summary>
/// The arena's members on the meeting's date: who holds a seat, who votes, whom to ask as substitutes.
/// </summary>
public sealed class ArenaRoster(IEnumerable<MemberInfo> _members)
{
    private readonly List<MemberInfo> _members = [.. _members];

    public IReadOnlyList<MemberInfo> Members => _members;

    public MemberInfo Find(string? memberId, string field) =>
        _members.SingleOrDefault(m => m.MemberId == memberId)
        ?? throw new ValidationFailedException(
            field,
            Reasons.NotAMemberOfArena,
            $"'{memberId}' is not a member of the arena on the meeting's date."
        );

    /// <summary>
    /// The member a signed-in caller is: Planning registers members by e-mail, so the token's e-mail matches (in any
    /// case), and so does a subject that is the member id. A person who both holds a seat and stands in as a substitute
    /// is taken as the seat holder. Null when the caller is no member of the arena.
    /// </summary>
    /// <summary>
    /// The arena member a signed-in caller is (see <see cref="FindCaller"/>); refused for anyone else.
    /// </summary>
    public MemberInfo RequireCaller(string? subject, string? email) =>
        FindCaller(subject, email)
        ?? throw new PermissionDeniedException(
            Reasons.NotMemberOfArena,
            "You are not a member of this meeting's arena on its date; members are known by the e-mail address the secretariat registered."
        );

    public MemberInfo? FindCaller(string? subject, string? email) =>
        _members
            .Where(m =>
                (subject is not null && m.MemberId == subject)
                || (
                    !string.IsNullOrWhiteSpace(email)
                    && string.Equals(m.Email, email.Trim(), StringComparison.OrdinalIgnoreCase)
                )
            )
            .OrderBy(m => m.IsSubstitute)
            .FirstOrDefault();

    /// <summary>
    /// Members of <paramref name="body"/> who hold a seat with a vote (substitutes hold none of their own).
    /// </summary>
    public int VotingSeatsIn(VotingBody body) =>
        _members.Count(m => m.HasVotingRight && !m.IsSubstitute && body.Includes(m.PartnerKind));

    public IEnumerable<MemberInfo> SubstitutesFor(string memberId) =>
        _members
            .Where(m => m.SubstituteForMemberId == memberId)
            .OrderBy(m => m.SubstituteRank)
            .ThenBy(m => m.Name, StringComparer.Ordinal);
}

using DomainMemberKind = Hfi.Planning.Domain.Members.MemberKind;
using DomainMemberRole = Hfi.Planning.Domain.Members.MemberRole;
using NewArenaMember = Hfi.Planning.Domain.Members.NewArenaMember;

namespace Hfi.Planning.Api;

/// <summary>
/// What adding a member and correcting one both say of the member, read into the domain in one place.
/// </summary>
public interface IMemberFields
{
    string PersonName { get; }
    string Email { get; }
    string PartnerId { get; }
    MemberKind Kind { get; }
    MemberRole Role { get; }
    bool HasVotingRight { get; }
    string TermFrom { get; }
    string TermTo { get; }
    string SubstituteForMemberId { get; }
    int SubstituteRank { get; }
}

public sealed partial class AddArenaMemberRequest : IMemberFields;

public sealed partial class UpdateArenaMemberRequest : IMemberFields;

internal static class MemberFields
{
    public static NewArenaMember ToNewArenaMember(this IMemberFields request) =>
        new(
            request.PersonName,
            request.Email,
            request.PartnerId,
            (DomainMemberKind)request.Kind,
            (DomainMemberRole)request.Role,
            request.HasVotingRight,
            request.TermFrom,
            request.TermTo,
            request.SubstituteForMemberId,
            request.SubstituteRank
        );
}

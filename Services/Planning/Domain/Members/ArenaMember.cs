using System.Net.Mail;
using Hfi.ServiceDefaults.Domain;

namespace Hfi.Planning.Domain.Members;

/// <summary>What the secretariat enters to add a person to an arena, as it arrives (not yet validated).</summary>
public sealed record NewArenaMember(
    string? PersonName,
    string? Email,
    string? PartnerId,
    MemberKind Kind,
    MemberRole Role,
    bool HasVotingRight,
    string? TermFrom,
    string? TermTo,
    string? SubstituteForMemberId,
    int SubstituteRank
);

/// <summary>A person's seat in an arena for a term: whom they represent, their role, and whether they vote.</summary>
public sealed class ArenaMember
{
    public const int MaxNameLength = 200;
    public const int MaxEmailLength = 320;

    public Guid Id { get; init; }
    public required string ArenaId { get; init; }
    public required string PersonName { get; init; }
    public required string Email { get; init; }
    public string? PartnerId { get; init; }
    public MemberKind Kind { get; init; }
    public MemberRole Role { get; init; }
    public bool HasVotingRight { get; init; }
    public DateOnly TermFrom { get; init; }
    public DateOnly? TermTo { get; init; }
    public Guid? SubstituteForMemberId { get; init; }
    public int? SubstituteRank { get; init; }

    public Term Term => new(TermFrom, TermTo);

    /// <summary>
    /// Validates a new member against the partners and the arena's current members, naming every broken rule.
    /// </summary>
    public static ArenaMember Create(
        Guid id,
        string arenaId,
        NewArenaMember input,
        IReadOnlyCollection<Partner> partners,
        IReadOnlyCollection<ArenaMember> arenaMembers
    )
    {
        var errors = new List<FieldError>();
        var name = input.PersonName?.Trim() ?? string.Empty;
        if (name.Length == 0)
            errors.Add(new("person_name", Reasons.MemberNameMissing, "Give the member's name."));
        else if (name.Length > MaxNameLength)
            errors.Add(new("person_name", Reasons.AtMost(MaxNameLength), $"At most {MaxNameLength} characters."));

        var email = input.Email?.Trim() ?? string.Empty;
        if (!IsEmailAddress(email))
        {
            errors.Add(
                new(
                    "email",
                    Reasons.EmailInvalid,
                    $"'{email}' is not an e-mail address such as ola.nordmann@hamar.kommune.no."
                )
            );
        }

        var kindKnown = Enum.IsDefined(input.Kind);
        var roleKnown = Enum.IsDefined(input.Role);
        if (!kindKnown)
        {
            errors.Add(
                new(
                    "kind",
                    Reasons.MemberKindMissing,
                    "Choose the member's kind: municipal or hospital representative, observer or secretariat."
                )
            );
        }

        if (!roleKnown)
        {
            errors.Add(
                new(
                    "role",
                    Reasons.MemberRoleMissing,
                    "Choose the member's role: leader, deputy leader, member, observer or substitute."
                )
            );
        }

        var partner = CheckPartner(input, partners, errors);
        if (kindKnown && roleKnown)
            CheckKindAndRole(input, errors);

        var term = CheckTerm(input, errors);
        var principal = CheckSubstitute(input, partner, term, arenaMembers, errors);
        if (term is { } t && email.Length > 0)
            CheckNoOverlap(input, email, t, arenaMembers, errors);

        if (errors.Count > 0)
            throw new ValidationFailedException(errors);
        return new ArenaMember
        {
            Id = id,
            ArenaId = arenaId,
            PersonName = name,
            Email = email,
            PartnerId = partner?.Id,
            Kind = input.Kind,
            Role = input.Role,
            HasVotingRight = input.HasVotingRight,
            TermFrom = term!.Value.From,
            TermTo = term.Value.To,
            SubstituteForMemberId = principal?.Id,
            SubstituteRank = principal is null ? null : input.SubstituteRank,
        };
    }

    /// <summary>
    /// The seat as corrected: the rules of a new member, checked against the arena's other members. A member whom
    /// substitutes stand in for stays a member of the same side and partner as they are, or the vara order breaks.
    /// </summary>
    public ArenaMember Corrected(
        NewArenaMember input,
        IReadOnlyCollection<Partner> partners,
        IReadOnlyCollection<ArenaMember> arenaMembers
    )
    {
        var others = arenaMembers.Where(m => m.Id != Id).ToList();
        var substitutes = others.Where(m => m.SubstituteForMemberId == Id).ToList();
        if (input.Role == MemberRole.Substitute && substitutes.Count > 0)
        {
            throw new ValidationFailedException(
                "role",
                Reasons.SubstituteHasSubstitutes,
                $"{PersonName} has substitutes of their own and cannot become a substitute; move them first."
            );
        }

        var corrected = Create(Id, ArenaId, input, partners, others);
        if (substitutes.Any(m => m.Kind != corrected.Kind || m.PartnerId != corrected.PartnerId))
        {
            throw new ValidationFailedException(
                "partner_id",
                Reasons.SubstitutesKeepPartner,
                $"The substitutes of {PersonName} represent the same side and partner; change or end their seats first."
            );
        }

        return corrected;
    }

    /// <summary>
    /// The seat with its term ending on <paramref name="lastDay"/> (yyyy-MM-dd), which cannot be before it began.
    /// </summary>
    public ArenaMember EndedOn(string? lastDay)
    {
        if (!IsoDate.TryParse(lastDay, out var to))
        {
            throw new ValidationFailedException(
                "term_to",
                Reasons.DateFormat,
                $"Give the last day of the term as yyyy-MM-dd (got '{lastDay}')."
            );
        }

        return EndedOn(to);
    }

    public ArenaMember EndedOn(DateOnly lastDay)
    {
        if (lastDay < TermFrom)
        {
            throw new ValidationFailedException(
                "term_to",
                Reasons.TermEndsBeforeStart,
                $"The term cannot end ({IsoDate.Write(lastDay)}) before it starts ({IsoDate.Write(TermFrom)})."
            );
        }

        return new ArenaMember
        {
            Id = Id,
            ArenaId = ArenaId,
            PersonName = PersonName,
            Email = Email,
            PartnerId = PartnerId,
            Kind = Kind,
            Role = Role,
            HasVotingRight = HasVotingRight,
            TermFrom = TermFrom,
            TermTo = lastDay,
            SubstituteForMemberId = SubstituteForMemberId,
            SubstituteRank = SubstituteRank,
        };
    }

    /// <summary>
    /// Whether a substitute must leave with the member whose seat ends on <paramref name="lastDay"/>.
    /// </summary>
    public bool OutlastsSeatEndingOn(DateOnly lastDay) => TermTo is null || TermTo > lastDay;

    /// <summary>
    /// A substitute stands in for one seat only: this substitute's seat when <paramref name="seat"/> ends, or null
    /// when their term ends by then anyway. One who had not begun by then leaves on their first day.
    /// </summary>
    public ArenaMember? LeavingWith(ArenaMember seat)
    {
        if (SubstituteForMemberId != seat.Id || seat.TermTo is not { } lastDay || !OutlastsSeatEndingOn(lastDay))
            return null;
        return EndedOn(TermFrom > lastDay ? TermFrom : lastDay);
    }

    private static bool IsEmailAddress(string text) =>
        text.Length is > 0 and <= MaxEmailLength
        && MailAddress.TryCreate(text, out var address)
        && address.Address == text
        && address.Host.Contains('.', StringComparison.Ordinal)
        && !address.Host.EndsWith('.');

    private static Partner? CheckPartner(
        NewArenaMember input,
        IReadOnlyCollection<Partner> partners,
        List<FieldError> errors
    )
    {
        var partnerId = input.PartnerId?.Trim();
        var representative = input.Kind is MemberKind.MunicipalRepresentative or MemberKind.HospitalRepresentative;
        if (string.IsNullOrEmpty(partnerId))
        {
            if (representative)
            {
                errors.Add(
                    new(
                        "partner_id",
                        Reasons.PartnerMissing,
                        "A representative represents a partner: give the municipality or Sykehuset Innlandet."
                    )
                );
            }

            return null;
        }

        var partner = partners.FirstOrDefault(p => p.Id == partnerId);
        if (partner is null)
        {
            errors.Add(new("partner_id", Reasons.PartnerNotFound, $"Unknown partner '{partnerId}'."));
            return null;
        }
        if (input.Kind == MemberKind.MunicipalRepresentative && partner.Kind != PartnerKind.Municipality)
        {
            errors.Add(
                new(
                    "partner_id",
                    Reasons.MunicipalRepresentsMunicipality,
                    $"A municipal representative represents a municipality, not {partner.Name}."
                )
            );
        }

        if (input.Kind == MemberKind.HospitalRepresentative && partner.Kind != PartnerKind.Hospital)
        {
            errors.Add(
                new(
                    "partner_id",
                    Reasons.HospitalRepresentsHospital,
                    $"A hospital representative represents Sykehuset Innlandet, not {partner.Name}."
                )
            );
        }

        return partner;
    }

    private static void CheckKindAndRole(NewArenaMember input, List<FieldError> errors)
    {
        if (input.Role == MemberRole.Observer && input.Kind != MemberKind.Observer)
            errors.Add(new("role", Reasons.ObserverRoleForObservers, "Only an observer has the observer role."));
        if (input.Kind == MemberKind.Observer && input.Role is not (MemberRole.Observer or MemberRole.Substitute))
        {
            errors.Add(
                new(
                    "role",
                    Reasons.ObserverTakesObserverRole,
                    "An observer takes the observer role (or stands in for another observer)."
                )
            );
        }

        if (input.HasVotingRight && input.Kind is MemberKind.Observer or MemberKind.Secretariat)
        {
            errors.Add(
                new(
                    "has_voting_right",
                    Reasons.ObserversDoNotVote,
                    "Observers and the secretariat have the right to speak, not to vote."
                )
            );
        }
    }

    private static Term? CheckTerm(NewArenaMember input, List<FieldError> errors)
    {
        if (!IsoDate.TryParse(input.TermFrom, out var from))
        {
            errors.Add(
                new(
                    "term_from",
                    Reasons.DateFormat,
                    $"Give the first day of the term as yyyy-MM-dd (got '{input.TermFrom}')."
                )
            );
            return null;
        }
        if (string.IsNullOrWhiteSpace(input.TermTo))
            return new Term(from, null);
        if (!IsoDate.TryParse(input.TermTo, out var to))
        {
            errors.Add(
                new(
                    "term_to",
                    Reasons.DateFormat,
                    $"Give the last day of the term as yyyy-MM-dd, or leave it empty (got '{input.TermTo}')."
                )
            );
            return null;
        }
        if (to < from)
        {
            errors.Add(
                new(
                    "term_to",
                    Reasons.TermEndsBeforeStart,
                    $"The term cannot end ({IsoDate.Write(to)}) before it starts ({IsoDate.Write(from)})."
                )
            );
            return null;
        }
        return new Term(from, to);
    }

    private static ArenaMember? CheckSubstitute(
        NewArenaMember input,
        Partner? partner,
        Term? term,
        IReadOnlyCollection<ArenaMember> arenaMembers,
        List<FieldError> errors
    )
    {
        var principalText = input.SubstituteForMemberId?.Trim();
        if (input.Role != MemberRole.Substitute)
        {
            if (!string.IsNullOrEmpty(principalText))
            {
                errors.Add(
                    new(
                        "substitute_for_member_id",
                        Reasons.OnlySubstituteStandsIn,
                        "Only a substitute (vara) stands in for another member; set the role to substitute."
                    )
                );
            }

            if (input.SubstituteRank != 0)
            {
                errors.Add(
                    new("substitute_rank", Reasons.OnlySubstituteHasRank, "Only a substitute (vara) has a rank.")
                );
            }

            return null;
        }

        if (input.SubstituteRank < 1)
        {
            errors.Add(
                new("substitute_rank", Reasons.SubstituteRankMissing, "Give the substitute's rank: 1 is asked first.")
            );
        }

        if (string.IsNullOrEmpty(principalText))
        {
            errors.Add(
                new(
                    "substitute_for_member_id",
                    Reasons.SubstitutePrincipalMissing,
                    "Name the member this substitute stands in for."
                )
            );
            return null;
        }

        var principal = Guid.TryParse(principalText, out var principalId)
            ? arenaMembers.FirstOrDefault(m => m.Id == principalId)
            : null;
        if (principal is null)
        {
            errors.Add(
                new(
                    "substitute_for_member_id",
                    Reasons.NotAMemberOfArena,
                    $"'{principalText}' is not a member of this arena."
                )
            );
            return null;
        }
        if (principal.Role == MemberRole.Substitute)
        {
            errors.Add(
                new(
                    "substitute_for_member_id",
                    Reasons.PrincipalIsSubstitute,
                    $"{principal.PersonName} is a substitute; name the member they stand in for."
                )
            );
        }

        if (principal.Kind != input.Kind)
        {
            errors.Add(
                new(
                    "kind",
                    Reasons.SubstituteSameSide,
                    $"A substitute sits for the same side as {principal.PersonName} ({principal.Kind})."
                )
            );
        }

        if (partner is not null && principal.PartnerId is not null && partner.Id != principal.PartnerId)
        {
            errors.Add(
                new(
                    "partner_id",
                    Reasons.SubstituteSamePartner,
                    $"A substitute represents the same partner as {principal.PersonName} ('{principal.PartnerId}')."
                )
            );
        }

        if (
            term is { } t
            && input.SubstituteRank >= 1
            && arenaMembers.Any(m =>
                m.SubstituteForMemberId == principal.Id
                && m.SubstituteRank == input.SubstituteRank
                && m.Term.Overlaps(t)
            )
        )
        {
            errors.Add(
                new(
                    "substitute_rank",
                    Reasons.SubstituteRankTaken,
                    $"{principal.PersonName} already has a substitute with rank {input.SubstituteRank} in that term."
                )
            );
        }

        return principal;
    }

    private static void CheckNoOverlap(
        NewArenaMember input,
        string email,
        Term term,
        IReadOnlyCollection<ArenaMember> arenaMembers,
        List<FieldError> errors
    )
    {
        var sameTerm = arenaMembers.Where(m => m.Term.Overlaps(term)).ToList();
        if (sameTerm.FirstOrDefault(m => string.Equals(m.Email, email, StringComparison.OrdinalIgnoreCase)) is { } twin)
        {
            errors.Add(
                new(
                    "email",
                    Reasons.MemberAlreadySits,
                    $"{twin.PersonName} <{twin.Email}> already sits in this arena for an overlapping term."
                )
            );
        }

        if (
            input.Role is MemberRole.Leader or MemberRole.DeputyLeader
            && sameTerm.FirstOrDefault(m => m.Role == input.Role) is { } holder
        )
        {
            errors.Add(
                new("role", Reasons.RoleTaken, $"{holder.PersonName} already holds that role for an overlapping term.")
            );
        }
    }
}

using Hfi.Documents.Domain.Access;
using Hfi.ServiceDefaults.Domain;

namespace Hfi.Documents.Domain;

/// <summary>
/// A meeting as Meetings last told it (MeetingCasesChanged): it exists, and each case has an audience its
/// attachments stay within.
/// </summary>
public sealed class MeetingCases
{
    public Guid MeetingId { get; init; }
    public required string ArenaId { get; set; }
    public DateTimeOffset AsOf { get; set; }
    public List<CaseAudience> Cases { get; set; } = [];

    public string? AudienceOf(string? caseNumber) => Cases.SingleOrDefault(c => c.CaseNumber == caseNumber)?.Audience;

    /// <summary>
    /// The audience of an attachment of <paramref name="caseNumber"/>: one left open inherits the case's; one wider
    /// than its case is refused. Without a case the requested audience, or all members.
    /// </summary>
    public string AudienceFor(string? caseNumber, string? requested)
    {
        if (caseNumber is null)
            return requested ?? Audiences.AllMembers;
        var caseAudience =
            AudienceOf(caseNumber)
            ?? throw new ValidationFailedException(
                AttachmentMetadata.CaseNumberField,
                Reasons.CaseNotOnAgenda(caseNumber),
                $"Sak {caseNumber} is not on the meeting's agenda."
            );
        if (requested is null)
            return caseAudience;
        if (IsWider(requested, caseAudience))
        {
            throw new ValidationFailedException(
                AttachmentMetadata.AudienceField,
                Reasons.AttachmentWiderThanCase(caseNumber),
                $"Sak {caseNumber} is for '{caseAudience}' only; its attachment cannot be for '{requested}'."
            );
        }

        return requested;
    }

    /// <summary>Whether <paramref name="audience"/> reaches readers <paramref name="than"/> does not.</summary>
    public static bool IsWider(string audience, string than) =>
        audience != than && !ReadAccess.Includes(audience, than);

    /// <summary>
    /// The audience an attachment of a case has after the case moved from <paramref name="before"/> to
    /// <paramref name="after"/>: one that had the case's audience follows it; none stays wider than its case.
    /// </summary>
    public static string Follow(string attachmentAudience, string? before, string after) =>
        attachmentAudience == before || IsWider(attachmentAudience, after) ? after : attachmentAudience;
}

public sealed record CaseAudience(string CaseNumber, string Audience);

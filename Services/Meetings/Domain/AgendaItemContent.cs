using Hfi.ServiceDefaults.Domain;

namespace Hfi.Meetings.Domain;

/// <summary>What the secretariat writes for an agenda item; validated before it touches the agenda.</summary>
public sealed record AgendaItemContent
{
    public const int MaxTitleLength = 300;
    public const int MaxTextLength = 20_000;
    public const int MaxDurationMinutes = 600;

    public AgendaItemKind Kind { get; init; }
    public string Title { get; init; } = "";
    public int DurationMinutes { get; init; }
    public int QuestionMinutes { get; init; }
    public CaseType? CaseType { get; init; }
    public string? Presenter { get; init; }
    public string? Background { get; init; }
    public string? ProposedResolution { get; init; }
    public IReadOnlyList<string> ResolutionPoints { get; init; } = [];
    public IReadOnlyList<string> Alternatives { get; init; } = [];
    public string Audience { get; init; } = Audiences.AllMembers;
    public IReadOnlyList<AttachmentReference> Attachments { get; init; } = [];

    /// <summary>Trims the texts and refuses, naming every field, what an agenda cannot hold.</summary>
    public AgendaItemContent Validated()
    {
        var errors = new List<FieldError>();
        if (!Enum.IsDefined(Kind))
        {
            errors.Add(
                new(
                    "kind",
                    Reasons.ItemKindMissing,
                    "Choose the kind of item: presentation, case, any other business or break."
                )
            );
        }

        var title = Title?.Trim() ?? "";
        if (title.Length == 0)
            errors.Add(new("title", Reasons.ItemTitleMissing, "An agenda item needs a title."));
        else if (title.Length > MaxTitleLength)
            errors.Add(new("title", Reasons.AtMost(MaxTitleLength), $"At most {MaxTitleLength} characters."));
        if (DurationMinutes is < 0 or > MaxDurationMinutes)
        {
            errors.Add(
                new(
                    "duration_minutes",
                    Reasons.DurationOutOfRange(MaxDurationMinutes),
                    $"Give the duration in minutes, 0 to {MaxDurationMinutes}."
                )
            );
        }

        if (QuestionMinutes < 0 || QuestionMinutes > MaxDurationMinutes)
        {
            errors.Add(
                new(
                    "question_minutes",
                    Reasons.DurationOutOfRange(MaxDurationMinutes),
                    $"Give the minutes for questions, 0 to {MaxDurationMinutes}."
                )
            );
        }
        else if (QuestionMinutes > 0 && Kind != AgendaItemKind.Presentation)
        {
            errors.Add(
                new(
                    "question_minutes",
                    Reasons.QuestionsOnlyForPresentations,
                    "Only a presentation has minutes for questions."
                )
            );
        }

        if (CaseType is { } type && !Enum.IsDefined(type))
            errors.Add(new("case_type", Reasons.CaseTypeMissing, "Choose orientering, drøfting or beslutning."));
        else if (CaseType is not null && Kind != AgendaItemKind.Case)
            errors.Add(new("case_type", Reasons.CaseTypeOnlyForCases, "Only a case has a case type."));
        if (Audience is not (Audiences.AllMembers or Audiences.MunicipalRepresentatives))
        {
            errors.Add(
                new(
                    "audience",
                    Reasons.UnknownAudience,
                    $"The audience is '{Audiences.AllMembers}' or '{Audiences.MunicipalRepresentatives}'."
                )
            );
        }
        else if (Audience != Audiences.AllMembers && Kind == AgendaItemKind.AnyOtherBusiness)
        {
            errors.Add(new("audience", Reasons.AnyOtherBusinessForAll, "Eventuelt is for all members."));
        }

        var points = Clean(ResolutionPoints);
        var alternatives = Clean(Alternatives);
        if (points.Count != ResolutionPoints.Count)
            errors.Add(new("resolution_points", Reasons.ResolutionPointEmpty, "A numbered point cannot be empty."));
        if (alternatives.Count != Alternatives.Count)
            errors.Add(new("alternatives", Reasons.AlternativeEmpty, "An alternative cannot be empty."));
        if (points.Count > 0 && alternatives.Count > 0)
        {
            errors.Add(
                new(
                    "alternatives",
                    Reasons.PointsOrAlternatives,
                    "A proposed resolution has numbered points or alternatives, not both."
                )
            );
        }

        if (alternatives.Count == 1)
        {
            errors.Add(
                new("alternatives", Reasons.AlternativesAtLeastTwo, "Alternatives come at least two at a time.")
            );
        }

        if (
            (points.Count > 0 || alternatives.Count > 0 || !string.IsNullOrWhiteSpace(ProposedResolution))
            && Kind != AgendaItemKind.Case
        )
        {
            errors.Add(
                new("proposed_resolution", Reasons.ResolutionOnlyForCases, "Only a case has a proposed resolution.")
            );
        }

        foreach (
            var (text, field) in new[]
            {
                (Background, "background"),
                (ProposedResolution, "proposed_resolution"),
                (Presenter, "presenter"),
            }
        )
        {
            if (text?.Length > MaxTextLength)
                errors.Add(new(field, Reasons.AtMost(MaxTextLength), $"At most {MaxTextLength} characters."));
        }
        if (Attachments.Any(a => a.DocumentId == Guid.Empty || string.IsNullOrWhiteSpace(a.Title)))
        {
            errors.Add(
                new(
                    "attachments",
                    Reasons.ItemAttachmentIncomplete,
                    "Each attachment needs its document id and a title."
                )
            );
        }

        if (errors.Count > 0)
            throw new ValidationFailedException(errors);
        return this with
        {
            Title = title,
            Presenter = Blank(Presenter),
            Background = Blank(Background),
            ProposedResolution = Blank(ProposedResolution),
            ResolutionPoints = points,
            Alternatives = alternatives,
            Attachments = Attachments.Select(a => a with { Title = a.Title.Trim() }).ToList(),
        };
    }

    private static List<string> Clean(IReadOnlyList<string> texts) =>
        texts.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToList();

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>
/// A reference to a document (in Documents) attached to an agenda item; it shares the item's audience.
/// </summary>
public sealed record AttachmentReference(Guid DocumentId, string Title);

using System.Globalization;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Norwegian;

namespace Hfi.Meetings.Domain;

/// <summary>
/// What the minutes record of the meeting besides attendance and decisions: "HH:mm" of the actual start and end on
/// the meeting's day, what was said on a presentation or under Eventuelt, and corrections to the wording of decisions,
/// by item id. A null field is left as it is.
/// </summary>
public sealed record MinutesProceedings
{
    public string? ActualStart { get; init; }
    public string? ActualEnd { get; init; }
    public IReadOnlyDictionary<string, string> ItemNotes { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The corrected wording of a decided case's decision; how it was made and its votes stay as recorded.
    /// </summary>
    public IReadOnlyDictionary<string, string> DecisionWording { get; init; } = new Dictionary<string, string>();

    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(ActualStart)
        && string.IsNullOrWhiteSpace(ActualEnd)
        && ItemNotes.Count == 0
        && DecisionWording.Count == 0;
}

public sealed partial class Meeting
{
    /// <summary>When the meeting actually started, as the secretariat recorded it for the minutes.</summary>
    public DateTimeOffset? ActualStartsAt { get; private set; }
    public DateTimeOffset? ActualEndsAt { get; private set; }

    /// <summary>The meeting's date in Oslo.</summary>
    public DateOnly Day => OsloTime.Day(StartsAt);

    /// <summary>
    /// Approved minutes may be read; the draft too when <paramref name="draftToo"/> (the secretariat).
    /// </summary>
    public void EnsureMinutesReadable(bool draftToo)
    {
        if (Status == MeetingStatus.MinutesApproved || (draftToo && Status == MeetingStatus.MinutesDrafted))
            return;
        throw new InvalidStateException(
            Reasons.MinutesNotReady,
            $"The minutes are not {(draftToo ? "drafted" : "approved")} yet; the meeting is '{MeetingLifecycle.Describe(Status)}'."
        );
    }

    /// <summary>
    /// Records the proceedings for the minutes while they can still change (held, or minutes drafted).
    /// </summary>
    public void RecordProceedings(MinutesProceedings proceedings)
    {
        MeetingLifecycle.EnsureIn(
            Status,
            "record the proceedings in the minutes",
            MeetingStatus.Held,
            MeetingStatus.MinutesDrafted
        );
        var errors = new List<FieldError>();
        var start = ClockOnDay(proceedings.ActualStart, "actual_start", errors) ?? ActualStartsAt;
        var end = ClockOnDay(proceedings.ActualEnd, "actual_end", errors) ?? ActualEndsAt;
        if (errors.Count == 0 && start is not null && end is not null && end <= start)
        {
            errors.Add(
                new(
                    "actual_end",
                    Reasons.MinutesEndBeforeStart,
                    $"The meeting must end after it started ({NorwegianText.Time(start.Value)})."
                )
            );
        }

        var notes = new List<(AgendaItem Item, string? Text)>();
        foreach (var (itemId, text) in proceedings.ItemNotes)
        {
            var item = Guid.TryParse(itemId, out var id) ? Items.SingleOrDefault(i => i.Id == id) : null;
            if (item is null)
            {
                errors.Add(
                    new(
                        "item_notes",
                        Reasons.MinutesNoteItemUnknown,
                        $"Agenda item '{itemId}' is not on this meeting's agenda."
                    )
                );
            }
            else if (item.Kind is not (AgendaItemKind.Presentation or AgendaItemKind.AnyOtherBusiness))
            {
                errors.Add(
                    new(
                        "item_notes",
                        Reasons.MinutesNoteOnCase,
                        $"{item.Label}: notes are kept for presentations and Eventuelt; a case's outcome is its decision."
                    )
                );
            }
            else if (text?.Trim().Length > AgendaItemContent.MaxTextLength)
            {
                errors.Add(
                    new(
                        "item_notes",
                        Reasons.AtMost(AgendaItemContent.MaxTextLength),
                        $"{item.Label}: at most {AgendaItemContent.MaxTextLength} characters."
                    )
                );
            }
            else
            {
                notes.Add((item, string.IsNullOrWhiteSpace(text) ? null : text.Trim()));
            }
        }
        var wordings = new List<(AgendaItem Item, string Text)>();
        foreach (var (itemId, text) in proceedings.DecisionWording)
        {
            var item = Guid.TryParse(itemId, out var id) ? Items.SingleOrDefault(i => i.Id == id) : null;
            var wording = text?.Trim();
            if (item is null)
            {
                errors.Add(
                    new(
                        "decision_wording",
                        Reasons.MinutesNoteItemUnknown,
                        $"Agenda item '{itemId}' is not on this meeting's agenda."
                    )
                );
            }
            else if (item.Decision is null)
            {
                errors.Add(
                    new(
                        "decision_wording",
                        Reasons.DecisionWordingWithoutDecision,
                        $"{item.Label} has no decision to correct; record it first."
                    )
                );
            }
            else if (string.IsNullOrEmpty(wording))
            {
                errors.Add(
                    new(
                        "decision_wording",
                        Reasons.DecisionWordingMissing,
                        $"{item.Label}: give the wording of the decision."
                    )
                );
            }
            else if (wording.Length > AgendaItemContent.MaxTextLength)
            {
                errors.Add(
                    new(
                        "decision_wording",
                        Reasons.AtMost(AgendaItemContent.MaxTextLength),
                        $"{item.Label}: at most {AgendaItemContent.MaxTextLength} characters."
                    )
                );
            }
            else
            {
                wordings.Add((item, wording));
            }
        }
        if (errors.Count > 0)
            throw new ValidationFailedException(errors);

        ActualStartsAt = start;
        ActualEndsAt = end;
        foreach (var (item, text) in notes)
            item.MinutesNote = text;
        foreach (var (item, text) in wordings)
            item.Decision = item.Decision!.WithWording(text);
    }

    /// <summary>
    /// An Oslo clock time ("15:30") on the meeting's day, or null (with the error added) when it is none.
    /// </summary>
    internal DateTimeOffset? ClockOnDay(string? text, string field, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (
            !TimeOnly.TryParseExact(
                text.Trim(),
                "HH:mm",
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out var clock
            )
        )
        {
            errors.Add(new(field, Reasons.TimeFormat, $"'{text}' is not a time of day such as 15:30."));
            return null;
        }
        // Stored as timestamptz, which takes UTC only.
        return OsloTime.At(Day, clock).ToUniversalTime();
    }
}

using Hfi.ServiceDefaults.Domain;

namespace Hfi.Meetings.Domain;

public enum FollowUpStatus
{
    Open = 1,
    InProgress = 2,
    Done = 3,
}

/// <summary>
/// An action a decision asks for, tracked until done (the seeds' "handlingsdel – status"); it shares the case's
/// audience.
/// </summary>
public sealed class FollowUp
{
    public const int MaxTextLength = 2000;

    public Guid Id { get; init; }
    public required string ArenaId { get; init; }
    public Guid MeetingId { get; init; }
    public Guid AgendaItemId { get; init; }
    public required string CaseNumber { get; init; }
    public required string Audience { get; init; }
    public string Description { get; private set; } = "";
    public string Owner { get; private set; } = "";
    public DateOnly? DueDate { get; private set; }
    public FollowUpStatus Status { get; private set; } = FollowUpStatus.Open;

    public static FollowUp Create(Meeting meeting, Guid itemId, string? description, string? owner, DateOnly? dueDate)
    {
        var item = meeting.FindItem(itemId);
        if (item.Decision is null)
        {
            throw new InvalidStateException(
                Reasons.FollowUpNeedsDecision,
                $"{item.Label} has no decision yet; a follow-up comes from a decision."
            );
        }

        var (text, who) = Validate(description, owner);
        return new FollowUp
        {
            Id = Guid.CreateVersion7(),
            ArenaId = meeting.ArenaId,
            MeetingId = meeting.Id,
            AgendaItemId = item.Id,
            CaseNumber = item.CaseNumber!,
            Audience = item.Audience,
            Description = text,
            Owner = who,
            DueDate = dueDate,
        };
    }

    public void Update(string? description, string? owner, DateOnly? dueDate, FollowUpStatus status)
    {
        CheckStatus(status);
        (Description, Owner) = Validate(description, owner);
        DueDate = dueDate;
        Status = status;
    }

    public void ChangeStatus(FollowUpStatus status)
    {
        CheckStatus(status);
        Status = status;
    }

    private static void CheckStatus(FollowUpStatus status)
    {
        if (!Enum.IsDefined(status))
        {
            throw new ValidationFailedException(
                "status",
                Reasons.FollowUpStatusMissing,
                "Choose open, in progress or done."
            );
        }
    }

    private static (string Description, string Owner) Validate(string? description, string? owner)
    {
        var errors = new List<FieldError>();
        var text = description?.Trim() ?? "";
        var who = owner?.Trim() ?? "";
        if (text.Length == 0)
            errors.Add(new("description", Reasons.FollowUpDescriptionMissing, "Say what is to be done."));
        else if (text.Length > MaxTextLength)
            errors.Add(new("description", Reasons.AtMost(MaxTextLength), $"At most {MaxTextLength} characters."));
        if (who.Length == 0)
            errors.Add(new("owner", Reasons.FollowUpOwnerMissing, "Say who is responsible."));
        else if (who.Length > 200)
            errors.Add(new("owner", Reasons.AtMost(200), "At most 200 characters."));
        if (errors.Count > 0)
            throw new ValidationFailedException(errors);
        return (text, who);
    }
}

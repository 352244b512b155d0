using Hfi.ServiceDefaults.Domain;

namespace Hfi.Meetings.Domain;

public sealed partial class Meeting
{
    /// <summary>
    /// The agenda in display order: items for all members, Eventuelt, then items for a restricted audience.
    /// </summary>
    public IEnumerable<AgendaItem> OrderedItems => Items.OrderBy(i => i.Section).ThenBy(i => i.Position);

    public AgendaItem FindItem(Guid itemId) => Items.SingleOrDefault(i => i.Id == itemId) ?? throw NotOnAgenda(itemId);

    /// <summary>
    /// An item <paramref name="viewer"/> may see; one outside their audience is answered exactly like one that does not
    /// exist.
    /// </summary>
    public AgendaItem ReadableItem(Guid itemId, Viewer viewer) =>
        Items.SingleOrDefault(i => i.Id == itemId && viewer.Sees(i.Audience)) ?? throw NotOnAgenda(itemId);

    private static NotFoundException NotOnAgenda(Guid itemId) =>
        new(Reasons.AgendaItemNotFound, $"Agenda item '{itemId}' is not on this meeting's agenda.");

    /// <summary>Adds an item at the end of its section; a case takes the next number of the arena and year.</summary>
    public AgendaItem AddItem(AgendaItemContent content, CaseNumberSequence numbers)
    {
        EnsureAgendaEditable("add an agenda item");
        var valid = content.Validated();
        if (
            valid.Kind == AgendaItemKind.AnyOtherBusiness
            && Items.Any(i => i.Kind == AgendaItemKind.AnyOtherBusiness && !i.Withdrawn)
        )
        {
            throw new ValidationFailedException(
                "kind",
                Reasons.AgendaHasAnyOtherBusiness,
                "The agenda already has Eventuelt."
            );
        }

        EnsureSequence(numbers);

        var item = AgendaItem.Create(
            Id,
            valid,
            valid.Kind == AgendaItemKind.Case ? numbers.Next() : null,
            NextPosition()
        );
        Items.Add(item);
        RecordChange($"{item.Label} er satt på sakslisten.", item.Audience);
        return item;
    }

    public AgendaItem UpdateItem(Guid itemId, AgendaItemContent content)
    {
        EnsureAgendaEditable("change an agenda item");
        var item = FindItem(itemId);
        EnsureNotWithdrawn(item);
        var valid = content.Validated();
        if (valid.Kind != item.Kind)
        {
            throw new ValidationFailedException(
                "kind",
                Reasons.ItemKindFixed,
                "The kind of an item cannot change; withdraw it and add a new one."
            );
        }

        if (valid.Audience != item.Audience && HasNotice)
        {
            throw new InvalidStateException(
                Reasons.ItemAudienceFixed,
                "The audience of an item cannot change after the notice was issued; withdraw it and add a new one."
            );
        }

        var timesChanged = valid.TotalMinutes() != item.TotalMinutes;
        item.Apply(valid);
        RecordChange(
            timesChanged ? $"{item.Label} har fått ny varighet ({item.TotalMinutes} min)." : $"{item.Label} er endret.",
            item.Audience
        );
        return item;
    }

    /// <summary>Takes an item off the agenda; a case keeps its number, which is never given to another case.</summary>
    public AgendaItem WithdrawItem(Guid itemId)
    {
        EnsureAgendaEditable("withdraw an agenda item");
        var item = FindItem(itemId);
        EnsureNotWithdrawn(item);
        item.Withdrawn = true;
        RecordChange($"{item.Label} er trukket fra sakslisten.", item.Audience);
        return item;
    }

    /// <summary>
    /// Sets the display order of the items on the agenda (withdrawn ones excluded); numbers stay as they are.
    /// </summary>
    public void Reorder(IReadOnlyList<Guid> itemIds)
    {
        EnsureAgendaEditable("reorder the agenda");
        var active = Items.Where(i => !i.Withdrawn).ToList();
        if (
            itemIds.Count != active.Count
            || itemIds.Distinct().Count() != itemIds.Count
            || !active.All(i => itemIds.Contains(i.Id))
        )
        {
            throw new ValidationFailedException(
                "item_ids",
                Reasons.AgendaOrderIncomplete,
                "List every item on the agenda exactly once, withdrawn items excepted."
            );
        }

        var requested = itemIds.Select(id => active.Single(i => i.Id == id)).ToList();
        for (var index = 1; index < requested.Count; index++)
        {
            if (requested[index].Section < requested[index - 1].Section)
            {
                throw new ValidationFailedException(
                    "item_ids",
                    Reasons.AgendaOrderInvalid,
                    "Eventuelt is the last item for all members, and items for municipal representatives only come after it."
                );
            }
        }

        var before = OrderedItems.Where(i => !i.Withdrawn).ToList();
        for (var index = 0; index < requested.Count; index++)
            requested[index].Position = index + 1;

        var moved = requested.Where((item, index) => before[index] != item).ToList();
        if (moved.Count > 0)
        {
            RecordChange(
                "Rekkefølgen på sakslisten er endret.",
                moved.All(i => i.IsRestricted) ? moved[0].Audience : Audiences.AllMembers
            );
        }
    }

    private int NextPosition() => Items.Count == 0 ? 1 : Items.Max(i => i.Position) + 1;

    private void EnsureAgendaEditable(string action) =>
        MeetingLifecycle.EnsureIn(Status, action, MeetingStatus.Draft, MeetingStatus.NoticeIssued);

    private static void EnsureNotWithdrawn(AgendaItem item)
    {
        if (item.Withdrawn)
            throw new InvalidStateException(Reasons.ItemWithdrawn, $"{item.Label} is withdrawn.");
    }
}

internal static class AgendaItemContentExtensions
{
    public static int TotalMinutes(this AgendaItemContent content) => content.DurationMinutes + content.QuestionMinutes;
}

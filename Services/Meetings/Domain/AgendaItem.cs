using Hfi.ServiceDefaults.Domain;

namespace Hfi.Meetings.Domain;

/// <summary>
/// The opening steps every meeting starts with (the seed's 01.24 and 02.24, and the previous minutes).
/// </summary>
public enum StandardStep
{
    ApproveNoticeAndAgenda = 1,
    ApproveProxies = 2,
    ApprovePreviousMinutes = 3,
}

/// <summary>One item of a meeting's agenda (saksliste).</summary>
public sealed class AgendaItem
{
    public Guid Id { get; init; }
    public Guid MeetingId { get; init; }
    public AgendaItemKind Kind { get; private set; }

    /// <summary>"04.24" for a case; fixed at creation, never reused.</summary>
    public string? CaseNumber { get; init; }
    public string Title { get; private set; } = "";
    public int DurationMinutes { get; private set; }
    public int QuestionMinutes { get; private set; }
    public CaseType? CaseType { get; private set; }
    public string? Presenter { get; private set; }
    public string? Background { get; private set; }
    public string? ProposedResolution { get; private set; }
    public List<string> ResolutionPoints { get; private set; } = [];
    public List<string> Alternatives { get; private set; } = [];
    public string Audience { get; private set; } = Audiences.AllMembers;
    public List<AttachmentReference> Attachments { get; private set; } = [];
    public StandardStep? StandardStep { get; init; }

    /// <summary>Display order within its section; changing it never renumbers.</summary>
    public int Position { get; internal set; }
    public bool Withdrawn { get; internal set; }
    public Decision? Decision { get; internal set; }

    /// <summary>What was said, for the minutes: on a presentation, or under Eventuelt.</summary>
    public string? MinutesNote { get; internal set; }

    public bool IsCase => Kind == AgendaItemKind.Case;
    public bool IsRestricted => Audience != Audiences.AllMembers;
    public int TotalMinutes => DurationMinutes + QuestionMinutes;

    /// <summary>
    /// Sections keep Eventuelt last for all members, and restricted items after it, as the seed's 08.24.
    /// </summary>
    public int Section =>
        IsRestricted ? 2
        : Kind == AgendaItemKind.AnyOtherBusiness ? 1
        : 0;

    /// <summary>"Sak 04.24 Strategiplan …", or the title alone for items without a number.</summary>
    public string Label => CaseNumber is null ? Title : $"Sak {CaseNumber} {Title}";

    internal static AgendaItem Create(
        Guid meetingId,
        AgendaItemContent content,
        string? caseNumber,
        int position,
        StandardStep? step = null
    )
    {
        var item = new AgendaItem
        {
            Id = Guid.CreateVersion7(),
            MeetingId = meetingId,
            CaseNumber = caseNumber,
            StandardStep = step,
            Position = position,
        };
        item.Apply(content);
        return item;
    }

    internal void Apply(AgendaItemContent content)
    {
        Kind = content.Kind;
        Title = content.Title;
        DurationMinutes = content.DurationMinutes;
        QuestionMinutes = content.QuestionMinutes;
        CaseType = content.CaseType;
        Presenter = content.Presenter;
        Background = content.Background;
        ProposedResolution = content.ProposedResolution;
        ResolutionPoints = [.. content.ResolutionPoints];
        Alternatives = [.. content.Alternatives];
        Audience = content.Audience;
        Attachments = [.. content.Attachments];
    }

    public AgendaItemContent Content =>
        new()
        {
            Kind = Kind,
            Title = Title,
            DurationMinutes = DurationMinutes,
            QuestionMinutes = QuestionMinutes,
            CaseType = CaseType,
            Presenter = Presenter,
            Background = Background,
            ProposedResolution = ProposedResolution,
            ResolutionPoints = ResolutionPoints,
            Alternatives = Alternatives,
            Audience = Audience,
            Attachments = Attachments,
        };

    /// <summary>"Alternativ 1", "Alternativ 2", … as the seed labels them.</summary>
    public static string AlternativeLabel(int number) => $"Alternativ {number}";

    /// <summary>The proposal as one text: the introduction and its numbered points.</summary>
    public string? ProposalText()
    {
        var lines = new List<string>();
        if (ProposedResolution is not null)
            lines.Add(ProposedResolution);
        lines.AddRange(ResolutionPoints.Select((point, index) => $"{index + 1}. {point}"));
        return lines.Count == 0 ? null : string.Join("\n", lines);
    }
}

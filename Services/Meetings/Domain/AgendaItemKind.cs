namespace Hfi.Meetings.Domain;

public enum AgendaItemKind
{
    Presentation = 1,
    Case = 2,

    /// <summary>"Eventuelt": always the last item for all members.</summary>
    AnyOtherBusiness = 3,
    Break = 4,
}

public enum CaseType
{
    /// <summary>(O) orientering.</summary>
    Orientation = 1,

    /// <summary>(D) drøfting.</summary>
    Discussion = 2,

    /// <summary>(B) beslutning.</summary>
    Decision = 3,
}

/// <summary>The names the contracts use for kinds and case types.</summary>
public static class AgendaWireNames
{
    public static string Of(AgendaItemKind kind) =>
        kind switch
        {
            AgendaItemKind.Presentation => "presentation",
            AgendaItemKind.Case => "case",
            AgendaItemKind.AnyOtherBusiness => "any-other-business",
            AgendaItemKind.Break => "break",
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

    public static string Of(CaseType type) =>
        type switch
        {
            CaseType.Orientation => "orientering",
            CaseType.Discussion => "drøfting",
            CaseType.Decision => "beslutning",
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        };
}

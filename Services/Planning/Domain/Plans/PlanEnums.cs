namespace Hfi.Planning.Domain.Plans;

public enum PlanStatus
{
    Draft = 1,
    Approved = 2,

    /// <summary>Changed after approval; every change is kept as a revision.</summary>
    Revised = 3,
}

/// <summary>Numbers match the proto enum.</summary>
public enum PlannedMeetingStatus
{
    Tentative = 1,
    Scheduled = 2,
    Held = 3,
    Cancelled = 4,
}

public enum DateKind
{
    /// <summary>One known day: "13.feb.25".</summary>
    Exact = 1,

    /// <summary>Several known days: "12.-13. mars 2025".</summary>
    Range = 2,

    /// <summary>Some day within a period, to be fixed later: "aug/sept", "uke 35".</summary>
    Window = 3,

    /// <summary>Tied to an outside event within a period: "KS høstkonferanse oktober".</summary>
    Anchored = 4,

    /// <summary>The plan's text could not be read as a date; kept as written.</summary>
    Unknown = 5,
}

public enum PlaceKind
{
    /// <summary>No place given, or "kommer": to be decided.</summary>
    ToBeDecided = 1,
    Physical = 2,

    /// <summary>"Teams" and the like.</summary>
    Digital = 3,
}

/// <summary>The marks the secretariat puts after a topic.</summary>
public enum TopicMark
{
    /// <summary>(B) beslutning.</summary>
    Decision = 1,

    /// <summary>(D) drøfting.</summary>
    Discussion = 2,

    /// <summary>(O) orientering.</summary>
    Information = 3,
}

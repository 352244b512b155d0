namespace Hfi.Planning.Domain.Plans.Import;

/// <summary>
/// Something in the pasted table the import did not take at face value: the row number (1-based line of the pasted
/// text), a stable code to act on, and a message in Norwegian for the secretariat.
/// </summary>
public sealed record ImportWarning(int Row, string Code, string Message);

public static class WarningCodes
{
    public const string UnreadableDate = "unreadable-date";
    public const string UnreadableTime = "unreadable-time";
    public const string EndNotAfterStart = "end-not-after-start";
    public const string UnknownWeekday = "unknown-weekday";
    public const string WeekdayMismatch = "weekday-mismatch";
    public const string YearMismatch = "year-mismatch";
    public const string UnknownRegion = "unknown-region";
    public const string UnknownArena = "unknown-arena";
    public const string MissingArena = "missing-arena";
    public const string TopicWithoutMeeting = "topic-without-meeting";
    public const string IgnoredLine = "ignored-line";
    public const string DuplicateRow = "duplicate-row";
}

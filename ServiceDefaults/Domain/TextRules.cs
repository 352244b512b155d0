namespace Hfi.ServiceDefaults.Domain;

/// <summary>
/// What every text entering a service must be: no NUL (the database refuses it), no other control characters,
/// and no line breaks in a one-line field (a name, a title, an id). Tabs and line breaks are text in a
/// multi-line field.
/// </summary>
public static class TextRules
{
    /// <summary>Longer than any text field we keep; bounds what one field can make a service hold and check.</summary>
    public const int MaxLength = 100_000;

    private static readonly string[] OneLineSuffixes =
    [
        "id",
        "title",
        "name",
        "place",
        "email",
        "phone",
        "case_number",
        "owner",
        "audience",
        "kind",
        "status",
        "date",
        "time",
        "basis",
    ];

    /// <summary>A field is one line when its name says it is a name, title, id, date or the like.</summary>
    public static bool IsOneLine(string field)
    {
        var name = field[(field.LastIndexOf('.') + 1)..];
        var bracket = name.IndexOf('[');
        if (bracket >= 0)
            name = name[..bracket];
        return OneLineSuffixes.Any(suffix =>
            name.Equals(suffix, StringComparison.OrdinalIgnoreCase)
            || name.EndsWith("_" + suffix, StringComparison.OrdinalIgnoreCase)
            || (suffix == "id" && name.EndsWith("Id", StringComparison.Ordinal))
        );
    }

    /// <summary>What is wrong with the text of the field, or null when nothing is.</summary>
    public static FieldError? Check(string field, string? value) => Check(field, value, IsOneLine(field));

    public static FieldError? Check(string field, string? value, bool oneLine)
    {
        if (string.IsNullOrEmpty(value))
            return null;
        if (value.Length > MaxLength)
            return new FieldError(field, Reasons.TextTooLong, $"The text is longer than {MaxLength} characters.");
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\0')
                return new FieldError(field, Reasons.TextNul, $"The text holds a NUL character at position {i + 1}.");
            if (c is '\n' or '\r')
            {
                if (oneLine)
                    return new FieldError(field, Reasons.TextLineBreak, "A one-line field cannot hold line breaks.");
                continue;
            }
            if (c == '\t' && !oneLine)
                continue;
            if (char.IsControl(c) || c is '\uFFFE' or '\uFFFF' || (char.IsSurrogate(c) && !IsPair(value, i)))
            {
                return new FieldError(
                    field,
                    Reasons.TextControl,
                    $"The text holds control character U+{(int)c:X4} at position {i + 1}."
                );
            }

            if (char.IsHighSurrogate(c))
                i++;
        }
        return null;
    }

    /// <summary>Refuses the text naming the field when it breaks a rule.</summary>
    public static void Require(string field, string? value, bool oneLine = true)
    {
        if (Check(field, value, oneLine) is { } error)
            throw new ValidationFailedException([error]);
    }

    private static bool IsPair(string value, int i) =>
        char.IsHighSurrogate(value[i])
            ? i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])
            : i > 0 && char.IsHighSurrogate(value[i - 1]);
}

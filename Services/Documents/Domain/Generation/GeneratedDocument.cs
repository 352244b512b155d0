namespace Hfi.Documents.Domain.Generation;

/// <summary>A generated document as a list of blocks, rendered the same way into DOCX and PDF.</summary>
public sealed record GeneratedDocument(string Title, string Subject, IReadOnlyList<Block> Blocks)
{
    /// <summary>All the document's text, for checking what it holds (and what it must not).</summary>
    public string PlainText => string.Join('\n', Blocks.Select(b => b.PlainText));
}

public abstract record Block
{
    public abstract string PlainText { get; }
}

/// <summary>Level 1 is the document's title, 2 a section, 3 a case within a section.</summary>
public sealed record Heading(string Text, int Level) : Block
{
    public override string PlainText => Text;
}

public sealed record Paragraph(string Text, bool Bold = false, bool Italic = false) : Block
{
    public override string PlainText => Text;
}

/// <summary>"Sted: Scandic Hamar".</summary>
public sealed record Field(string Label, string Value) : Block
{
    public override string PlainText => $"{Label}: {Value}";
}

/// <summary>One line of an agenda: its times, what it is, and who presents it.</summary>
public sealed record AgendaRow(string Time, string Text, string? Detail = null) : Block
{
    public override string PlainText => Detail is null ? $"{Time} {Text}" : $"{Time} {Text} {Detail}";
}

public sealed record Bullet(string Text) : Block
{
    public override string PlainText => $"– {Text}";
}

public sealed record Numbered(int Number, string Text) : Block
{
    public override string PlainText => $"{Number}. {Text}";
}

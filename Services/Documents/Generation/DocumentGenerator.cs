using Hfi.Contracts;
using Hfi.Documents.Application;
using Hfi.Documents.Domain;
using Hfi.Documents.Domain.Generation;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Norwegian;

namespace Hfi.Documents.Generation;

/// <summary>
/// Renders a composed notice or minutes as DOCX and PDF and keeps each as the next version of its document.
/// </summary>
internal sealed class DocumentGenerator(IPdfRenderer pdfRenderer, FileIntake intake, AttachmentLibrary library)
{
    public async Task GenerateAsync(
        GeneratedDocument document,
        GeneratedFor target,
        CancellationToken cancellationToken
    )
    {
        await StoreAsync(document, target, "Word", ".docx", DocxRenderer.Render, cancellationToken);
        await StoreAsync(document, target, "PDF", ".pdf", pdfRenderer.Render, cancellationToken);
    }

    /// <summary>
    /// The PDF <see cref="GenerateAsync"/> would store for the document, for a preview: nothing is stored.
    /// </summary>
    public byte[] RenderPdf(GeneratedDocument document) => pdfRenderer.Render(document);

    private async Task StoreAsync(
        GeneratedDocument document,
        GeneratedFor target,
        string format,
        string extension,
        Func<GeneratedDocument, byte[]> render,
        CancellationToken cancellationToken
    )
    {
        var key = new GeneratedDocumentKey(
            target.MeetingId,
            target.ArenaId,
            target.Kind,
            $"{document.Title} ({format})",
            target.Audience
        );
        // Events may come late or twice: an older notice never replaces a newer one.
        if (target.SourceVersion is { } version && await library.HasSourceVersionAsync(key, version, cancellationToken))
            return;

        using var content = new MemoryStream(render(document), writable: false);
        var file = await intake.StoreAsync(content, target.FileStem + extension, cancellationToken);
        await library.AddGeneratedAsync(key, file, target.SourceVersion, cancellationToken);
    }
}

/// <summary>The meeting, kind and audience a generated document is for, and its file name without extension.</summary>
internal sealed record GeneratedFor(
    Guid MeetingId,
    string ArenaId,
    string Kind,
    string Audience,
    string FileStem,
    int? SourceVersion
)
{
    public static GeneratedFor Notice(MeetingNoticeIssued notice) =>
        new(
            notice.MeetingId,
            notice.ArenaId,
            DocumentKinds.Notice,
            notice.Audience,
            Stem("innkalling", notice.ArenaId, notice.StartsAt, notice.Audience),
            notice.NoticeVersion
        );

    public static GeneratedFor Minutes(MinutesApproved minutes) =>
        new(
            minutes.MeetingId,
            minutes.ArenaId,
            DocumentKinds.Minutes,
            minutes.Audience,
            Stem("protokoll", minutes.ArenaId, minutes.StartsAt, minutes.Audience),
            null
        );

    private static string Stem(string kind, string arenaId, DateTimeOffset startsAt, string audience)
    {
        var date = OsloTime.Day(startsAt).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return audience == Audiences.MunicipalRepresentatives
            ? $"{kind}-{arenaId}-{date}-kommunale-representanter"
            : $"{kind}-{arenaId}-{date}";
    }
}

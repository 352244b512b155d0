using Hfi.Contracts;
using Hfi.Documents.Domain.Access;
using Hfi.Documents.Domain.Generation;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Norwegian;

namespace Hfi.Documents.Generation;

/// <summary>
/// Writes the notice (innkalling) of a meeting for one audience, in the shape of the partnership's own notices:
/// the agenda with times, the items only for municipal representatives apart, the attachments, then the case
/// documents with the proposed resolutions. Items and attachments outside the audience are left out even if
/// the event carries them.
/// </summary>
public static class NoticeComposer
{
    public static GeneratedDocument Compose(MeetingNoticeIssued notice)
    {
        var items = notice.Items.Where(i => ReadAccess.Includes(notice.Audience, i.Audience)).ToList();
        var general = items.Where(i => i.Audience == Audiences.AllMembers).ToList();
        var restricted = items.Where(i => i.Audience != Audiences.AllMembers).ToList();
        var blocks = new List<Block> { new Heading($"Innkalling – {notice.Title}", 1) };

        if (notice.NoticeVersion > 1)
        {
            blocks.Add(
                new Paragraph(
                    $"Oppdatert innkalling (versjon {notice.NoticeVersion}). Den erstatter innkallingen som er sendt ut tidligere.",
                    Italic: true
                )
            );
        }

        if (notice.Audience == Audiences.MunicipalRepresentatives)
        {
            blocks.Add(
                new Paragraph(
                    "Versjon for kommunale representanter: den har også sakene som bare er for kommunale representanter.",
                    Italic: true
                )
            );
        }

        blocks.Add(new Field("Møte", notice.ArenaName));
        blocks.Add(new Field("Dato", NorwegianText.Date(notice.StartsAt)));
        blocks.Add(new Field("Tid", $"kl. {NorwegianText.TimeRange(notice.StartsAt, notice.PlannedEndsAt)}"));
        if (!string.IsNullOrWhiteSpace(notice.Place))
            blocks.Add(new Field("Sted", notice.Place));
        if (!string.IsNullOrWhiteSpace(notice.Chair))
            blocks.Add(new Field("Møteleder", notice.Chair));
        if (!string.IsNullOrWhiteSpace(notice.Secretary))
            blocks.Add(new Field("Sekretær", notice.Secretary));

        blocks.Add(new Heading("Saksliste", 2));
        blocks.AddRange(general.Select(AgendaRowOf));
        if (restricted.Count > 0)
        {
            blocks.Add(new Heading("Saker kun for kommunale representanter", 2));
            blocks.AddRange(restricted.Select(AgendaRowOf));
        }
        // After the last item this version lists: the municipal version's own items come before its end.
        blocks.Add(new Paragraph($"Slutt (ca. kl. {NoticeSchedule.EndOf(notice.EstimatedEnd, items)})", Bold: true));

        AddAttachmentLists(blocks, notice.Audience, items);

        var cases = items.Where(i => i.Kind == NoticeItemKinds.Case).ToList();
        if (cases.Count > 0)
        {
            blocks.Add(new Heading("Saksgrunnlag", 2));
            foreach (var item in cases)
                AddCaseDocument(blocks, notice.Audience, item);
        }

        var audienceText =
            notice.Audience == Audiences.MunicipalRepresentatives ? " (kommunale representanter)" : string.Empty;
        return new GeneratedDocument(
            $"Innkalling – {notice.Title}{audienceText}",
            $"{notice.ArenaName}, {NorwegianText.Date(notice.StartsAt)}",
            blocks
        );
    }

    private static AgendaRow AgendaRowOf(NoticeItem item)
    {
        var time = NorwegianText.Range(item.StartsAt, item.EndsAt);
        var presenter = string.IsNullOrWhiteSpace(item.Presenter) ? null : $"v/ {item.Presenter}";
        var duration = NorwegianText.Minutes(item.DurationMinutes);
        return item.Kind switch
        {
            NoticeItemKinds.Case => new AgendaRow(time, $"Sak {item.CaseNumber} {item.Title} ({duration})", presenter),
            NoticeItemKinds.Presentation => new AgendaRow(
                time,
                item.QuestionMinutes > 0
                    ? $"{item.Title} (innlegg {duration} og spørsmål {NorwegianText.Minutes(item.QuestionMinutes)})"
                    : $"{item.Title} (innlegg {duration})",
                presenter
            ),
            NoticeItemKinds.AnyOtherBusiness => new AgendaRow(
                time,
                item.Title.Equals("Eventuelt", StringComparison.OrdinalIgnoreCase)
                    ? "Eventuelt"
                    : $"Eventuelt: {item.Title}",
                presenter
            ),
            _ => new AgendaRow(time, $"{item.Title} ({duration})", presenter),
        };
    }

    private static void AddAttachmentLists(List<Block> blocks, string audience, IReadOnlyList<NoticeItem> items)
    {
        var attachments = items
            .SelectMany(i => i.Attachments)
            .Where(a => ReadAccess.Includes(audience, a.Audience))
            .DistinctBy(a => a.AttachmentId)
            .ToList();
        var forAll = attachments.Where(a => a.Audience == Audiences.AllMembers).ToList();
        var forMunicipal = attachments.Where(a => a.Audience != Audiences.AllMembers).ToList();

        if (forAll.Count > 0)
        {
            blocks.Add(new Heading("Vedlegg til innkallingen for alle representantene", 2));
            blocks.AddRange(forAll.Select(a => new Bullet(a.Title)));
        }

        if (forMunicipal.Count > 0)
        {
            blocks.Add(new Heading("Vedlegg til innkallingen for de kommunale representantene", 2));
            blocks.AddRange(forMunicipal.Select(a => new Bullet(a.Title)));
        }
    }

    private static void AddCaseDocument(List<Block> blocks, string audience, NoticeItem item)
    {
        blocks.Add(new Heading($"Sak {item.CaseNumber} {item.Title}", 3));
        if (!string.IsNullOrWhiteSpace(item.CaseType))
            blocks.Add(new Field("Sakstype", item.CaseType));
        if (!string.IsNullOrWhiteSpace(item.Presenter))
            blocks.Add(new Field("Innleder", item.Presenter));
        if (!string.IsNullOrWhiteSpace(item.Background))
            blocks.Add(new Paragraph(item.Background));

        var attachments = item.Attachments.Where(a => ReadAccess.Includes(audience, a.Audience)).ToList();
        if (attachments.Count > 0)
        {
            blocks.Add(new Paragraph("Vedlegg:", Bold: true));
            blocks.AddRange(attachments.Select(a => new Bullet(a.Title)));
        }

        var hasResolution =
            !string.IsNullOrWhiteSpace(item.ProposedResolution)
            || item.ResolutionPoints.Count > 0
            || item.Alternatives.Count > 0;
        if (!hasResolution)
            return;

        blocks.Add(new Paragraph("Forslag til vedtak:", Bold: true));
        if (!string.IsNullOrWhiteSpace(item.ProposedResolution))
            blocks.Add(new Paragraph(item.ProposedResolution));
        blocks.AddRange(item.ResolutionPoints.Select((point, index) => new Numbered(index + 1, point)));
        foreach (var alternative in item.Alternatives)
        {
            blocks.Add(new Paragraph($"{alternative.Label}:", Bold: true));
            blocks.Add(new Paragraph(alternative.Text));
        }
    }
}

/// <summary>The values of <see cref="NoticeItem.Kind"/>.</summary>
public static class NoticeItemKinds
{
    public const string Presentation = "presentation";
    public const string Case = "case";
    public const string AnyOtherBusiness = "any-other-business";
    public const string Break = "break";
}

using Hfi.Contracts;
using Hfi.Documents.Application;
using Hfi.Documents.Domain;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Messaging;

namespace Hfi.Documents.Events;

/// <summary>
/// The one place Documents' domain events become the integration events other services read; they are saved to the
/// outbox by the same save as the document.
/// </summary>
internal sealed class DocumentsIntegrationEvents : DomainEventMap
{
    public override object? Translate(IDomainEvent domainEvent) =>
        domainEvent switch
        {
            DocumentPublishedDomainEvent e => new DocumentPublished
            {
                DocumentId = e.DocumentId,
                MeetingId = e.MeetingId,
                ArenaId = e.ArenaId,
                Kind = e.Kind,
                Title = e.Title,
                Audience = e.Audience,
                FileName = e.Version.FileName,
                ContentType = e.Version.ContentType,
                PublishedAt = e.Version.UploadedAt,
                DownloadPath = AttachmentLibrary.DownloadPath(e.DocumentId),
                NoticeVersion = e.NoticeVersion,
            },
            _ => throw new ArgumentException(
                $"Documents has no integration event for {domainEvent.GetType().Name}.",
                nameof(domainEvent)
            ),
        };
}

using Hfi.Contracts;
using Hfi.Documents.Data;
using Hfi.Documents.Domain.Generation;
using Hfi.Documents.Generation;
using Hfi.ServiceDefaults.Messaging;
using MassTransit;

namespace Hfi.Documents.Events;

/// <summary>Generates the approved minutes for the event's audience as DOCX and PDF.</summary>
internal sealed class MinutesApprovedConsumer(DocumentsDbContext db, DocumentGenerator generator)
    : IConsumer<MinutesApproved>
{
    public Task Consume(ConsumeContext<MinutesApproved> context) =>
        db.HandleOnceAsync(
            context,
            nameof(MinutesApprovedConsumer),
            cancellationToken =>
                generator.GenerateAsync(
                    MinutesComposer.Compose(context.Message),
                    GeneratedFor.Minutes(context.Message),
                    cancellationToken
                )
        );
}

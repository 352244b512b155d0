using MassTransit;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Hfi.ServiceDefaults.Messaging;

/// <summary>
/// Idempotent consumption: the consumer's effect and the inbox row are saved in one transaction, so a
/// redelivered message (same MessageId) is recognised and has no second effect.
/// </summary>
public static class Inbox
{
    /// <returns>false when this consumer has already handled the message.</returns>
    public static async Task<bool> HandleOnceAsync<TContext>(
        this TContext db,
        ConsumeContext context,
        string consumer,
        Func<CancellationToken, Task> handle
    )
        where TContext : DbContext, IMessagingDbContext
    {
        var messageId =
            context.MessageId ?? throw new InvalidOperationException("A consumed message has no MessageId.");
        var cancellationToken = context.CancellationToken;

        if (
            await db.ProcessedMessages.AnyAsync(
                m => m.MessageId == messageId && m.Consumer == consumer,
                cancellationToken
            )
        )
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await handle(cancellationToken);
        db.ProcessedMessages.Add(
            new ProcessedMessage
            {
                MessageId = messageId,
                Consumer = consumer,
                ProcessedAt = DateTimeOffset.UtcNow,
            }
        );
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex)
            when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // A concurrent delivery of the same message won the race; its effect stands, ours is rolled back.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return false;
        }
    }
}

using Hfi.Notifications.Data;
using Hfi.Notifications.Domain;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Hfi.Notifications.Recipients;

/// <summary>
/// Writes a notice's new deliveries with one binary COPY in the context's open transaction: a notice to thousands
/// saved through the change tracker took seconds (one tracked entity and one INSERT row each), this ~tens of ms.
/// The notice row must exist already (its deliveries reference it); a failure rolls back with the transaction.
/// </summary>
internal static class DeliveryRows
{
    /// <summary>The columns written, in the order <see cref="InsertAsync"/> writes each row's values.</summary>
    internal static readonly string[] Columns =
    [
        "Id",
        "NoticeId",
        "IdempotencyKey",
        "MemberId",
        "RecipientName",
        "RecipientEmail",
        "Channel",
        "Status",
        "Attempts",
        "CreatedAt",
        "NextAttemptAt",
        "AwaitsDocument",
        "DeliveredAt",
    ];

    /// <summary>
    /// The table's other columns: a new delivery has not been tried or read yet, so they stay NULL (a test holds
    /// these two lists to the EF model's columns, so a new column cannot be left out silently).
    /// </summary>
    internal static readonly string[] NullOnCreation = ["LastAttemptAt", "LastError", "ReadAt"];

    private static readonly string Copy =
        $"COPY deliveries ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)";

    public static async Task InsertAsync(
        NotificationsDbContext db,
        IReadOnlyList<Delivery> deliveries,
        CancellationToken cancellationToken
    )
    {
        if (deliveries.Count == 0)
            return;
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Deliveries are copied inside the caller's transaction.");

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var writer = await connection.BeginBinaryImportAsync(Copy, cancellationToken);
        foreach (var delivery in deliveries)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(delivery.Id, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(delivery.NoticeId, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(delivery.IdempotencyKey, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(delivery.MemberId, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(delivery.RecipientName, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(delivery.RecipientEmail, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync((int)delivery.Channel, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync((int)delivery.Status, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(delivery.Attempts, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(delivery.CreatedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(delivery.NextAttemptAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(delivery.AwaitsDocument, NpgsqlDbType.Boolean, cancellationToken);
            if (delivery.DeliveredAt is { } at)
                await writer.WriteAsync(at, NpgsqlDbType.TimestampTz, cancellationToken);
            else
                await writer.WriteNullAsync(cancellationToken);
        }
        await writer.CompleteAsync(cancellationToken);
    }
}

using Hfi.ServiceDefaults.Domain;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Hfi.ServiceDefaults.Data;

/// <summary>
/// The one save-conflict mapping: a row changed by someone else since it was read (optimistic concurrency) or a
/// unique key taken by a save at the same moment is a <see cref="ConflictException"/> to retry, not a lost update.
/// </summary>
public static class SaveConflicts
{
    /// <summary>
    /// Saves; a conflict becomes the <see cref="ConflictException"/> <paramref name="conflict"/> makes.
    /// </summary>
    public static async Task SaveChangesOrConflictAsync(
        this DbContext db,
        Func<ConflictException> conflict,
        CancellationToken cancellationToken
    )
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (IsConflict(ex))
        {
            throw conflict();
        }
    }

    public static bool IsConflict(DbUpdateException exception) =>
        exception is DbUpdateConcurrencyException
        || exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}

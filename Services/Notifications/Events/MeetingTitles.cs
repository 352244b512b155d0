using Hfi.Notifications.Data;
using Microsoft.EntityFrameworkCore;

namespace Hfi.Notifications.Events;

/// <summary>
/// How later notices name a meeting: as its latest notice did, or by its arena when none has been sent.
/// </summary>
public sealed class MeetingTitles(NotificationsDbContext db)
{
    public async Task<string> ForAsync(Guid meetingId, string arenaId, CancellationToken cancellationToken) =>
        await db
            .Notices.AsNoTracking()
            .Where(n => n.MeetingId == meetingId && n.MeetingTitle != null)
            .OrderByDescending(n => n.CreatedAt)
            .Select(n => n.MeetingTitle)
            .FirstOrDefaultAsync(cancellationToken)
        ?? $"møtet i {arenaId}";
}

using Google.Protobuf.WellKnownTypes;
using Hfi.Meetings.Api;
using Hfi.Meetings.Data;
using Hfi.Meetings.Tests.Api;
using Hfi.Meetings.Tests.Domain;
using Hfi.ServiceDefaults.Messaging;
using Hfi.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Meeting = Hfi.Meetings.Domain.Meeting;

namespace Hfi.Meetings.Tests.Messaging;

/// <summary>
/// A notice is translated inside the save that issues it: the frozen notice rows and the outbox messages are taken
/// back with a failed save, so saving again issues each audience's notice once.
/// </summary>
[Collection(MeetingsCollection.Name)]
public sealed class NoticeOutboxTests(InfrastructureFixture infrastructure) : MeetingsServiceTest(infrastructure)
{
    [Fact]
    public async Task A_notice_whose_save_fails_is_issued_once_per_audience_when_saved_again()
    {
        var secretariat = Meetings(TestIdentity.Secretariat);
        var seed = await SeedNotice.CreateAsync(secretariat);
        var other = await secretariat.CreateMeetingAsync(
            new CreateMeetingRequest
            {
                ArenaId = SeedNotice.ArenaId,
                Title = "Ekstraordinært partnerskapsmøte",
                StartsAt = Timestamp.FromDateTimeOffset(SeedAgenda.StartsAt.AddDays(30)),
                EndsAt = Timestamp.FromDateTimeOffset(SeedAgenda.PlannedEnd.AddDays(30)),
            }
        );
        var meetingId = Guid.Parse(seed.MeetingId);

        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MeetingsDbContext>();
        var meeting = await db.FullMeetings.SingleAsync(m => m.Id == meetingId);
        meeting.IssueNotice();
        var clash = new Meeting { Id = Guid.Parse(other.MeetingId), ArenaId = SeedNotice.ArenaId };
        db.Meetings.Add(clash);

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Empty(db.ChangeTracker.Entries<IssuedNotice>());
        Assert.Empty(db.ChangeTracker.Entries<OutboxMessage>());
        db.Entry(clash).State = EntityState.Detached;
        await db.SaveChangesAsync();
        await db.SaveChangesAsync();

        var issued = await db
            .IssuedNotices.AsNoTracking()
            .Where(n => n.MeetingId == meetingId)
            .OrderBy(n => n.Audience)
            .Select(n => $"{n.Audience} v{n.Version}")
            .ToListAsync();
        Assert.Equal(["all-members v1", "municipal-representatives v1"], issued);
        var notices = (await OutboxAsync()).Count(m =>
            m.MessageType.Contains(nameof(Hfi.Contracts.MeetingNoticeIssued))
        );
        Assert.Equal(2, notices);
    }
}

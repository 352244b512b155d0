using Hfi.Contracts;
using Hfi.Notifications.Domain;
using Hfi.ServiceDefaults.Domain;

namespace Hfi.Notifications.Tests.Domain;

public sealed class NoticeTests
{
    private static readonly DateTimeOffset Arrived = new(2024, 10, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly RetryPolicy Lookups = new(int.MaxValue, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5));

    [Fact]
    public void A_notice_waiting_for_planning_is_asked_again_later_each_time_up_to_the_longest_wait_and_never_given_up()
    {
        var notice = NewNotice();
        notice.AwaitRecipients(Arrived);

        notice.RecordLookupFailure("Planning is not reachable.", Arrived, Lookups);
        Assert.Equal(Arrived.AddSeconds(5), notice.NextLookupAt);
        notice.RecordLookupFailure("Planning is not reachable.", Arrived, Lookups);
        Assert.Equal(Arrived.AddSeconds(10), notice.NextLookupAt);
        for (var i = 0; i < 100; i++)
            notice.RecordLookupFailure("Planning is not reachable.", Arrived, Lookups);

        Assert.Equal(Arrived.AddMinutes(5), notice.NextLookupAt);
        Assert.Equal(102, notice.LookupAttempts);
        Assert.Null(notice.RecipientsKnownAt);
        Assert.Equal("Planning is not reachable.", notice.LookupError);
    }

    [Fact]
    public void Once_the_recipients_are_known_the_notice_no_longer_waits_and_forgets_the_last_failure()
    {
        var notice = NewNotice();
        notice.AwaitRecipients(Arrived);
        notice.RecordLookupFailure(new string('x', 5000), Arrived, Lookups);
        Assert.Equal(Notice.MaxLookupErrorLength, notice.LookupError!.Length);

        notice.RecordRecipients(40, Arrived.AddMinutes(3));

        Assert.Equal(40, notice.RecipientCount);
        Assert.Equal(Arrived.AddMinutes(3), notice.RecipientsKnownAt);
        Assert.Null(notice.NextLookupAt);
        Assert.Null(notice.LookupError);
    }

    [Fact]
    public void Emails_wait_for_the_pdf_counted_from_the_notices_arrival_not_from_when_its_recipients_became_known()
    {
        var wait = TimeSpan.FromMinutes(2);

        Assert.Equal(Arrived.AddMinutes(2), NewNotice(awaitsPdf: true).EmailsFrom(Arrived.AddSeconds(30), wait));
        Assert.Equal(Arrived.AddMinutes(10), NewNotice(awaitsPdf: true).EmailsFrom(Arrived.AddMinutes(10), wait));
        Assert.Equal(
            Arrived.AddSeconds(30),
            NewNotice(awaitsPdf: true, pdf: "/api/documents/x/content").EmailsFrom(Arrived.AddSeconds(30), wait)
        );
        Assert.Equal(Arrived.AddSeconds(30), NewNotice().EmailsFrom(Arrived.AddSeconds(30), wait));
    }

    private static Notice NewNotice(bool awaitsPdf = false, string? pdf = null) =>
        new()
        {
            Id = Guid.NewGuid(),
            Kind = NoticeKind.MeetingNotice,
            ArenaId = "partnerskapsmotet",
            Audience = Audiences.AllMembers,
            Subject = "Innkalling: Partnerskapsmøtet",
            Body = "…",
            CreatedAt = Arrived,
            AwaitsDocumentKind = awaitsPdf ? DocumentKinds.Notice : null,
            DocumentPath = pdf,
        };
}

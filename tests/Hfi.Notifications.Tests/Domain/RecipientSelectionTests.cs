using Hfi.Contracts;
using Hfi.Notifications.Domain;
using Hfi.ServiceDefaults.Domain;

namespace Hfi.Notifications.Tests.Domain;

public sealed class RecipientSelectionTests
{
    private static readonly Recipient Mayor = new(
        "1",
        "Kari Kommune",
        "kari@hamar.kommune.no",
        IsMunicipalRepresentative: true
    );
    private static readonly Recipient Director = new(
        "2",
        "Per Sykehus",
        "per@sykehuset-innlandet.no",
        IsMunicipalRepresentative: false
    );
    private static readonly Recipient Observer = new(
        "3",
        "Ola Observatør",
        "ola@ks.no",
        IsMunicipalRepresentative: false
    );
    private static readonly Recipient[] Members = [Mayor, Director, Observer];

    [Fact]
    public void Of_a_notice_published_per_audience_each_member_receives_exactly_one_version()
    {
        var municipal = RecipientSelection.Select(
            Members,
            Audiences.MunicipalRepresentatives,
            AudienceRule.OneVersionPerMember
        );
        var allMembers = RecipientSelection.Select(Members, Audiences.AllMembers, AudienceRule.OneVersionPerMember);

        Assert.Equal([Mayor], municipal);
        Assert.Equal([Director, Observer], allMembers);
    }

    [Fact]
    public void A_message_for_who_may_see_it_reaches_everyone_or_only_municipal_representatives()
    {
        Assert.Equal(Members, RecipientSelection.Select(Members, Audiences.AllMembers, AudienceRule.WhoMaySee));
        Assert.Equal(
            [Mayor],
            RecipientSelection.Select(Members, Audiences.MunicipalRepresentatives, AudienceRule.WhoMaySee)
        );
    }

    [Fact]
    public void A_person_listed_twice_is_sent_one_message()
    {
        var twice = Mayor with { MemberId = "9", Email = " KARI@Hamar.kommune.no" };

        Assert.Single(RecipientSelection.Select([Mayor, twice], Audiences.AllMembers, AudienceRule.WhoMaySee));
    }

    [Fact]
    public void An_unknown_audience_is_refused_rather_than_guessed()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            RecipientSelection.Select(Members, "public", AudienceRule.WhoMaySee)
        );
        Assert.Contains("'public'", error.Message);
    }

    [Fact]
    public void A_substitute_receives_what_goes_to_the_members_only_once_summoned_and_not_after_release()
    {
        var vara = new Recipient(
            "9",
            "Vera Vara",
            "vera@hamar.kommune.no",
            IsMunicipalRepresentative: true,
            IsSubstitute: true
        );
        var at = new DateTimeOffset(2025, 2, 1, 12, 0, 0, TimeSpan.Zero);

        var unsummoned = RecipientSelection.Select(
            [Mayor, vara],
            Audiences.MunicipalRepresentatives,
            AudienceRule.OneVersionPerMember
        );
        var summoned = RecipientSelection.Select(
            [Mayor, vara],
            Audiences.MunicipalRepresentatives,
            AudienceRule.OneVersionPerMember,
            RecipientSelection.Summoned([(NoticeKind.SubstituteSummoned, "9", at)])
        );
        var released = RecipientSelection.Summoned([
            (NoticeKind.SubstituteReleased, "9", at.AddHours(1)),
            (NoticeKind.SubstituteSummoned, "9", at),
        ]);

        Assert.Equal([Mayor], unsummoned);
        Assert.Equal([Mayor, vara], summoned);
        Assert.Empty(released);
    }
}

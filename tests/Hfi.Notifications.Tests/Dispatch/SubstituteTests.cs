extern alias planning;
using Hfi.Contracts;
using Hfi.Notifications.Tests.Support;
using Hfi.ServiceDefaults.Domain;
using Hfi.Testing;
using Api = Hfi.Notifications.Api;
using PlanningApi = planning::Hfi.Planning.Api;

namespace Hfi.Notifications.Tests.Dispatch;

/// <summary>A substitute (vara) is asked, and once summoned receives the notice of their audience.</summary>
[Collection(NotificationsCollection.Name)]
public sealed class SubstituteTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task A_municipal_substitute_is_asked_and_then_summoned_with_the_restricted_notice_and_its_pdf()
    {
        await using var harness = await NotificationsHarness.StartAsync(infrastructure);
        var members = await harness.AddMembersAsync(municipal: 1, hospital: 1);
        var meetingId = Guid.NewGuid();
        var notice = SeedNotice.For(meetingId, Audiences.MunicipalRepresentatives);
        await harness.PublishAsync(notice, Guid.NewGuid());
        await Mailbox.WaitForAsync(harness.Mail, 1);
        const string substituteEmail = "vara.hamar@kommune.test";

        await harness.PublishAsync(
            new SubstituteAsked
            {
                MeetingId = meetingId,
                ArenaId = SeedNotice.ArenaId,
                RequestId = Guid.NewGuid(),
                MeetingTitle = notice.Title,
                StartsAt = notice.StartsAt,
                AbsentMemberName = members[0].Name,
                SubstituteMemberId = Guid.NewGuid().ToString(),
                SubstituteName = "Vera Vara",
                SubstituteEmail = substituteEmail,
                Rank = 1,
                AskedAt = DateTimeOffset.UtcNow,
            },
            Guid.NewGuid()
        );
        var asked = (await Mailbox.WaitForAsync(harness.Mail, 2)).Single(m => Mailbox.Recipient(m) == substituteEmail);
        Assert.Equal(
            "Kan du møte som vara? Partnerskapsmøtet i Helsefelleskap Innlandet, torsdag 17. oktober 2024",
            asked.Subject
        );
        Assert.Contains($"{members[0].Name} har meldt forfall", asked.TextBody ?? string.Empty);
        Assert.Contains("vara nr. 1", asked.TextBody ?? string.Empty);
        // The link leads through sign-in to "Mine møter", where the open request is answered.
        Assert.Contains("Svar på forespørselen: https://hfi.test/mine-moter", asked.TextBody ?? string.Empty);

        await harness.PublishAsync(
            new SubstituteSummoned
            {
                MeetingId = meetingId,
                ArenaId = SeedNotice.ArenaId,
                SubstituteMemberId = Guid.NewGuid().ToString(),
                SubstituteName = "Vera Vara",
                SubstituteEmail = substituteEmail,
                StandsInForName = members[0].Name,
                NoticeAudience = Audiences.MunicipalRepresentatives,
                NoticeVersion = 1,
                SummonedAt = DateTimeOffset.UtcNow,
            },
            Guid.NewGuid()
        );

        var summoned = (await Mailbox.WaitForAsync(harness.Mail, 3))
            .Where(m => Mailbox.Recipient(m) == substituteEmail)
            .Last();
        var body = summoned.TextBody ?? string.Empty;
        Assert.StartsWith("Innkalling: Partnerskapsmøtet", summoned.Subject);
        Assert.Contains($"Du er innkalt som vara for {members[0].Name}.", body);
        Assert.Contains($"Sak {SeedNotice.RestrictedCase}", body);
        Assert.Equal(3, (await harness.Mail.ReadMessagesAsync()).Count);
    }

    [Fact]
    public async Task The_first_notice_goes_to_the_seat_holders_and_a_substitute_gets_notices_once_summoned_each_labelled_by_purpose()
    {
        await using var harness = await NotificationsHarness.StartAsync(infrastructure);
        var planning = harness.PlanningClient();
        var members = await TestMembers.AddAsync(planning, SeedNotice.ArenaId, municipal: 1, hospital: 1);
        var holder = members.Single(m => m.IsMunicipal);
        var partner = (
            await planning.ListArenaMembersAsync(
                new PlanningApi.ListArenaMembersRequest { ArenaId = SeedNotice.ArenaId }
            )
        )
            .Members.Single(m => m.MemberId == holder.MemberId)
            .PartnerId;
        var vara = await planning.AddArenaMemberAsync(
            new PlanningApi.AddArenaMemberRequest
            {
                ArenaId = SeedNotice.ArenaId,
                PersonName = "Vera Vara",
                Email = $"vera.{Guid.NewGuid():N}@kommune.test",
                PartnerId = partner,
                Kind = PlanningApi.MemberKind.MunicipalRepresentative,
                Role = PlanningApi.MemberRole.Substitute,
                HasVotingRight = true,
                TermFrom = "2024-01-01",
                SubstituteForMemberId = holder.MemberId,
                SubstituteRank = 1,
            }
        );
        var meetingId = Guid.NewGuid();
        var first = Guid.NewGuid();

        await harness.PublishAsync(SeedNotice.For(meetingId, Audiences.AllMembers), Guid.NewGuid());
        await harness.PublishAsync(SeedNotice.For(meetingId, Audiences.MunicipalRepresentatives), first);
        var noticed = await Mailbox.WaitForAsync(harness.Mail, members.Count);
        var summons = Guid.NewGuid();
        await harness.PublishAsync(
            new SubstituteSummoned
            {
                MeetingId = meetingId,
                ArenaId = SeedNotice.ArenaId,
                SubstituteMemberId = vara.MemberId,
                SubstituteName = vara.PersonName,
                SubstituteEmail = vara.Email,
                StandsInForName = holder.Name,
                NoticeAudience = Audiences.MunicipalRepresentatives,
                NoticeVersion = 1,
                SummonedAt = DateTimeOffset.UtcNow,
            },
            summons
        );
        await Mailbox.WaitForAsync(harness.Mail, members.Count + 1);
        var updated = Guid.NewGuid();
        await harness.PublishAsync(SeedNotice.For(meetingId, Audiences.MunicipalRepresentatives, version: 2), updated);
        var mails = await Mailbox.WaitForAsync(harness.Mail, members.Count + 3);

        Assert.DoesNotContain(noticed, m => Mailbox.Recipient(m) == vara.Email);
        Assert.Equal(2, mails.Count(m => Mailbox.Recipient(m) == vara.Email));
        var log = harness.NotificationsClient(TestIdentity.Secretariat);
        async Task<IEnumerable<Api.DeliveryPurpose>> PurposesAsync(Guid noticeId) =>
            (await log.ListDeliveriesAsync(new Api.ListDeliveriesRequest { NoticeId = noticeId.ToString() }))
                .Deliveries.Where(d => d.Channel == Api.Channel.Email)
                .Select(d => d.Purpose);
        Assert.Equal([Api.DeliveryPurpose.Notice], await PurposesAsync(first));
        Assert.Equal([Api.DeliveryPurpose.SubstituteNotice], await PurposesAsync(summons));
        Assert.Equal(
            [Api.DeliveryPurpose.UpdatedNotice, Api.DeliveryPurpose.UpdatedNotice],
            await PurposesAsync(updated)
        );
    }

    [Fact]
    public async Task A_substitute_named_only_by_member_id_is_asked_at_the_address_planning_has_for_them()
    {
        await using var harness = await NotificationsHarness.StartAsync(infrastructure);
        var members = await harness.AddMembersAsync(municipal: 0, hospital: 2);
        var (absent, substitute) = (members[0], members[1]);

        await harness.PublishAsync(
            new SubstituteAsked
            {
                MeetingId = Guid.NewGuid(),
                ArenaId = SeedNotice.ArenaId,
                RequestId = Guid.NewGuid(),
                MeetingTitle = "Partnerskapsmøtet",
                StartsAt = SeedNotice.StartsAt,
                AbsentMemberName = absent.Name,
                SubstituteMemberId = substitute.MemberId,
                SubstituteName = substitute.Name,
                SubstituteEmail = null,
                Rank = 1,
                AskedAt = DateTimeOffset.UtcNow,
            },
            Guid.NewGuid()
        );

        var asked = Assert.Single(await Mailbox.WaitForAsync(harness.Mail, 1));
        Assert.Equal(substitute.Email, Mailbox.Recipient(asked), StringComparer.OrdinalIgnoreCase);
        Assert.Contains($"{absent.Name} har meldt forfall", asked.TextBody ?? string.Empty);
    }

    [Fact]
    public async Task A_substitute_who_is_no_longer_needed_is_told_so()
    {
        await using var harness = await NotificationsHarness.StartAsync(infrastructure);
        const string substituteEmail = "vara.gjovik@kommune.test";

        await harness.PublishAsync(
            new SubstituteReleased
            {
                MeetingId = Guid.NewGuid(),
                ArenaId = SeedNotice.ArenaId,
                RequestId = Guid.NewGuid(),
                MeetingTitle = "Partnerskapsmøtet",
                StartsAt = SeedNotice.StartsAt,
                AbsentMemberName = "Per Gjøvik",
                SubstituteMemberId = Guid.NewGuid().ToString(),
                SubstituteName = "Vidar Vara",
                SubstituteEmail = substituteEmail,
                HadAccepted = true,
                ReleasedAt = DateTimeOffset.UtcNow,
            },
            Guid.NewGuid()
        );

        var released = Assert.Single(await Mailbox.WaitForAsync(harness.Mail, 1));
        Assert.Equal(substituteEmail, Mailbox.Recipient(released));
        Assert.Equal("Du trenger ikke å møte som vara: Partnerskapsmøtet, torsdag 17. oktober 2024", released.Subject);
        Assert.Contains(
            "Per Gjøvik kan likevel møte på Partnerskapsmøtet torsdag 17. oktober 2024 kl. 16:00",
            released.TextBody ?? string.Empty
        );
        Assert.Contains("Innkallingen du fikk, gjelder ikke lenger for deg.", released.TextBody ?? string.Empty);
    }
}

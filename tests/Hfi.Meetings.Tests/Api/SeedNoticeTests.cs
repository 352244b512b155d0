using System.Net.Http.Json;
using System.Text.Json;
using Hfi.Contracts;
using Hfi.Meetings.Api;
using Hfi.ServiceDefaults.Domain;
using Hfi.Testing;

namespace Hfi.Meetings.Tests.Api;

[Collection(MeetingsCollection.Name)]
public sealed class SeedNoticeTests(InfrastructureFixture infrastructure) : MeetingsServiceTest(infrastructure)
{
    [Fact]
    public async Task The_seed_notice_is_rebuilt_with_its_numbers_times_end_and_proposals()
    {
        var seed = await SeedNotice.CreateAsync(Meetings(TestIdentity.Secretariat));

        using var rest = Factory.CreateRestClient(TestIdentity.Secretariat);
        var agenda = await rest.GetFromJsonAsync<JsonElement>($"/api/meetings/{seed.MeetingId}/agenda");
        var items = agenda.GetProperty("items").EnumerateArray().ToList();
        // Transcoding writes empty strings too: an item without a number has caseNumber "".
        string Label(JsonElement item) =>
            item.GetProperty("caseNumber").GetString() is { Length: > 0 } number
                ? number
                : item.GetProperty("title").GetString()!;

        Assert.Equal(
            [
                "Erfaringer på strategisk samarbeid fra Helsefelleskap i nordre Trøndelag 16:15",
                "01.24 16:35",
                "02.24 16:37",
                "03.24 16:40",
                "04.24 16:50",
                "05.24 17:20",
                "06.24 17:30",
                "07.24 17:35",
                "Eventuelt 17:38",
                "08.24 17:40",
            ],
            items.Select(i => $"{Label(i)} {i.GetProperty("startTime").GetString()}")
        );
        Assert.Equal(
            [
                "Godkjenning av innkalling og saksliste",
                "Godkjenning av fullmakter",
                "Årsrapport Helsefelleskap Innlandet 2023 – 2024",
            ],
            items.Skip(1).Take(3).Select(i => i.GetProperty("title").GetString())
        );
        Assert.Equal(
            [2, 3, 10, 30, 10, 5, 3],
            items.Skip(1).Take(7).Select(i => i.GetProperty("durationMinutes").GetInt32())
        );
        Assert.Equal("17:55", items[9].GetProperty("endTime").GetString());
        Assert.Equal(Audiences.MunicipalRepresentatives, items[9].GetProperty("audience").GetString());
        Assert.Equal("17:40", agenda.GetProperty("estimatedEnd").GetString());
        Assert.Equal("", agenda.GetProperty("warning").GetString());

        var strategy = items[4];
        Assert.Equal(3, strategy.GetProperty("resolutionPoints").GetArrayLength());
        var partnership = items[6].GetProperty("alternatives").EnumerateArray().ToList();
        Assert.Equal(["Alternativ 1", "Alternativ 2"], partnership.Select(a => a.GetProperty("label").GetString()));
        Assert.Contains("KS Høstkonferanse", partnership[0].GetProperty("text").GetString());
        Assert.Contains("teams medio juni 2025", partnership[1].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Issuing_the_notice_publishes_one_version_per_audience_and_the_all_members_one_leaves_08_24_out()
    {
        var meetings = Meetings(TestIdentity.Secretariat);
        var seed = await SeedNotice.CreateAsync(meetings);

        var notice = await meetings.IssueNoticeAsync(new IssueNoticeRequest { MeetingId = seed.MeetingId });
        var sent = await Eventually.Get(
            async () =>
                (await OutboxAsync())
                    .Where(m => m.MessageType.Contains(nameof(MeetingNoticeIssued), StringComparison.Ordinal))
                    .ToList(),
            messages => messages.Count == 2 && messages.All(m => m.SentAt is not null),
            "both notices to be published"
        );

        Assert.Equal(
            (1, Audiences.MunicipalRepresentatives, 10),
            (notice.NoticeVersion, notice.Audience, notice.Items.Count)
        );
        var published = sent.Select(m =>
                JsonSerializer.Deserialize<MeetingNoticeIssued>(m.Payload, JsonSerializerOptions.Web)!
            )
            .ToList();
        Assert.All(sent, m => Assert.Contains(nameof(MeetingNoticeIssued), m.MessageType));
        var all = published.Single(n => n.Audience == Audiences.AllMembers);
        var municipal = published.Single(n => n.Audience == Audiences.MunicipalRepresentatives);
        Assert.Equal(("Partnerskapsmøtet", "17:40", 9), (all.ArenaName, all.EstimatedEnd, all.Items.Count));
        Assert.DoesNotContain("08.24", sent[published.IndexOf(all)].Payload);
        Assert.Equal(
            ("08.24", "17:40", "17:55"),
            (municipal.Items[9].CaseNumber, municipal.Items[9].StartsAt, municipal.Items[9].EndsAt)
        );
        Assert.Equal(["16:15", "16:35"], all.Items.Take(2).Select(i => i.StartsAt));
    }

    [Fact]
    public async Task A_change_after_the_notice_is_versioned_and_told_to_the_narrowest_audience_then_the_notice_is_reissued()
    {
        var meetings = Meetings(TestIdentity.Secretariat);
        var seed = await SeedNotice.CreateAsync(meetings);
        await meetings.IssueNoticeAsync(new IssueNoticeRequest { MeetingId = seed.MeetingId });

        var budget = await meetings.GetAgendaItemAsync(
            new GetAgendaItemRequest { MeetingId = seed.MeetingId, ItemId = seed.Restricted }
        );
        await meetings.UpdateAgendaItemAsync(
            new UpdateAgendaItemRequest
            {
                MeetingId = seed.MeetingId,
                ItemId = seed.Restricted,
                Item = SeedNotice.ToInput(Tests.Domain.SeedAgenda.MunicipalBudget with { DurationMinutes = 20 }),
            }
        );
        await meetings.WithdrawAgendaItemAsync(
            new WithdrawAgendaItemRequest { MeetingId = seed.MeetingId, ItemId = seed.ItemIds["05.24"] }
        );
        var reissued = await meetings.IssueNoticeAsync(new IssueNoticeRequest { MeetingId = seed.MeetingId });

        var changes = (await OutboxAsync())
            .Where(m => m.MessageType.Contains(nameof(AgendaChanged), StringComparison.Ordinal))
            .Select(m => JsonSerializer.Deserialize<AgendaChanged>(m.Payload, JsonSerializerOptions.Web)!)
            .ToList();
        Assert.Equal(15, budget.DurationMinutes);
        Assert.Equal(
            [(2, Audiences.MunicipalRepresentatives), (2, Audiences.AllMembers)],
            changes.Select(c => (c.AgendaVersion, c.Audience))
        );
        Assert.Equal(
            "Sak 05.24 Samarbeidsavtalen mellom Sykehuset Innlandet og kommunene i sykehusområdet – erfaringer er trukket fra sakslisten.",
            changes[1].Summary
        );
        Assert.Equal(2, reissued.NoticeVersion);
        Assert.Equal("17:30", reissued.EstimatedEnd);
        Assert.DoesNotContain(reissued.Items, i => i.CaseNumber == "05.24");

        // A change only municipal representatives can see reaches only them: no new version for anyone else.
        await meetings.UpdateAgendaItemAsync(
            new UpdateAgendaItemRequest
            {
                MeetingId = seed.MeetingId,
                ItemId = seed.Restricted,
                Item = SeedNotice.ToInput(Tests.Domain.SeedAgenda.MunicipalBudget with { DurationMinutes = 25 }),
            }
        );
        await meetings.IssueNoticeAsync(new IssueNoticeRequest { MeetingId = seed.MeetingId });
        var notices = (await OutboxAsync())
            .Where(m => m.MessageType.Contains(nameof(MeetingNoticeIssued), StringComparison.Ordinal))
            .Select(m => JsonSerializer.Deserialize<MeetingNoticeIssued>(m.Payload, JsonSerializerOptions.Web)!)
            .ToList();
        var hospital = await Meetings(TestIdentity.HospitalMember)
            .GetNoticeAsync(new GetNoticeRequest { MeetingId = seed.MeetingId });
        var hospitalMeeting = await Meetings(TestIdentity.HospitalMember)
            .GetMeetingAsync(new GetMeetingRequest { MeetingId = seed.MeetingId });
        var hospitalAgenda = await Meetings(TestIdentity.HospitalMember)
            .GetAgendaAsync(new GetAgendaRequest { MeetingId = seed.MeetingId });
        var hospitalList = await Meetings(TestIdentity.HospitalMember)
            .ListMeetingsAsync(new ListMeetingsRequest { ArenaId = SeedNotice.ArenaId });
        var anonymousMeeting = await Meetings().GetMeetingAsync(new GetMeetingRequest { MeetingId = seed.MeetingId });
        var municipalMeeting = await Meetings(TestIdentity.MunicipalMember)
            .GetMeetingAsync(new GetMeetingRequest { MeetingId = seed.MeetingId });
        Assert.Equal(
            [
                (1, Audiences.AllMembers),
                (1, Audiences.MunicipalRepresentatives),
                (2, Audiences.AllMembers),
                (2, Audiences.MunicipalRepresentatives),
                (3, Audiences.MunicipalRepresentatives),
            ],
            notices.Select(n => (n.NoticeVersion, n.Audience)).Order()
        );
        Assert.Equal(2, hospital.NoticeVersion);
        // Every read path outside the restricted audience shows the version all members see: 2 (the withdrawal of 05.24).
        Assert.Equal(
            (2, 2, 2),
            (hospitalMeeting.AgendaVersion, hospitalMeeting.Agenda.AgendaVersion, hospitalMeeting.NoticeVersion)
        );
        Assert.Equal(2, hospitalAgenda.AgendaVersion);
        Assert.Equal(
            (2, 2),
            (hospitalList.Meetings.Single().AgendaVersion, hospitalList.Meetings.Single().NoticeVersion)
        );
        Assert.Equal((2, 2), (anonymousMeeting.AgendaVersion, anonymousMeeting.NoticeVersion));
        Assert.Equal((4, 3), (municipalMeeting.AgendaVersion, municipalMeeting.NoticeVersion));
        using var rest = Factory.CreateRestClient(TestIdentity.HospitalMember);
        foreach (var path in new[] { $"/api/meetings/{seed.MeetingId}", $"/api/meetings/{seed.MeetingId}/agenda" })
        {
            using var body = JsonDocument.Parse(await rest.GetStringAsync(path));
            Assert.Equal(2, body.RootElement.GetProperty("agendaVersion").GetInt32());
        }
    }
}

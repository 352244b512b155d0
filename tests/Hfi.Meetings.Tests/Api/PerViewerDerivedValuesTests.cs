using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Hfi.Meetings.Api;
using Hfi.Meetings.Tests.Domain;
using Hfi.Planning.Api;
using Hfi.Testing;

namespace Hfi.Meetings.Tests.Api;

/// <summary>
/// No value a hospital member sees may depend on 08.24. Two meetings go through the same steps: in one 08.24 runs
/// 90 minutes past the planned end, is changed after the notice, decided, and a municipal member is away during it;
/// in the other 08.24 was withdrawn before the notice. Every read a hospital member makes, and every refusal they
/// get, must be the same for both (ids and case numbers aside): each derived field (times, estimated and planned
/// end, warnings, versions, counts, absence times, error texts) comes from the agenda that member sees.
/// </summary>
[Collection(MeetingsCollection.Name)]
public sealed partial class PerViewerDerivedValuesTests(InfrastructureFixture infrastructure)
    : MeetingsServiceTest(infrastructure)
{
    [Fact]
    public async Task Every_read_and_refusal_a_hospital_member_gets_is_computed_from_the_agenda_they_see()
    {
        var hamar = await AddMemberAsync("Kari Hamar", "hamar", MemberKind.MunicipalRepresentative);
        var gjovik = await AddMemberAsync("Per Gjøvik", "gjovik", MemberKind.MunicipalRepresentative);
        var hospital = await AddMemberAsync("Ola Sykehus", "sykehuset-innlandet", MemberKind.HospitalRepresentative);
        var hospitalToken = TestIdentity.Token(hospital.MemberId, "member", "hospital", "sykehuset-innlandet");
        var (hamarId, gjovikId, hospitalId) = (hamar.MemberId, gjovik.MemberId, hospital.MemberId);

        using var hospitalRest = Factory.CreateRestClient(hospitalToken);
        // The attendance list is for the arena's own members: the municipal control reads as Kari Hamar.
        using var municipalRest = Factory.CreateRestClient(
            TestIdentity.Token(hamar.MemberId, "member", "municipal", "hamar")
        );
        var refusals = new Dictionary<bool, List<string>> { [true] = [], [false] = [] };
        async Task<SeedNotice> Run(bool longCase) =>
            await RunAsync(
                longCase,
                hamarId,
                gjovikId,
                hospitalId,
                async seed =>
                {
                    foreach (var from in new[] { "19:00", "18:05" })
                        refusals[longCase].Add(await ReportAbsenceAsync(hospitalRest, seed, from));
                }
            );
        var withLongCase = await Run(longCase: true);
        var withoutIt = await Run(longCase: false);

        foreach (var path in ReadPaths)
        {
            var seen = await ReadAsync(hospitalRest, path, withLongCase);
            var expected = await ReadAsync(hospitalRest, path, withoutIt);
            Assert.Equal(expected, seen);
        }
        Assert.Equal(refusals[false], refusals[true]);
        Assert.All(refusals[true], refusal => Assert.Contains("is not during the meeting (16:15–18:00)", refusal));

        // The control: the municipal representatives' reads do differ, so the comparison above can fail.
        Assert.NotEqual(
            await ReadAsync(municipalRest, "/agenda", withoutIt),
            await ReadAsync(municipalRest, "/agenda", withLongCase)
        );
        Assert.Contains(
            "18:30",
            await municipalRest.GetStringAsync($"/api/meetings/{withLongCase.MeetingId}/attendance")
        );
    }

    private static readonly string[] ReadPaths =
    [
        "",
        "/agenda",
        "/agenda/items/{03.24}",
        "/notice",
        "/attendance",
        "/voting-count",
        "/voting-count?caseItemId={03.24}",
        "/minutes",
    ];

    /// <summary>
    /// The seed meeting held and minuted; with the long case, or with 08.24 withdrawn before the notice.
    /// </summary>
    private async Task<SeedNotice> RunAsync(
        bool longMunicipalCase,
        string hamar,
        string gjovik,
        string hospital,
        Func<SeedNotice, Task> beforeHeld
    )
    {
        var meetings = Meetings(TestIdentity.Secretariat);
        var seed = await SeedNotice.CreateAsync(meetings);
        var id = seed.MeetingId;
        Task Lengthen(int minutes) =>
            meetings
                .UpdateAgendaItemAsync(
                    new UpdateAgendaItemRequest
                    {
                        MeetingId = id,
                        ItemId = Budget(seed),
                        Item = SeedNotice.ToInput(SeedAgenda.MunicipalBudget with { DurationMinutes = minutes }),
                    }
                )
                .ResponseAsync;

        if (longMunicipalCase)
        {
            await Lengthen(90);
        }
        else
        {
            await meetings.WithdrawAgendaItemAsync(
                new WithdrawAgendaItemRequest { MeetingId = id, ItemId = Budget(seed) }
            );
        }

        await meetings.IssueNoticeAsync(new IssueNoticeRequest { MeetingId = id });
        if (longMunicipalCase)
        {
            await Lengthen(95);
            await meetings.IssueNoticeAsync(new IssueNoticeRequest { MeetingId = id });
        }
        foreach (var member in new[] { hamar, gjovik, hospital })
        {
            await meetings.RecordAttendanceAsync(
                new RecordAttendanceRequest
                {
                    MeetingId = id,
                    MemberId = member,
                    Present = true,
                }
            );
        }

        if (longMunicipalCase)
        {
            await meetings.ReportAbsenceAsync(
                new ReportAbsenceRequest
                {
                    MeetingId = id,
                    MemberId = hamar,
                    AbsentFrom = "18:30",
                }
            );
        }

        await beforeHeld(seed);
        await meetings.MarkHeldAsync(new MarkHeldRequest { MeetingId = id });
        await meetings.RecordDecisionAsync(
            new RecordDecisionRequest
            {
                MeetingId = id,
                ItemId = AnnualReport(seed),
                Source = AdoptedTextSource.Proposal,
                VotesFor = 2,
                VotesAgainst = 1,
                VotesBlank = 0,
            }
        );
        if (longMunicipalCase)
        {
            await meetings.RecordDecisionAsync(
                new RecordDecisionRequest
                {
                    MeetingId = id,
                    ItemId = Budget(seed),
                    Source = AdoptedTextSource.Proposal,
                    Unanimous = true,
                }
            );
        }

        await meetings.DraftMinutesAsync(
            new DraftMinutesRequest
            {
                MeetingId = id,
                ActualStart = "16:15",
                ActualEnd = "17:45",
            }
        );
        await meetings.ApproveMinutesAsync(new ApproveMinutesRequest { MeetingId = id });
        return seed;
    }

    // The second meeting's cases are numbered on from the first's (09.24–16.24): find them by their place.
    private static string AnnualReport(SeedNotice seed) =>
        seed.ItemIds.OrderBy(i => i.Key, StringComparer.Ordinal).ElementAt(2).Value;

    private static string Budget(SeedNotice seed) =>
        seed.ItemIds.OrderBy(i => i.Key, StringComparer.Ordinal).Last().Value;

    private static async Task<string> ReadAsync(HttpClient client, string path, SeedNotice seed)
    {
        var answer = await client.GetAsync(
            $"/api/meetings/{seed.MeetingId}{path.Replace("{03.24}", AnnualReport(seed), StringComparison.Ordinal)}"
        );
        return $"{path} {(int)answer.StatusCode} {Normalized(await answer.Content.ReadAsStringAsync())}";
    }

    private static async Task<string> ReportAbsenceAsync(HttpClient client, SeedNotice seed, string from)
    {
        var answer = await client.PutAsJsonAsync(
            $"/api/meetings/{seed.MeetingId}/absences/mine",
            new { absentFrom = from }
        );
        return $"{(int)answer.StatusCode} {Normalized(await answer.Content.ReadAsStringAsync())}";
    }

    /// <summary>
    /// Ids, case numbers, the instants a notice was issued and a refusal's trace id differ between the two meetings by
    /// construction.
    /// </summary>
    private static string Normalized(string json) =>
        TraceId()
            .Replace(
                IssuedAt().Replace(CaseNumber().Replace(Id().Replace(json, "<id>"), "<nr>"), "\"issuedAt\":\"<t>\""),
                "\"traceId\":\"<trace>\""
            );

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Id();

    [GeneratedRegex(@"\b\d{2}\.24\b")]
    private static partial Regex CaseNumber();

    [GeneratedRegex("\"issuedAt\":\"[^\"]*\"")]
    private static partial Regex IssuedAt();

    [GeneratedRegex("\"traceId\":\"[^\"]*\"")]
    private static partial Regex TraceId();
}

using System.Net;
using System.Net.Http.Headers;
using Grpc.Core;
using Hfi.Meetings.Api;
using Hfi.Testing;

namespace Hfi.Meetings.Tests.Api;

/// <summary>
/// The meeting and agenda reads are cached per audience and checked against the meeting's version. Whatever order
/// municipal members, hospital members and the public read in, and after every edit (made here or on another
/// instance), each gets exactly what an instance that never cached anything answers them; an ETag is the audience's
/// own and earns a 304 only while that audience's answer is unchanged.
/// </summary>
[Collection(MeetingsCollection.Name)]
public sealed class CachedReadsTests(InfrastructureFixture infrastructure) : MeetingsServiceTest(infrastructure)
{
    private const string Public = "public";
    private const string Municipal = nameof(TestIdentity.MunicipalMember);
    private const string Hospital = nameof(TestIdentity.HospitalMember);
    private static readonly string[] MunicipalFirst = [Municipal, Hospital, Public];
    private static readonly string[] PublicFirst = [Public, Hospital, Municipal];

    [Fact]
    public async Task Every_audience_reads_what_an_uncached_instance_answers_in_either_order_and_after_each_edit()
    {
        var secretariat = Meetings(TestIdentity.Secretariat);
        var seed = await SeedNotice.CreateAsync(secretariat);

        async Task ReadAllAndCompare(string[] order, string stage)
        {
            // The truth from an instance that starts cold and is read in the opposite order: were answers keyed
            // wrongly, the two would hand different readers' answers around and disagree.
            var truth = new Dictionary<(string, string), string>();
            await using (var cold = AnotherInstance())
            {
                foreach (var reader in order.Reverse())
                {
                    using var client = cold.CreateRestClient(TokenOf(reader));
                    foreach (var path in Paths(seed))
                        truth[(reader, path)] = await ReadAsync(client, path);
                }
            }

            foreach (var reader in order.Concat(order))
            {
                using var client = Factory.CreateRestClient(TokenOf(reader));
                foreach (var path in Paths(seed))
                {
                    var cached = await ReadAsync(client, path);
                    var expected = truth[(reader, path)];
                    Assert.True(expected == cached, $"{stage}, {reader}, {path}: cached\n{cached}\nfresh\n{expected}");
                    Assert.Equal(reader == Municipal, cached.Contains("08.24", StringComparison.Ordinal));
                }
            }
        }

        await ReadAllAndCompare(MunicipalFirst, "fresh");
        // The municipal-only case runs 90 minutes past the planned end: only municipal members' times and warning move.
        await UpdateRestrictedAsync(secretariat, seed, "Kommunalt budsjett (revidert)", durationMinutes: 120);
        await ReadAllAndCompare(PublicFirst, "after a municipal-only edit");
        using (var municipal = Factory.CreateRestClient(TestIdentity.MunicipalMember))
            Assert.Contains("(revidert)", await ReadAsync(municipal, $"/api/meetings/{seed.MeetingId}/agenda"));

        await WithdrawAsync(secretariat, seed, "04.24");
        await ReadAllAndCompare(MunicipalFirst, "after withdrawing a case for all");
        await secretariat.IssueNoticeAsync(new IssueNoticeRequest { MeetingId = seed.MeetingId });
        await ReadAllAndCompare(PublicFirst, "after the notice");
    }

    [Fact]
    public async Task An_edit_through_another_instance_is_seen_by_the_next_read_here()
    {
        var seed = await SeedNotice.CreateAsync(Meetings(TestIdentity.Secretariat));
        await using var other = AnotherInstance();
        using var municipal = Factory.CreateRestClient(TestIdentity.MunicipalMember);
        var agendaPath = $"/api/meetings/{seed.MeetingId}/agenda";
        Assert.DoesNotContain("Nytt budsjettforslag", await ReadAsync(municipal, agendaPath));
        Assert.DoesNotContain("Nytt budsjettforslag", await ReadAsync(municipal, $"/api/meetings/{seed.MeetingId}"));

        var elsewhere = new MeetingsApi.MeetingsApiClient(other.CreateGrpcChannel(TestIdentity.Secretariat));
        await UpdateRestrictedAsync(elsewhere, seed, "Nytt budsjettforslag", 15);

        Assert.Contains("Nytt budsjettforslag", await ReadAsync(municipal, agendaPath));
        Assert.Contains("Nytt budsjettforslag", await ReadAsync(municipal, $"/api/meetings/{seed.MeetingId}"));
        var agenda = await Meetings(TestIdentity.MunicipalMember)
            .GetAgendaAsync(new GetAgendaRequest { MeetingId = seed.MeetingId });
        Assert.Contains(agenda.Items, i => i.Title == "Nytt budsjettforslag");
    }

    [Fact]
    public async Task An_etag_is_the_audiences_own_and_earns_a_304_only_while_that_audiences_answer_is_unchanged()
    {
        var secretariat = Meetings(TestIdentity.Secretariat);
        var seed = await SeedNotice.CreateAsync(secretariat);
        using var hospital = Factory.CreateRestClient(TestIdentity.HospitalMember);
        using var municipal = Factory.CreateRestClient(TestIdentity.MunicipalMember);
        using var anonymous = Factory.CreateRestClient();

        foreach (var path in Paths(seed))
        {
            var hospitalTag = await ETagAsync(hospital, path);
            var municipalTag = await ETagAsync(municipal, path);
            Assert.True(hospitalTag.IsWeak);
            Assert.NotEqual(hospitalTag, municipalTag);
            // The public reads what hospital members read: the same audience, the same answer, the same tag.
            Assert.Equal(hospitalTag, await ETagAsync(anonymous, path));

            var notModified = await GetAsync(hospital, path, hospitalTag);
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
            Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
            Assert.Equal(hospitalTag, notModified.Headers.ETag);
            var any = await GetAsync(hospital, path, EntityTagHeaderValue.Any);
            Assert.Equal(HttpStatusCode.NotModified, any.StatusCode);
            // Another audience's tag is no use: the municipal answer comes whole.
            var other = await GetAsync(municipal, path, hospitalTag);
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
            Assert.Contains("08.24", await other.Content.ReadAsStringAsync());
        }

        var agendaPath = $"/api/meetings/{seed.MeetingId}/agenda";
        var hospitalBefore = await ETagAsync(hospital, agendaPath);
        var municipalBefore = await ETagAsync(municipal, agendaPath);
        // A municipal-only edit tells hospital members nothing, not even that something changed.
        await UpdateRestrictedAsync(secretariat, seed, "Kommunalt budsjett (revidert)", 15);
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(hospital, agendaPath, hospitalBefore)).StatusCode);
        var changed = await GetAsync(municipal, agendaPath, municipalBefore);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains("(revidert)", await changed.Content.ReadAsStringAsync());

        // An edit all members see changes everyone's tag.
        await WithdrawAsync(secretariat, seed, "04.24");
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(hospital, agendaPath, hospitalBefore)).StatusCode);
    }

    [Fact]
    public async Task A_grpc_call_gets_its_answer_whatever_if_none_match_it_sends_and_an_unknown_meeting_is_not_found()
    {
        var seed = await SeedNotice.CreateAsync(Meetings(TestIdentity.Secretariat));
        using var hospital = Factory.CreateRestClient(TestIdentity.HospitalMember);
        var tag = await ETagAsync(hospital, $"/api/meetings/{seed.MeetingId}/agenda");

        var grpc = Meetings(TestIdentity.HospitalMember);
        var agenda = await grpc.GetAgendaAsync(
            new GetAgendaRequest { MeetingId = seed.MeetingId },
            new Metadata { { "if-none-match", tag.ToString() } }
        );
        Assert.NotEmpty(agenda.Items);
        Assert.DoesNotContain(agenda.Items, i => i.CaseNumber == "08.24");

        var unknown = await GetAsync(hospital, $"/api/meetings/{Guid.NewGuid()}/agenda", EntityTagHeaderValue.Any);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var malformed = await hospital.GetAsync("/api/meetings/not-an-id/agenda");
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    private static string[] Paths(SeedNotice seed) =>
        [$"/api/meetings/{seed.MeetingId}", $"/api/meetings/{seed.MeetingId}/agenda"];

    private static Task WithdrawAsync(MeetingsApi.MeetingsApiClient secretariat, SeedNotice seed, string caseNumber) =>
        secretariat
            .WithdrawAgendaItemAsync(
                new WithdrawAgendaItemRequest { MeetingId = seed.MeetingId, ItemId = seed.ItemIds[caseNumber] }
            )
            .ResponseAsync;

    private static string? TokenOf(string reader) =>
        reader switch
        {
            Municipal => TestIdentity.MunicipalMember,
            Hospital => TestIdentity.HospitalMember,
            _ => null,
        };

    private static async Task UpdateRestrictedAsync(
        MeetingsApi.MeetingsApiClient secretariat,
        SeedNotice seed,
        string title,
        int durationMinutes
    )
    {
        var item = await secretariat.GetAgendaItemAsync(
            new GetAgendaItemRequest { MeetingId = seed.MeetingId, ItemId = seed.Restricted }
        );
        await secretariat.UpdateAgendaItemAsync(
            new UpdateAgendaItemRequest
            {
                MeetingId = seed.MeetingId,
                ItemId = seed.Restricted,
                Item = new AgendaItemInput
                {
                    Kind = item.Kind,
                    Title = title,
                    DurationMinutes = durationMinutes,
                    CaseType = item.CaseType,
                    ProposedResolution = item.ProposedResolution,
                    Audience = item.Audience,
                },
            }
        );
    }

    private static async Task<string> ReadAsync(HttpClient client, string path)
    {
        var answer = await client.GetAsync(path);
        var body = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.StatusCode == HttpStatusCode.OK, $"{path} answered {answer.StatusCode}: {body}");
        return body;
    }

    private static async Task<EntityTagHeaderValue> ETagAsync(HttpClient client, string path)
    {
        var answer = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var cacheControl = answer.Headers.CacheControl;
        Assert.True(cacheControl is { Private: true, NoCache: true }, $"{path}: Cache-Control {cacheControl}");
        return answer.Headers.ETag ?? throw new Xunit.Sdk.XunitException($"{path} has no ETag");
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string path, EntityTagHeaderValue ifNoneMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(ifNoneMatch);
        return client.SendAsync(request);
    }
}

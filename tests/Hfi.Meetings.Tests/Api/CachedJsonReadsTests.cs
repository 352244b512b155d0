using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Hfi.Meetings.Api;
using Hfi.Meetings.Data;
using Hfi.Meetings.Domain;
using Hfi.Meetings.Grpc;
using Hfi.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hfi.Meetings.Tests.Api;

/// <summary>
/// A cached read's REST answer is kept as the bytes the JSON transcoder wrote and served from them to the same
/// audience only, while the meeting's version is unchanged (<see cref="CachedJsonReads"/>). To tell the kept bytes
/// from a fresh answer, a test swaps them for a marker under the same tag: whoever gets the marker was served from
/// the bytes. <see cref="CachedReadsTests"/> reads every path twice per reader, so its comparisons with an uncached
/// instance cover what the bytes hold, before and after each edit.
/// </summary>
[Collection(MeetingsCollection.Name)]
public sealed class CachedJsonReadsTests(InfrastructureFixture infrastructure) : MeetingsServiceTest(infrastructure)
{
    private static readonly byte[] Marker = Encoding.UTF8.GetBytes("""{"served":"from the kept bytes"}""");

    [Theory]
    [InlineData(MeetingReads.AgendaShape, "/agenda")]
    [InlineData(MeetingReads.MeetingShape, "")]
    public async Task The_next_rest_read_of_the_same_audience_gets_the_kept_bytes_and_no_other_audience_does(
        string shape,
        string suffix
    )
    {
        var seed = await SeedNotice.CreateAsync(Meetings(TestIdentity.Secretariat));
        var path = $"/api/meetings/{seed.MeetingId}{suffix}";
        using var hospital = Factory.CreateRestClient(TestIdentity.HospitalMember);
        using var anonymous = Factory.CreateRestClient();
        using var municipal = Factory.CreateRestClient(TestIdentity.MunicipalMember);

        // The first read is the transcoder's; the second, from the kept bytes, is the same answer byte for byte.
        var (first, firstBody) = await GetAsync(hospital, path);
        var (second, secondBody) = await GetAsync(hospital, path);
        Assert.Equal(firstBody, secondBody);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(first.Headers.CacheControl, second.Headers.CacheControl);
        Assert.Equal(first.Headers.Vary, second.Headers.Vary);
        Assert.Equal(first.Content.Headers.ContentType, second.Content.Headers.ContentType);

        var key = new ReadKey(Guid.Parse(seed.MeetingId), Viewer.AllMembers.Key, shape);
        var version = await VersionAsync(seed);
        var cache = Factory.Services.GetRequiredService<MeetingReadCache>();
        Assert.True(cache.TryGetJson(key, version, out var kept));
        Assert.Equal(firstBody, kept.Body);
        Assert.False(cache.TryGetJson(key with { ViewerKey = Viewer.Municipal.Key }, version, out _));
        cache.SetJson(key, version, kept with { Body = Marker });

        // Hospital members and the public are one audience: both are served the bytes, with the tag and its 304.
        Assert.Equal(Marker, (await GetAsync(hospital, path)).Body);
        Assert.Equal(Marker, (await GetAsync(anonymous, path)).Body);
        var notModified = await GetAsync(hospital, path, first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, notModified.Answer.StatusCode);
        Assert.Empty(notModified.Body);
        Assert.Equal(first.Headers.ETag, notModified.Answer.Headers.ETag);
        Assert.Equal(
            HttpStatusCode.NotModified,
            (await GetAsync(hospital, path, EntityTagHeaderValue.Any)).Answer.StatusCode
        );

        // Municipal members get their own answer, with or without the other audience's tag, twice (the second from
        // their own bytes); gRPC callers never get bytes meant for REST.
        foreach (var ifNoneMatch in new[] { null, first.Headers.ETag, null })
        {
            var (answer, body) = await GetAsync(municipal, path, ifNoneMatch);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.NotEqual(Marker, body);
            Assert.Contains("08.24", Encoding.UTF8.GetString(body), StringComparison.Ordinal);
            Assert.NotEqual(first.Headers.ETag, answer.Headers.ETag);
        }
        var agenda = await Meetings(TestIdentity.HospitalMember)
            .GetAgendaAsync(new GetAgendaRequest { MeetingId = seed.MeetingId });
        Assert.NotEmpty(agenda.Items);

        // Any save of the meeting moves its version: the bytes of the old one are never served again.
        await Meetings(TestIdentity.Secretariat)
            .UpdateAgendaItemAsync(await RetitledAsync(seed, seed.ItemIds["04.24"], "Ny tittel for alle"));
        var (_, afterEdit) = await GetAsync(hospital, path);
        Assert.NotEqual(Marker, afterEdit);
        Assert.Contains("Ny tittel for alle", Encoding.UTF8.GetString(afterEdit), StringComparison.Ordinal);
        Assert.Equal(afterEdit, (await GetAsync(hospital, path)).Body);
    }

    [Fact]
    public async Task A_read_with_a_query_string_an_unknown_meeting_or_a_malformed_id_is_answered_as_without_the_bytes()
    {
        var seed = await SeedNotice.CreateAsync(Meetings(TestIdentity.Secretariat));
        var path = $"/api/meetings/{seed.MeetingId}/agenda";
        using var hospital = Factory.CreateRestClient(TestIdentity.HospitalMember);
        await GetAsync(hospital, path);
        await GetAsync(hospital, path);
        var key = new ReadKey(Guid.Parse(seed.MeetingId), Viewer.AllMembers.Key, MeetingReads.AgendaShape);
        var version = await VersionAsync(seed);
        var cache = Factory.Services.GetRequiredService<MeetingReadCache>();
        Assert.True(cache.TryGetJson(key, version, out var kept));
        cache.SetJson(key, version, kept with { Body = Marker });

        var withQuery = await hospital.GetAsync($"{path}?meetingId={seed.MeetingId}");
        Assert.NotEqual(Marker, await withQuery.Content.ReadAsByteArrayAsync());
        var unknown = await hospital.GetAsync($"/api/meetings/{Guid.NewGuid()}/agenda");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var malformed = await hospital.GetAsync("/api/meetings/not-an-id/agenda");
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    [Fact]
    public async Task Every_read_checks_the_version_once_a_rest_miss_included()
    {
        var seed = await SeedNotice.CreateAsync(Meetings(TestIdentity.Secretariat));
        var path = $"/api/meetings/{seed.MeetingId}/agenda";
        using var hospital = Factory.CreateRestClient(TestIdentity.HospitalMember);
        using var checks = new VersionChecks();

        // A miss of the bytes: the version is read once, by the bytes' check, for both it and the read behind it.
        await GetAsync(hospital, path);
        Assert.Equal(1, checks.Take());
        await GetAsync(hospital, path);
        Assert.Equal(1, checks.Take());
        // After a save, the first read is a miss again, and still looks only once: and sees the save.
        await Meetings(TestIdentity.Secretariat)
            .UpdateAgendaItemAsync(await RetitledAsync(seed, seed.ItemIds["04.24"], "Etter lagring"));
        checks.Take();
        var (_, afterSave) = await GetAsync(hospital, path);
        Assert.Equal(1, checks.Take());
        Assert.Contains("Etter lagring", Encoding.UTF8.GetString(afterSave), StringComparison.Ordinal);
        // A gRPC read, which the bytes never serve, checks it itself.
        await Meetings(TestIdentity.HospitalMember).GetAgendaAsync(new GetAgendaRequest { MeetingId = seed.MeetingId });
        Assert.Equal(1, checks.Take());
    }

    /// <summary>Counts <see cref="MeetingVersions"/>' queries, seen through Npgsql's command activities.</summary>
    private sealed class VersionChecks : IDisposable
    {
        private readonly ActivityListener _listener;
        private int _count;

        public VersionChecks()
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == "Npgsql",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = activity =>
                {
                    if (
                        activity.DisplayName.Contains("SELECT xmin FROM meetings", StringComparison.Ordinal)
                        || activity.TagObjects.Any(tag =>
                            tag.Value is string text
                            && text.Contains("SELECT xmin FROM meetings", StringComparison.Ordinal)
                        )
                    )
                    {
                        Interlocked.Increment(ref _count);
                    }
                },
            };
            ActivitySource.AddActivityListener(_listener);
        }

        /// <summary>The queries since the last call.</summary>
        public int Take() => Interlocked.Exchange(ref _count, 0);

        public void Dispose() => _listener.Dispose();
    }

    private async Task<uint> VersionAsync(SeedNotice seed) =>
        await Factory
            .Services.GetRequiredService<MeetingVersions>()
            .OfAsync(Guid.Parse(seed.MeetingId), CancellationToken.None)
        ?? throw new InvalidOperationException("no such meeting");

    private async Task<UpdateAgendaItemRequest> RetitledAsync(SeedNotice seed, string itemId, string title)
    {
        var item = await Meetings(TestIdentity.Secretariat)
            .GetAgendaItemAsync(new GetAgendaItemRequest { MeetingId = seed.MeetingId, ItemId = itemId });
        return new UpdateAgendaItemRequest
        {
            MeetingId = seed.MeetingId,
            ItemId = itemId,
            Item = new AgendaItemInput
            {
                Kind = item.Kind,
                Title = title,
                DurationMinutes = item.DurationMinutes,
                CaseType = item.CaseType,
                ProposedResolution = item.ProposedResolution,
                Audience = item.Audience,
            },
        };
    }

    private static async Task<(HttpResponseMessage Answer, byte[] Body)> GetAsync(
        HttpClient client,
        string path,
        EntityTagHeaderValue? ifNoneMatch = null
    )
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (ifNoneMatch is not null)
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        var answer = await client.SendAsync(request);
        var body = await answer.Content.ReadAsByteArrayAsync();
        Assert.True(
            answer.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotModified,
            $"{path} answered {answer.StatusCode}: {Encoding.UTF8.GetString(body)}"
        );
        return (answer, body);
    }
}

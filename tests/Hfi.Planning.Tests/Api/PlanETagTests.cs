using System.Net;
using System.Net.Http.Headers;
using Hfi.Planning.Api;
using Hfi.Planning.Tests.Seeds;
using Hfi.Testing;

namespace Hfi.Planning.Tests.Api;

/// <summary>The plan read answers with an ETag, which earns a 304 without a body until the plan changes.</summary>
[Collection(PlanningCollection.Name)]
public sealed class PlanETagTests(InfrastructureFixture infrastructure) : PlanningServiceTest(infrastructure)
{
    [Fact]
    public async Task An_unchanged_plan_is_a_304_and_a_change_gives_it_a_new_etag()
    {
        var secretariat = new PlanningApi.PlanningApiClient(Factory.CreateGrpcChannel(TestIdentity.Secretariat));
        await secretariat.ImportPlanAsync(
            new ImportPlanRequest
            {
                Year = 2025,
                Table = new Google.Api.HttpBody
                {
                    ContentType = "text/plain",
                    Data = Google.Protobuf.ByteString.CopyFromUtf8(SeedPlan.Text2025),
                },
            }
        );
        var draft = await secretariat.GetPlanAsync(new GetPlanRequest { Year = 2025 });
        using var rest = Factory.CreateRestClient(TestIdentity.Secretariat);
        using var member = Factory.CreateRestClient(TestIdentity.HospitalMember);

        var first = await rest.GetAsync("/api/planning/plans/2025");
        var etag = first.Headers.ETag ?? throw new Xunit.Sdk.XunitException("GetPlan has no ETag");
        var notModified = await GetAsync(rest, etag);
        // A draft does not exist to members, whatever tag they send.
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(member, etag)).StatusCode);

        await secretariat.ApprovePlanAsync(
            new ApprovePlanRequest
            {
                Year = 2025,
                ApprovalCase = "sak 33/24",
                ExpectedVersion = draft.Version,
            }
        );
        var changed = await GetAsync(rest, etag);
        var memberFirst = await member.GetAsync("/api/planning/plans/2025");

        Assert.True(etag.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, memberFirst.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(member, memberFirst.Headers.ETag!)).StatusCode);
        Assert.NotEqual(changed.Headers.ETag, memberFirst.Headers.ETag);
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, EntityTagHeaderValue ifNoneMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/planning/plans/2025");
        request.Headers.IfNoneMatch.Add(ifNoneMatch);
        return client.SendAsync(request);
    }
}

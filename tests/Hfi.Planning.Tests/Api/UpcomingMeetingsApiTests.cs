using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hfi.Planning.Tests.Seeds;
using Hfi.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hfi.Planning.Tests.Api;

[Collection(PlanningCollection.Name)]
public sealed class UpcomingMeetingsApiTests(InfrastructureFixture infrastructure) : PlanningServiceTest(infrastructure)
{
    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2025, 5, 22, 9, 0, 0, TimeSpan.Zero)));

    [Fact]
    public async Task Upcoming_meetings_start_today_soonest_first_over_rest()
    {
        using var secretariat = Factory.CreateRestClient(TestIdentity.Secretariat);
        await SeedPlan.ImportAndApproveAsync(secretariat);

        using var anyone = Factory.CreateRestClient();
        var json = await anyone.GetFromJsonAsync<JsonElement>("/api/planning/planned-meetings/upcoming?limit=3");

        Assert.Equal(
            ["2025-05-22", "2025-08-01", "2025-08-01"],
            json.GetProperty("meetings").EnumerateArray().Select(m => m.GetProperty("firstDate").GetString())
        );
    }
}

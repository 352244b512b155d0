using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hfi.ServiceDefaults.Identity;

namespace Hfi.SystemTests.Security;

/// <summary>
/// An observer (observatør) follows the meetings like any member but has no seat: never what is for municipal
/// representatives only, even when they come from a municipality, and no absence report of their own.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class ObserverTests(RunningSystem system)
{
    [Fact]
    public async Task An_observer_from_a_municipality_does_not_see_an_item_for_municipal_representatives()
    {
        using var secretariat = await system.SignedInClientAsync("sekretariat");
        using var created = await secretariat.PostAsJsonAsync(
            "/api/meetings",
            new
            {
                arenaId = "ssu",
                title = "Strategisk samarbeidsutvalg",
                startsAt = "2025-04-10T09:00:00Z",
                endsAt = "2025-04-10T13:00:00Z",
                place = "Hamar",
            }
        );
        var meetingId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("meetingId").GetString();
        (
            await secretariat.PostAsJsonAsync(
                $"/api/meetings/{meetingId}/agenda/items",
                new
                {
                    title = "Kommunenes forhandlingsposisjon",
                    kind = "AGENDA_ITEM_KIND_CASE",
                    caseType = "CASE_TYPE_DROFTING",
                    durationMinutes = 30,
                    audience = "municipal-representatives",
                }
            )
        ).EnsureSuccessStatusCode();
        using var observer = system.CreateClient(
            system.Tokens.Issue(
                "observator-kommune",
                HfiRoles.Observer,
                PartnerKinds.Municipal,
                "hamar",
                "Olga Observatør",
                email: "olga.observator@hamar.kommune.no"
            )
        );
        using var municipal = await system.SignedInClientAsync("kommune-hamar");

        var seenByObserver = await observer.GetStringAsync($"/api/meetings/{meetingId}/agenda");
        var seenByMunicipal = await municipal.GetStringAsync($"/api/meetings/{meetingId}/agenda");
        using var report = await observer.PutAsJsonAsync(
            $"/api/meetings/{meetingId}/absences/mine",
            new { note = "Forhindret" }
        );

        Assert.DoesNotContain("Kommunenes forhandlingsposisjon", seenByObserver);
        Assert.Contains("Kommunenes forhandlingsposisjon", seenByMunicipal);
        Assert.Equal(HttpStatusCode.Forbidden, report.StatusCode);
    }
}

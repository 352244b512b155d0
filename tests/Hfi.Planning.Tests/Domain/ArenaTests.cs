using Hfi.Contracts;
using Hfi.Planning.Domain;
using Hfi.Planning.Events;
using Hfi.ServiceDefaults.Domain;

namespace Hfi.Planning.Tests.Domain;

public sealed class ArenaTests
{
    private static readonly string[] Regions = Organisation.Regions.Select(r => r.Id).ToArray();
    private static readonly DateTimeOffset CreatedAt = new(2025, 1, 10, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_new_arena_gets_an_id_from_its_name()
    {
        var arena = Arena.Create("  Fagråd for rus ", ArenaKind.Other, null, Regions, CreatedAt);

        Assert.Equal("fagrad-for-rus", arena.Id);
        Assert.Equal("Fagråd for rus", arena.Name);
    }

    [Fact]
    public void A_new_arena_is_announced_to_the_other_services()
    {
        var arena = Arena.Create("Dialogmøte Hamar 2", ArenaKind.DialogueMeeting, "hamar", Regions, CreatedAt);

        var created = Assert.IsType<ArenaCreated>(
            new PlanningIntegrationEvents().Translate(Assert.Single(arena.DomainEvents))
        );
        Assert.Equal(
            ("dialogmote-hamar-2", "Dialogmøte Hamar 2", "DialogueMeeting", "hamar", CreatedAt),
            (created.ArenaId, created.Name, created.Kind, created.RegionId, created.CreatedAt)
        );
    }

    [Fact]
    public void A_dialogue_meeting_needs_a_known_region()
    {
        var missing = Assert.Throws<ValidationFailedException>(() =>
            Arena.Create("Dialogmøte", ArenaKind.DialogueMeeting, null, Regions, CreatedAt)
        );
        Assert.Equal("region_id", Assert.Single(missing.Errors).Field);

        var unknown = Assert.Throws<ValidationFailedException>(() =>
            Arena.Create("Dialogmøte Oslo", ArenaKind.DialogueMeeting, "oslo", Regions, CreatedAt)
        );
        Assert.Contains("oslo", Assert.Single(unknown.Errors).Description);
    }

    [Fact]
    public void Every_broken_rule_is_named_at_once()
    {
        var error = Assert.Throws<ValidationFailedException>(() =>
            Arena.Create(" ", (ArenaKind)99, "oslo", Regions, CreatedAt)
        );

        Assert.Equal(["name", "kind", "region_id"], error.Errors.Select(e => e.Field));
    }

    [Fact]
    public void The_standing_organisation_has_seven_regions_and_a_dialogue_meeting_in_each()
    {
        Assert.Equal(7, Organisation.Regions.Count);
        Assert.Equal(7, Organisation.StandingArenas.Count(a => a.Kind == ArenaKind.DialogueMeeting));
        Assert.Contains(Organisation.Regions, r => r is { Id: "gjovik-hadeland", Name: "Gjøvik/Hadeland" });
    }
}

using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Hfi.Meetings.Api;
using Hfi.Meetings.Tests.Api;
using Hfi.Meetings.Tests.Domain;
using Hfi.Testing;

namespace Hfi.Meetings.Tests.Replicas;

/// <summary>
/// Two instances of Meetings on one database (<c>HFI_REPLICAS=2</c>) taking agenda edits at once: every edit is either
/// saved or refused as a conflict, no saved edit is lost, and no case number is given twice.
/// </summary>
[Collection(MeetingsCollection.Name)]
public sealed class ParallelEditTests(InfrastructureFixture infrastructure) : MeetingsServiceTest(infrastructure)
{
    [Fact]
    public async Task Cases_added_at_once_through_two_instances_are_saved_or_refused_as_conflicts_and_never_share_a_number()
    {
        await using var second = AnotherInstance();
        var instances = new[]
        {
            Meetings(TestIdentity.Secretariat),
            new MeetingsApi.MeetingsApiClient(second.CreateGrpcChannel(TestIdentity.Secretariat)),
        };
        var first = await SeedNotice.CreateAsync(instances[0]);
        var other = await instances[1]
            .CreateMeetingAsync(
                new CreateMeetingRequest
                {
                    ArenaId = SeedNotice.ArenaId,
                    Title = "Ekstraordinært partnerskapsmøte",
                    StartsAt = Timestamp.FromDateTimeOffset(SeedAgenda.StartsAt.AddDays(30)),
                    EndsAt = Timestamp.FromDateTimeOffset(SeedAgenda.PlannedEnd.AddDays(30)),
                }
            );
        string[] meetingIds = [first.MeetingId, other.MeetingId];

        // Two meetings of one arena and year share the case-number sequence; each meeting is also edited from both instances.
        var attempts = await Task.WhenAll(
            Enumerable
                .Range(0, 16)
                .Select(async n =>
                {
                    var title = $"Parallell sak {n:00}";
                    try
                    {
                        var item = await instances[n % 2]
                            .AddAgendaItemAsync(
                                new AddAgendaItemRequest
                                {
                                    MeetingId = meetingIds[n / 2 % 2],
                                    Item = new AgendaItemInput
                                    {
                                        Kind = Hfi.Meetings.Api.AgendaItemKind.Case,
                                        Title = title,
                                        DurationMinutes = 5,
                                        CaseType = Hfi.Meetings.Api.CaseType.Beslutning,
                                        ProposedResolution = "Saken tas til orientering.",
                                        Audience = "all-members",
                                    },
                                }
                            );
                        return (meeting: meetingIds[n / 2 % 2], title, item.CaseNumber, conflict: false);
                    }
                    catch (RpcException refused) when (refused.StatusCode == StatusCode.Aborted)
                    {
                        return (meeting: meetingIds[n / 2 % 2], title, CaseNumber: (string?)null, conflict: true);
                    }
                })
        );

        var saved = attempts.Where(a => !a.conflict).ToList();
        Assert.NotEmpty(saved);
        var agendas = new Dictionary<string, AgendaItem[]>();
        foreach (var id in meetingIds)
            agendas[id] = [.. (await instances[0].GetAgendaAsync(new GetAgendaRequest { MeetingId = id })).Items];
        // Every acknowledged edit is there, with the number it was given; refused ones are not.
        Assert.All(
            saved,
            a => Assert.Equal(a.CaseNumber, Assert.Single(agendas[a.meeting], i => i.Title == a.title).CaseNumber)
        );
        Assert.All(
            attempts.Where(a => a.conflict),
            a => Assert.DoesNotContain(agendas[a.meeting], i => i.Title == a.title)
        );
        var numbers = agendas
            .Values.SelectMany(items => items)
            .Where(i => i.CaseNumber != "")
            .Select(i => i.CaseNumber)
            .ToList();
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
    }
}

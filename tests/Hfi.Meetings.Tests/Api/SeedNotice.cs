using Google.Protobuf.WellKnownTypes;
using Hfi.Meetings.Api;
using Hfi.Meetings.Domain;
using Hfi.Meetings.Tests.Domain;
using Hfi.Testing;

namespace Hfi.Meetings.Tests.Api;

/// <summary>
/// The seed notice (seeds/004) built through the API as a secretary would, from the same content as
/// <see cref="SeedAgenda"/>.
/// </summary>
internal sealed record SeedNotice(string MeetingId, IReadOnlyDictionary<string, string> ItemIds)
{
    public const string ArenaId = SeedAgenda.ArenaId;

    public string Restricted => ItemIds["08.24"];

    public static async Task<SeedNotice> CreateAsync(MeetingsApi.MeetingsApiClient meetings)
    {
        var meeting = await meetings.CreateMeetingAsync(
            new CreateMeetingRequest
            {
                ArenaId = ArenaId,
                Title = "Partnerskapsmøtet 2024",
                StartsAt = Timestamp.FromDateTimeOffset(SeedAgenda.StartsAt),
                EndsAt = Timestamp.FromDateTimeOffset(SeedAgenda.PlannedEnd),
                Place = "Hamar",
                Chair = "Leder Partnerskapsmøtet",
                Secretary = "Sekretariatet",
            }
        );
        var id = meeting.MeetingId;
        var presentation = await AddAsync(meetings, id, SeedAgenda.Presentation);
        foreach (var content in SeedAgenda.Cases())
            await AddAsync(meetings, id, content);
        await AddAsync(meetings, id, SeedAgenda.MunicipalBudget);

        var agenda = await meetings.GetAgendaAsync(new GetAgendaRequest { MeetingId = id });
        var eventuelt = agenda.Items.Single(i => i.Kind == Hfi.Meetings.Api.AgendaItemKind.AnyOtherBusiness);
        await meetings.UpdateAgendaItemAsync(
            new UpdateAgendaItemRequest
            {
                MeetingId = id,
                ItemId = eventuelt.ItemId,
                Item = new AgendaItemInput
                {
                    Kind = eventuelt.Kind,
                    Title = eventuelt.Title,
                    DurationMinutes = 2,
                    Background = "NTNU og Universitetet I Oslo - etablerer medisinutdanning i Innlandet",
                },
            }
        );
        await meetings.ReorderAgendaAsync(
            new ReorderAgendaRequest
            {
                MeetingId = id,
                ItemIds =
                {
                    presentation.ItemId,
                    agenda.Items.Where(i => i.ItemId != presentation.ItemId).Select(i => i.ItemId),
                },
            }
        );

        var items = (await meetings.GetAgendaAsync(new GetAgendaRequest { MeetingId = id })).Items;
        return new SeedNotice(id, items.Where(i => i.CaseNumber != "").ToDictionary(i => i.CaseNumber, i => i.ItemId));
    }

    public static AgendaItemInput ToInput(AgendaItemContent content) =>
        new()
        {
            Kind = (Hfi.Meetings.Api.AgendaItemKind)content.Kind,
            Title = content.Title,
            DurationMinutes = content.DurationMinutes,
            QuestionMinutes = content.QuestionMinutes,
            CaseType = (Hfi.Meetings.Api.CaseType)(content.CaseType ?? 0),
            Presenter = content.Presenter ?? "",
            Background = content.Background ?? "",
            ProposedResolution = content.ProposedResolution ?? "",
            ResolutionPoints = { content.ResolutionPoints },
            Alternatives = { content.Alternatives },
            Audience = content.Audience,
            Attachments =
            {
                content.Attachments.Select(a => new Attachment
                {
                    DocumentId = a.DocumentId.ToString(),
                    Title = a.Title,
                }),
            },
        };

    private static Task<Hfi.Meetings.Api.AgendaItem> AddAsync(
        MeetingsApi.MeetingsApiClient meetings,
        string meetingId,
        AgendaItemContent content
    ) =>
        meetings
            .AddAgendaItemAsync(new AddAgendaItemRequest { MeetingId = meetingId, Item = ToInput(content) })
            .ResponseAsync;
}

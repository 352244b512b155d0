using System.Text.Json;
using Hfi.Contracts;
using Hfi.Meetings.Api;
using Hfi.ServiceDefaults.Domain;
using Hfi.Testing;

namespace Hfi.Meetings.Tests.Api;

[Collection(MeetingsCollection.Name)]
public sealed class CasesToldApiTests(InfrastructureFixture infrastructure) : MeetingsServiceTest(infrastructure)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Creating_a_meeting_and_changing_its_cases_tells_documents_every_case_with_its_audience()
    {
        var meetings = Meetings(TestIdentity.Secretariat);
        var seed = await SeedNotice.CreateAsync(meetings);
        await meetings.WithdrawAgendaItemAsync(
            new WithdrawAgendaItemRequest { MeetingId = seed.MeetingId, ItemId = seed.ItemIds["07.24"] }
        );

        var told = (await OutboxAsync())
            .Where(m => m.MessageType.Contains(nameof(MeetingCasesChanged), StringComparison.Ordinal))
            .Select(m => JsonSerializer.Deserialize<MeetingCasesChanged>(m.Payload, Json)!)
            .ToList();

        Assert.Equal(["01.24", "02.24"], told[0].Cases.Select(c => c.CaseNumber));
        var last = told[^1];
        Assert.Equal(Guid.Parse(seed.MeetingId), last.MeetingId);
        Assert.Equal(Audiences.MunicipalRepresentatives, last.Cases.Single(c => c.CaseNumber == "08.24").Audience);
        Assert.Equal(
            [Guid.Parse("00000000-0000-0000-0000-000000000801")],
            last.Cases.Single(c => c.CaseNumber == "08.24").AttachmentIds
        );
        Assert.True(last.Cases.Single(c => c.CaseNumber == "07.24").Withdrawn);
        Assert.All(told.Skip(1).Zip(told), pair => Assert.True(pair.First.ChangedAt >= pair.Second.ChangedAt));
    }
}

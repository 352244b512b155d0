using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hfi.Planning.Api;
using Hfi.Planning.Tests.Seeds;
using Hfi.Testing;

namespace Hfi.Planning.Tests.Api;

/// <summary>The same plan table uploaded as the Word document or Excel workbook the secretariat keeps it in.</summary>
[Collection(PlanningCollection.Name)]
public sealed class OfficeImportApiTests(InfrastructureFixture infrastructure) : PlanningServiceTest(infrastructure)
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private async Task<HttpResponseMessage> UploadAsync(byte[] file, string contentType)
    {
        using var rest = Factory.CreateRestClient(TestIdentity.Secretariat);
        using var body = new ByteArrayContent(file);
        body.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return await rest.PostAsync("/api/planning/plans/2025/import", body);
    }

    [Fact]
    public async Task The_seed_plan_as_a_word_document_gives_the_same_thirteen_meetings_and_warning()
    {
        var answer = await UploadAsync(OfficeFiles.Docx(SeedPlan.Text2025), Docx);
        var json = await answer.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(13, json.GetProperty("created").GetArrayLength());
        var warning = Assert.Single(json.GetProperty("warnings").EnumerateArray());
        Assert.Equal(
            ("end-not-after-start", 48),
            (warning.GetProperty("code").GetString(), warning.GetProperty("row").GetInt32())
        );

        var again = await (
            await UploadAsync(OfficeFiles.Docx(SeedPlan.Text2025), Docx)
        ).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, again.GetProperty("created").GetArrayLength());
    }

    [Fact]
    public async Task A_workbook_keeps_excel_row_numbers_real_dates_and_sparse_cells_and_splits_topic_lines()
    {
        var workbook = OfficeFiles.Xlsx(
            (1, ["Årsplan Helsefellesskap Innlandet 2025"]),
            (3, ["Samhandlingsarenaer", "Helseregioner", "Dag", "Dato", "Klokkeslett", "Sted", "Saker"]),
            (
                4,
                [
                    "Strategisk samarbeidsutvalg",
                    null,
                    "Torsdag",
                    new DateOnly(2025, 2, 13),
                    "10:00-14:00",
                    "Brumunddal",
                    "Budsjett (B)\nHandlingsdel - status",
                ]
            ),
            (5, [null, null, null, null, null, null, "Samarbeidsavtalen (O)"]),
            (7, ["Årsplan Helsefellesskap Innlandet 2025"]),
            (8, [null, null, "Fredag", new DateOnly(2025, 5, 22), "10:00-12:00", "Hamar"])
        );

        var answer = await UploadAsync(workbook, Xlsx);
        var json = await answer.Content.ReadFromJsonAsync<JsonElement>();
        var client = new PlanningApi.PlanningApiClient(Factory.CreateGrpcChannel(TestIdentity.Secretariat));
        var meetings = (
            await client.ListPlannedMeetingsAsync(new ListPlannedMeetingsRequest { ArenaId = "ssu" })
        ).Meetings;

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var warning = Assert.Single(json.GetProperty("warnings").EnumerateArray());
        Assert.Equal(
            ("weekday-mismatch", 8),
            (warning.GetProperty("code").GetString(), warning.GetProperty("row").GetInt32())
        );
        Assert.Equal(["2025-02-13", "2025-05-22"], meetings.Select(m => m.FirstDate));
        Assert.Equal(["Budsjett (B)", "Handlingsdel - status", "Samarbeidsavtalen (O)"], meetings[0].Topics);
        Assert.Equal(TopicMark.Information, meetings[0].PlannedTopics[2].Mark);
    }

    [Fact]
    public async Task A_damaged_file_is_refused_naming_it()
    {
        var answer = await UploadAsync([0x50, 0x4B, 0x03, 0x04, 1, 2, 3], Docx);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("Word-dokumentet", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e10")]
    [InlineData("-1e10")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    public async Task A_date_cell_that_is_no_date_is_a_clear_refusal_naming_its_row_not_an_error(string serial)
    {
        var workbook = OfficeFiles.Xlsx(
            (3, ["Samhandlingsarenaer", "Helseregioner", "Dag", "Dato", "Klokkeslett", "Sted", "Saker"]),
            (
                4,
                [
                    "Strategisk samarbeidsutvalg",
                    null,
                    "Torsdag",
                    new OfficeFiles.DateSerial(serial),
                    "10:00-14:00",
                    "Brumunddal",
                    "Budsjett",
                ]
            )
        );

        var answer = await UploadAsync(workbook, Xlsx);
        var body = await answer.Content.ReadAsStringAsync();

        Assert.True((int)answer.StatusCode is >= 400 and < 500, $"{serial}: {(int)answer.StatusCode} {body}");
        Assert.DoesNotContain("OleAut", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.Contains("PLAN_CELL_NOT_A_DATE", body, StringComparison.Ordinal);
        Assert.Contains("D4", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sheet_without_its_relationship_id_is_refused_as_an_unreadable_file()
    {
        var workbook = OfficeFiles.WithoutSheetRelationship(
            OfficeFiles.Xlsx((3, ["Samhandlingsarenaer", "Helseregioner", "Dag", "Dato"]))
        );

        var answer = await UploadAsync(workbook, Xlsx);
        var body = await answer.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("PLAN_FILE_UNREADABLE", body, StringComparison.Ordinal);
        Assert.Contains("Excel-arbeidsboken", body, StringComparison.Ordinal);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Hfi.Meetings.Api;
using Hfi.Planning.Api;
using Hfi.Testing;

namespace Hfi.Meetings.Tests.Api;

/// <summary>The rules a secretariat signs the minutes on, through the API against real Postgres.</summary>
[Collection(MeetingsCollection.Name)]
public sealed class DecisionRulesApiTests(InfrastructureFixture infrastructure) : MeetingsServiceTest(infrastructure)
{
    [Fact]
    public async Task A_municipal_only_case_is_counted_and_decided_by_the_municipal_representatives_alone()
    {
        var members = new List<ArenaMember>();
        foreach (
            var (name, partner) in new[]
            {
                ("Kari Hamar", "hamar"),
                ("Per Gjøvik", "gjovik"),
                ("Anne Elverum", "elverum"),
            }
        )
        {
            members.Add(await AddMemberAsync(name, partner, MemberKind.MunicipalRepresentative));
        }

        members.Add(await AddMemberAsync("Ola Sykehus", "sykehuset-innlandet", MemberKind.HospitalRepresentative));
        members.Add(await AddMemberAsync("Eva Sykehus", "sykehuset-innlandet", MemberKind.HospitalRepresentative));
        var meetings = Meetings(TestIdentity.Secretariat);
        var seed = await SeedNotice.CreateAsync(meetings);
        await meetings.IssueNoticeAsync(new IssueNoticeRequest { MeetingId = seed.MeetingId });
        foreach (var member in members)
        {
            await meetings.RecordAttendanceAsync(
                new RecordAttendanceRequest
                {
                    MeetingId = seed.MeetingId,
                    MemberId = member.MemberId,
                    Present = true,
                }
            );
        }

        await meetings.MarkHeldAsync(new MarkHeldRequest { MeetingId = seed.MeetingId });

        var whole = await meetings.CountVotesAsync(
            new CountVotesRequest { MeetingId = seed.MeetingId, CaseItemId = seed.ItemIds["03.24"] }
        );
        var municipal = await Meetings(TestIdentity.MunicipalMember)
            .CountVotesAsync(new CountVotesRequest { MeetingId = seed.MeetingId, CaseItemId = seed.Restricted });
        var decided = await meetings.RecordDecisionAsync(
            new RecordDecisionRequest
            {
                MeetingId = seed.MeetingId,
                ItemId = seed.Restricted,
                Source = AdoptedTextSource.Proposal,
                VotesFor = 2,
                VotesAgainst = 1,
                VotesBlank = 0,
            }
        );
        var tooMany = await Assert.ThrowsAsync<RpcException>(() =>
            meetings
                .RecordDecisionAsync(
                    new RecordDecisionRequest
                    {
                        MeetingId = seed.MeetingId,
                        ItemId = seed.Restricted,
                        Source = AdoptedTextSource.Proposal,
                        VotesFor = 4,
                        VotesAgainst = 0,
                        VotesBlank = 0,
                    }
                )
                .ResponseAsync
        );
        await meetings.DraftMinutesAsync(new DraftMinutesRequest { MeetingId = seed.MeetingId });
        await meetings.ApproveMinutesAsync(new ApproveMinutesRequest { MeetingId = seed.MeetingId });
        var minutes = await Meetings(TestIdentity.MunicipalMember)
            .GetMinutesAsync(new GetMinutesRequest { MeetingId = seed.MeetingId });

        Assert.Equal(
            (5, 5, 3, "all-members", ""),
            (whole.Votes, whole.VotingSeats, whole.VotesRequired, whole.VotingBody, whole.DecidedBy)
        );
        Assert.Equal(
            (3, 3, 2, "municipal-representatives", "Kommunenes representanter"),
            (municipal.Votes, municipal.VotingSeats, municipal.VotesRequired, municipal.VotingBody, municipal.DecidedBy)
        );
        Assert.Equal(
            (3, 3, "Kommunenes representanter"),
            (decided.Decision.VotesEntitled, decided.Decision.VotingSeats, decided.Decision.DecidedBy)
        );
        Assert.Contains("only 3 may vote", tooMany.Status.Detail);
        var budget = minutes.Decisions.Single(d => d.CaseNumber == "08.24").Decision;
        Assert.Equal(
            (3, 3, "municipal-representatives", "Kommunenes representanter"),
            (budget.VotesEntitled, budget.VotingSeats, budget.VotingBody, budget.DecidedBy)
        );
    }

    [Fact]
    public async Task Approved_minutes_keep_how_each_decision_was_made_and_the_proceedings()
    {
        var meetings = Meetings(TestIdentity.Secretariat);
        var seed = await SeedNotice.CreateAsync(meetings);
        var id = seed.MeetingId;
        await meetings.IssueNoticeAsync(new IssueNoticeRequest { MeetingId = id });
        await meetings.MarkHeldAsync(new MarkHeldRequest { MeetingId = id });
        await meetings.RecordDecisionAsync(
            new RecordDecisionRequest
            {
                MeetingId = id,
                ItemId = seed.ItemIds["06.24"],
                Source = AdoptedTextSource.Alternative,
                AlternativeNumber = 1,
                Unanimous = true,
            }
        );
        await meetings.RecordDecisionAsync(
            new RecordDecisionRequest
            {
                MeetingId = id,
                ItemId = seed.ItemIds["05.24"],
                Source = AdoptedTextSource.Amended,
                Unanimous = true,
                AmendedText =
                    "Partnerskapsmøtet ber Strategisk samarbeidsutvalg sikre forankring og etterlevelse av Samarbeidsavtalen, og rapportere i 2025.",
                Amendment = "Forslag fra Kari Hamar: tillegg «og rapportere i 2025».",
            }
        );
        var agenda = await meetings.GetAgendaAsync(new GetAgendaRequest { MeetingId = id });
        var presentation = agenda.Items.Single(i => i.Kind == Hfi.Meetings.Api.AgendaItemKind.Presentation).ItemId;
        var eventuelt = agenda.Items.Single(i => i.Kind == Hfi.Meetings.Api.AgendaItemKind.AnyOtherBusiness).ItemId;
        await meetings.DraftMinutesAsync(
            new DraftMinutesRequest
            {
                MeetingId = id,
                ActualStart = "16:20",
                ItemNotes = { [presentation] = "Gode erfaringer fra Trøndelag." },
            }
        );
        using var rest = Factory.CreateRestClient(TestIdentity.Secretariat);
        var edited = await rest.PutAsJsonAsync(
            $"/api/meetings/{id}/minutes",
            new
            {
                actualEnd = "17:50",
                itemNotes = new Dictionary<string, string> { [eventuelt] = "NTNU orienterte om studiestart." },
            }
        );
        var badTime = await rest.PutAsJsonAsync($"/api/meetings/{id}/minutes", new { actualEnd = "16:00" });
        await meetings.ApproveMinutesAsync(new ApproveMinutesRequest { MeetingId = id });
        var minutes = await Meetings(TestIdentity.HospitalMember)
            .GetMinutesAsync(new GetMinutesRequest { MeetingId = id });

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badTime.StatusCode);
        Assert.Contains(
            "must end after it started (16:20)",
            (await badTime.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString()
        );
        var alternative = minutes.Decisions.Single(d => d.CaseNumber == "06.24").Decision;
        var amended = minutes.Decisions.Single(d => d.CaseNumber == "05.24").Decision;
        Assert.Equal((AdoptedTextSource.Alternative, 1), (alternative.Source, alternative.AlternativeNumber));
        Assert.Equal(
            (AdoptedTextSource.Amended, "Forslag fra Kari Hamar: tillegg «og rapportere i 2025».", true),
            (amended.Source, amended.Amendment, amended.Unanimous)
        );
        Assert.All(minutes.Decisions, d => Assert.NotEqual(AdoptedTextSource.Unspecified, d.Decision.Source));
        Assert.Equal(
            ("16:20", "17:50", "16:15", "18:00"),
            (minutes.ActualStart, minutes.ActualEnd, minutes.PlannedStart, minutes.PlannedEnd)
        );
        Assert.Equal("Gode erfaringer fra Trøndelag.", minutes.Presentations.Single().Notes);
        Assert.Equal(
            (
                "NTNU og Universitetet I Oslo - etablerer medisinutdanning i Innlandet",
                "NTNU orienterte om studiestart."
            ),
            (minutes.AnyOtherBusiness.Single().Topic, minutes.AnyOtherBusiness.Single().Notes)
        );
    }

    [Fact]
    public async Task A_meeting_is_not_held_nor_attendance_recorded_before_its_day()
    {
        var member = await AddMemberAsync("Kari Hamar", "hamar", MemberKind.MunicipalRepresentative);
        var meetings = Meetings(TestIdentity.Secretariat);
        var startsAt = DateTimeOffset.UtcNow.AddYears(1);
        var meeting = await meetings.CreateMeetingAsync(
            new CreateMeetingRequest
            {
                ArenaId = SeedNotice.ArenaId,
                Title = "Partnerskapsmøtet neste år",
                StartsAt = Timestamp.FromDateTimeOffset(startsAt),
                EndsAt = Timestamp.FromDateTimeOffset(startsAt.AddHours(2)),
            }
        );
        await meetings.IssueNoticeAsync(new IssueNoticeRequest { MeetingId = meeting.MeetingId });

        var held = await Assert.ThrowsAsync<RpcException>(() =>
            meetings.MarkHeldAsync(new MarkHeldRequest { MeetingId = meeting.MeetingId }).ResponseAsync
        );
        using var rest = Factory.CreateRestClient(TestIdentity.Secretariat);
        var attendance = await rest.PutAsJsonAsync(
            $"/api/meetings/{meeting.MeetingId}/attendance/{member.MemberId}",
            new { present = true }
        );
        var after = await meetings.GetMeetingAsync(new GetMeetingRequest { MeetingId = meeting.MeetingId });

        Assert.Equal(StatusCode.FailedPrecondition, held.StatusCode);
        Assert.Contains("Cannot mark the meeting as held before the meeting's day", held.Status.Detail);
        Assert.Equal(HttpStatusCode.BadRequest, attendance.StatusCode);
        Assert.Contains(
            "Cannot record attendance before the meeting's day",
            (await attendance.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString()
        );
        Assert.Equal(Hfi.Meetings.Api.MeetingStatus.NoticeIssued, after.Status);
    }
}

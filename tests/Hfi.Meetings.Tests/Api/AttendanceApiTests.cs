using System.Text.Json;
using Grpc.Core;
using Hfi.Contracts;
using Hfi.Meetings.Api;
using Hfi.Planning.Api;
using Hfi.ServiceDefaults.Domain;
using Hfi.Testing;

namespace Hfi.Meetings.Tests.Api;

[Collection(MeetingsCollection.Name)]
public sealed class AttendanceApiTests(InfrastructureFixture infrastructure) : MeetingsServiceTest(infrastructure)
{
    [Fact]
    public async Task Proxies_follow_the_rules_and_the_count_of_votes_includes_them()
    {
        var hamar = await AddMemberAsync("Kari Hamar", "hamar", MemberKind.MunicipalRepresentative);
        var gjovik = await AddMemberAsync("Per Gjøvik", "gjovik", MemberKind.MunicipalRepresentative);
        var elverum = await AddMemberAsync("Anne Elverum", "elverum", MemberKind.MunicipalRepresentative);
        var hospital = await AddMemberAsync("Ola Sykehus", "sykehuset-innlandet", MemberKind.HospitalRepresentative);
        var meetings = Meetings(TestIdentity.Secretariat);
        var id = await NoticedMeetingAsync(meetings);
        foreach (var present in new[] { hamar, hospital })
        {
            await meetings.RecordAttendanceAsync(
                new RecordAttendanceRequest
                {
                    MeetingId = id,
                    MemberId = present.MemberId,
                    Present = true,
                }
            );
        }

        var acrossKinds = await Assert.ThrowsAsync<RpcException>(() =>
            meetings
                .GiveProxyAsync(
                    new GiveProxyRequest
                    {
                        MeetingId = id,
                        GiverMemberId = gjovik.MemberId,
                        HolderMemberId = hospital.MemberId,
                    }
                )
                .ResponseAsync
        );
        await meetings.GiveProxyAsync(
            new GiveProxyRequest
            {
                MeetingId = id,
                GiverMemberId = gjovik.MemberId,
                HolderMemberId = hamar.MemberId,
            }
        );
        var second = await Assert.ThrowsAsync<RpcException>(() =>
            meetings
                .GiveProxyAsync(
                    new GiveProxyRequest
                    {
                        MeetingId = id,
                        GiverMemberId = elverum.MemberId,
                        HolderMemberId = hamar.MemberId,
                    }
                )
                .ResponseAsync
        );
        var count = await Meetings(TestIdentity.HospitalMember)
            .CountVotesAsync(new CountVotesRequest { MeetingId = id });

        Assert.Equal(StatusCode.InvalidArgument, acrossKinds.StatusCode);
        Assert.Equal(
            "holder_member_id",
            acrossKinds.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations.Single().Field
        );
        Assert.Contains("same partner kind", acrossKinds.Status.Detail);
        Assert.Equal(StatusCode.InvalidArgument, second.StatusCode);
        Assert.Contains("at most 1 per member", second.Status.Detail);
        Assert.Equal(
            (2, 1, 3, 4, 2, true),
            (
                count.PresentWithVote,
                count.ProxyVotes,
                count.Votes,
                count.VotingSeats,
                count.VotesRequired,
                count.QuorumMet
            )
        );

        await meetings.SetArenaRulesAsync(
            new SetArenaRulesRequest
            {
                ArenaId = SeedNotice.ArenaId,
                QuorumPercent = 100,
                MaxProxiesPerHolder = 2,
            }
        );
        await meetings.GiveProxyAsync(
            new GiveProxyRequest
            {
                MeetingId = id,
                GiverMemberId = elverum.MemberId,
                HolderMemberId = hamar.MemberId,
            }
        );
        var full = await meetings.CountVotesAsync(new CountVotesRequest { MeetingId = id });
        Assert.Equal((4, 4, true), (full.Votes, full.VotesRequired, full.QuorumMet));
    }

    [Fact]
    public async Task An_absent_members_substitutes_are_asked_in_order_and_answer_for_themselves()
    {
        var hamar = await AddMemberAsync("Kari Hamar", "hamar", MemberKind.MunicipalRepresentative);
        var first = await AddMemberAsync(
            "Første Vara",
            "hamar",
            MemberKind.MunicipalRepresentative,
            MemberRole.Substitute,
            hamar,
            rank: 1
        );
        var second = await AddMemberAsync(
            "Andre Vara",
            "hamar",
            MemberKind.MunicipalRepresentative,
            MemberRole.Substitute,
            hamar,
            rank: 2
        );
        var id = await NoticedMeetingAsync(Meetings(TestIdentity.Secretariat));

        var absence = await Meetings(TestIdentity.Token(hamar.MemberId, "member", "municipal", "hamar"))
            .ReportMyAbsenceAsync(new ReportMyAbsenceRequest { MeetingId = id, Note = "Forfall hele møtet" });
        var firstAsked = absence.SubstituteRequests.Single();
        var otherAnswers = await Assert.ThrowsAsync<RpcException>(() =>
            Meetings(TestIdentity.MunicipalMember)
                .AnswerSubstituteRequestAsync(
                    new AnswerSubstituteRequestRequest { MeetingId = id, RequestId = firstAsked.RequestId }
                )
                .ResponseAsync
        );
        var declined = await Meetings(TestIdentity.Token(first.MemberId, "member", "municipal", "hamar"))
            .AnswerSubstituteRequestAsync(
                new AnswerSubstituteRequestRequest
                {
                    MeetingId = id,
                    RequestId = firstAsked.RequestId,
                    Accept = false,
                }
            );
        await Meetings(TestIdentity.Token(second.MemberId, "member", "municipal", "hamar"))
            .AnswerSubstituteRequestAsync(
                new AnswerSubstituteRequestRequest
                {
                    MeetingId = id,
                    RequestId = declined.Next.RequestId,
                    Accept = true,
                }
            );
        var overview = await Meetings(TestIdentity.Secretariat)
            .GetAttendanceAsync(new GetAttendanceRequest { MeetingId = id });

        Assert.Equal(first.MemberId, firstAsked.SubstituteMemberId);
        Assert.Equal(StatusCode.PermissionDenied, otherAnswers.StatusCode);
        Assert.Equal(second.MemberId, declined.Next.SubstituteMemberId);
        var summoned = overview.Attendances.Single(a => a.MemberId == second.MemberId);
        Assert.Equal(
            (AttendanceStatus.Summoned, hamar.MemberId, true),
            (summoned.Status, summoned.SubstituteForMemberId, summoned.HasVotingRight)
        );
        var outbox = await OutboxAsync();
        var asked = outbox
            .Where(m => m.MessageType.Contains(nameof(SubstituteAsked), StringComparison.Ordinal))
            .Select(m => JsonSerializer.Deserialize<SubstituteAsked>(m.Payload, JsonSerializerOptions.Web)!)
            .ToList();
        var summons = JsonSerializer.Deserialize<SubstituteSummoned>(
            outbox.Single(m => m.MessageType.Contains(nameof(SubstituteSummoned), StringComparison.Ordinal)).Payload,
            JsonSerializerOptions.Web
        )!;
        Assert.Equal([(first.MemberId, 1), (second.MemberId, 2)], asked.Select(a => (a.SubstituteMemberId, a.Rank)));
        Assert.Equal(("Kari Hamar", "Kari Hamar"), (asked[0].AbsentMemberName, summons.StandsInForName));
        Assert.Equal(
            (second.MemberId, second.Email, Audiences.MunicipalRepresentatives, 1),
            (summons.SubstituteMemberId, summons.SubstituteEmail, summons.NoticeAudience, summons.NoticeVersion)
        );
        Assert.Equal(
            ("Forfall hele møtet", AttendanceStatus.Absent),
            (
                overview.Attendances.Single(a => a.MemberId == hamar.MemberId).AbsenceNote,
                overview.Attendances.Single(a => a.MemberId == hamar.MemberId).Status
            )
        );
    }

    [Fact]
    public async Task A_decision_is_refused_without_a_quorum_and_a_member_away_during_the_case_is_not_counted()
    {
        var hamar = await AddMemberAsync("Kari Hamar", "hamar", MemberKind.MunicipalRepresentative);
        var gjovik = await AddMemberAsync("Per Gjøvik", "gjovik", MemberKind.MunicipalRepresentative);
        await AddMemberAsync("Anne Elverum", "elverum", MemberKind.MunicipalRepresentative);
        var meetings = Meetings(TestIdentity.Secretariat);
        var seed = await SeedNotice.CreateAsync(meetings);
        var id = seed.MeetingId;
        await meetings.IssueNoticeAsync(new IssueNoticeRequest { MeetingId = id });
        await meetings.RecordAttendanceAsync(
            new RecordAttendanceRequest
            {
                MeetingId = id,
                MemberId = hamar.MemberId,
                Present = true,
            }
        );
        await meetings.RecordAttendanceAsync(
            new RecordAttendanceRequest
            {
                MeetingId = id,
                MemberId = gjovik.MemberId,
                Present = true,
            }
        );
        var leaves = await meetings.ReportAbsenceAsync(
            new ReportAbsenceRequest
            {
                MeetingId = id,
                MemberId = gjovik.MemberId,
                AbsentFrom = "17:00",
            }
        );
        await meetings.MarkHeldAsync(new MarkHeldRequest { MeetingId = id });

        var before = await meetings.RecordDecisionAsync(
            new RecordDecisionRequest
            {
                MeetingId = id,
                ItemId = seed.ItemIds["03.24"],
                Source = AdoptedTextSource.Proposal,
                VotesFor = 2,
                VotesAgainst = 0,
                VotesBlank = 0,
            }
        );
        var after = await Assert.ThrowsAsync<RpcException>(() =>
            meetings
                .RecordDecisionAsync(
                    new RecordDecisionRequest
                    {
                        MeetingId = id,
                        ItemId = seed.ItemIds["04.24"],
                        Source = AdoptedTextSource.Proposal,
                        Unanimous = true,
                    }
                )
                .ResponseAsync
        );
        var agenda = await meetings.GetAgendaAsync(new GetAgendaRequest { MeetingId = id });

        Assert.Equal(
            ("17:00", "", AttendanceStatus.Present),
            (leaves.Attendance.AbsentFrom, leaves.Attendance.AbsentUntil, leaves.Attendance.Status)
        );
        Assert.Equal(2, before.Decision.VotesFor);
        Assert.Equal(StatusCode.FailedPrecondition, after.StatusCode);
        Assert.Contains("not quorate on Sak 04.24", after.Status.Detail);
        Assert.Contains(": 1 vote(s) present", after.Status.Detail);
        Assert.Contains("requires 2", after.Status.Detail);
        Assert.Null(agenda.Items.Single(i => i.CaseNumber == "04.24").Decision);
    }

    private static async Task<string> NoticedMeetingAsync(MeetingsApi.MeetingsApiClient meetings)
    {
        var seed = await SeedNotice.CreateAsync(meetings);
        await meetings.IssueNoticeAsync(new IssueNoticeRequest { MeetingId = seed.MeetingId });
        return seed.MeetingId;
    }
}

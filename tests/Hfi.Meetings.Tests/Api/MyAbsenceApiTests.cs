using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Hfi.Meetings.Api;
using Hfi.Meetings.Domain;
using Hfi.Planning.Api;
using Hfi.ServiceDefaults.Identity;
using Hfi.ServiceDefaults.Norwegian;
using Hfi.Testing;

namespace Hfi.Meetings.Tests.Api;

/// <summary>
/// The API behind the notice's "Meld forfall" link: a signed-in member reports, reads and withdraws their own absence.
/// </summary>
[Collection(MeetingsCollection.Name)]
public sealed class MyAbsenceApiTests(InfrastructureFixture infrastructure) : MeetingsServiceTest(infrastructure)
{
    private static readonly TokenIssuer Issuer = new(TestIdentity.Options);

    [Fact]
    public async Task A_member_known_by_the_email_in_their_token_reports_reads_and_withdraws_a_partial_absence()
    {
        var hamar = await AddMemberAsync("Kari Hamar", "hamar", MemberKind.MunicipalRepresentative);
        await AddMemberAsync("Per Gjøvik", "gjovik", MemberKind.MunicipalRepresentative);
        var id = await UpcomingNoticedMeetingAsync();
        // As the dev sign-in issues it: a subject that is no member id, and the e-mail Planning registered (in other case).
        var member = Meetings(
            Issuer.Issue(
                "kommune-hamar",
                HfiRoles.Member,
                PartnerKinds.Municipal,
                "hamar",
                email: hamar.Email.ToUpperInvariant()
            )
        );

        var reported = await member.ReportMyAbsenceAsync(
            new ReportMyAbsenceRequest
            {
                MeetingId = id,
                Note = "Annet møte",
                AbsentUntil = "17:00",
            }
        );
        var read = await member.GetMyAbsenceAsync(new GetMyAbsenceRequest { MeetingId = id });
        var overview = await Meetings(TestIdentity.Secretariat)
            .GetAttendanceAsync(new GetAttendanceRequest { MeetingId = id });
        var withdrawn = await member.WithdrawMyAbsenceAsync(new WithdrawMyAbsenceRequest { MeetingId = id });
        var after = await Meetings(TestIdentity.Secretariat)
            .GetAttendanceAsync(new GetAttendanceRequest { MeetingId = id });

        Assert.Equal(
            (hamar.MemberId, true, false, "", "17:00", "Annet møte", true),
            (
                reported.MemberId,
                reported.Reported,
                reported.WholeMeeting,
                reported.AbsentFrom,
                reported.AbsentUntil,
                reported.Note,
                reported.CanWithdraw
            )
        );
        Assert.Empty(reported.SubstituteRequests);
        Assert.Equal(reported, read);
        Assert.Equal(
            ("17:00", Hfi.Meetings.Api.AttendanceStatus.Summoned),
            (overview.Attendances.Single().AbsentUntil, overview.Attendances.Single().Status)
        );
        Assert.Equal((hamar.MemberId, false), (withdrawn.MemberId, withdrawn.Reported));
        Assert.Empty(after.Attendances);
    }

    [Fact]
    public async Task Withdrawing_a_whole_absence_stops_asking_the_substitute()
    {
        var hamar = await AddMemberAsync("Kari Hamar", "hamar", MemberKind.MunicipalRepresentative);
        var vara = await AddMemberAsync(
            "Første Vara",
            "hamar",
            MemberKind.MunicipalRepresentative,
            MemberRole.Substitute,
            hamar,
            rank: 1
        );
        var id = await UpcomingNoticedMeetingAsync();
        var member = Meetings(
            Issuer.Issue("kommune-hamar", HfiRoles.Member, PartnerKinds.Municipal, "hamar", email: hamar.Email)
        );

        var reported = await member.ReportMyAbsenceAsync(new ReportMyAbsenceRequest { MeetingId = id });
        await member.WithdrawMyAbsenceAsync(new WithdrawMyAbsenceRequest { MeetingId = id });
        var late = await Assert.ThrowsAsync<RpcException>(() =>
            Meetings(Issuer.Issue("vara", HfiRoles.Member, email: vara.Email))
                .AnswerSubstituteRequestAsync(
                    new AnswerSubstituteRequestRequest
                    {
                        MeetingId = id,
                        RequestId = reported.SubstituteRequests.Single().RequestId,
                        Accept = true,
                    }
                )
                .ResponseAsync
        );
        var overview = await Meetings(TestIdentity.Secretariat)
            .GetAttendanceAsync(new GetAttendanceRequest { MeetingId = id });

        Assert.True(reported.WholeMeeting);
        Assert.Equal(vara.MemberId, reported.SubstituteRequests.Single().SubstituteMemberId);
        Assert.Equal(StatusCode.FailedPrecondition, late.StatusCode);
        Assert.Contains("attends after all", late.Status.Detail);
        Assert.Equal(Hfi.Meetings.Api.SubstituteRequestStatus.Cancelled, overview.SubstituteRequests.Single().Status);
    }

    [Fact]
    public async Task Substitutes_no_longer_needed_are_told_whether_they_were_still_asked_or_had_accepted()
    {
        var hamar = await AddMemberAsync("Kari Hamar", "hamar", MemberKind.MunicipalRepresentative);
        var hamarVara = await AddMemberAsync(
            "Vera Vara",
            "hamar",
            MemberKind.MunicipalRepresentative,
            MemberRole.Substitute,
            hamar,
            rank: 1
        );
        var gjovik = await AddMemberAsync("Per Gjøvik", "gjovik", MemberKind.MunicipalRepresentative);
        var gjovikVara = await AddMemberAsync(
            "Vidar Vara",
            "gjovik",
            MemberKind.MunicipalRepresentative,
            MemberRole.Substitute,
            gjovik,
            rank: 1
        );
        var id = await UpcomingNoticedMeetingAsync();
        var secretariat = Meetings(TestIdentity.Secretariat);
        var kari = Meetings(
            Issuer.Issue("kommune-hamar", HfiRoles.Member, PartnerKinds.Municipal, "hamar", email: hamar.Email)
        );

        // Kari reports absence and withdraws it before her substitute has answered.
        await kari.ReportMyAbsenceAsync(new ReportMyAbsenceRequest { MeetingId = id });
        await kari.WithdrawMyAbsenceAsync(new WithdrawMyAbsenceRequest { MeetingId = id });
        // Per's substitute accepts; then the secretariat records that Per comes after all.
        var asked = await secretariat.ReportAbsenceAsync(
            new ReportAbsenceRequest { MeetingId = id, MemberId = gjovik.MemberId }
        );
        await Meetings(Issuer.Issue("vara", HfiRoles.Member, email: gjovikVara.Email))
            .AnswerSubstituteRequestAsync(
                new AnswerSubstituteRequestRequest
                {
                    MeetingId = id,
                    RequestId = asked.SubstituteRequest.RequestId,
                    Accept = true,
                }
            );
        var perSees = await Meetings(
                Issuer.Issue("kommune-gjovik", HfiRoles.Member, PartnerKinds.Municipal, "gjovik", email: gjovik.Email)
            )
            .GetMyAbsenceAsync(new GetMyAbsenceRequest { MeetingId = id });
        Assert.Equal(
            (false, Hfi.Meetings.Api.AbsenceLock.SubstituteAccepted),
            (perSees.CanWithdraw, perSees.AbsenceLock)
        );
        await secretariat.CancelAbsenceAsync(new CancelAbsenceRequest { MeetingId = id, MemberId = gjovik.MemberId });

        var released = (await OutboxAsync())
            .Where(m => m.MessageType.Contains(nameof(Hfi.Contracts.SubstituteReleased), StringComparison.Ordinal))
            .Select(m =>
                JsonSerializer.Deserialize<Hfi.Contracts.SubstituteReleased>(m.Payload, JsonSerializerOptions.Web)!
            )
            .OrderBy(r => r.ReleasedAt)
            .ToList();
        Assert.Equal(
            [
                (hamarVara.MemberId, hamarVara.Email, "Kari Hamar", false),
                (gjovikVara.MemberId, gjovikVara.Email, "Per Gjøvik", true),
            ],
            released.Select(r => (r.SubstituteMemberId, r.SubstituteEmail, r.AbsentMemberName, r.HadAccepted))
        );
        var overview = await secretariat.GetAttendanceAsync(new GetAttendanceRequest { MeetingId = id });
        Assert.DoesNotContain(overview.Attendances, a => a.MemberId == gjovikVara.MemberId);
    }

    [Fact]
    public async Task Nobody_reports_absence_for_someone_else_and_once_the_meeting_has_started_only_the_secretariat_withdraws_it()
    {
        var hamar = await AddMemberAsync("Kari Hamar", "hamar", MemberKind.MunicipalRepresentative);
        var secretariat = Meetings(TestIdentity.Secretariat);
        var past = await SeedNotice.CreateAsync(secretariat);
        await secretariat.IssueNoticeAsync(new IssueNoticeRequest { MeetingId = past.MeetingId });
        var member = Meetings(
            Issuer.Issue("kommune-hamar", HfiRoles.Member, PartnerKinds.Municipal, "hamar", email: hamar.Email)
        );

        var forOther = await Assert.ThrowsAsync<RpcException>(() =>
            Meetings(TestIdentity.MunicipalMember)
                .ReportAbsenceAsync(new ReportAbsenceRequest { MeetingId = past.MeetingId, MemberId = hamar.MemberId })
                .ResponseAsync
        );
        var stranger = await Assert.ThrowsAsync<RpcException>(() =>
            Meetings(TestIdentity.MunicipalMember)
                .ReportMyAbsenceAsync(new ReportMyAbsenceRequest { MeetingId = past.MeetingId })
                .ResponseAsync
        );
        var badTime = await Assert.ThrowsAsync<RpcException>(() =>
            member
                .ReportMyAbsenceAsync(new ReportMyAbsenceRequest { MeetingId = past.MeetingId, AbsentFrom = "19:00" })
                .ResponseAsync
        );
        var reported = await member.ReportMyAbsenceAsync(
            new ReportMyAbsenceRequest { MeetingId = past.MeetingId, AbsentFrom = "17:00" }
        );
        var tooLate = await Assert.ThrowsAsync<RpcException>(() =>
            member.WithdrawMyAbsenceAsync(new WithdrawMyAbsenceRequest { MeetingId = past.MeetingId }).ResponseAsync
        );

        Assert.Equal(StatusCode.PermissionDenied, forOther.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, stranger.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, badTime.StatusCode);
        Assert.Equal(
            "absent_from",
            badTime.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations.Single().Field
        );
        Assert.Equal((false, "17:00"), (reported.CanWithdraw, reported.AbsentFrom));
        Assert.Contains("The meeting started at 16:15 on 24.10.2024", reported.CannotWithdrawReason);
        Assert.Equal(Hfi.Meetings.Api.AbsenceLock.MeetingStarted, reported.AbsenceLock);
        Assert.Equal(StatusCode.FailedPrecondition, tooLate.StatusCode);

        var memberCancels = await Assert.ThrowsAsync<RpcException>(() =>
            member
                .CancelAbsenceAsync(new CancelAbsenceRequest { MeetingId = past.MeetingId, MemberId = hamar.MemberId })
                .ResponseAsync
        );
        await secretariat.CancelAbsenceAsync(
            new CancelAbsenceRequest { MeetingId = past.MeetingId, MemberId = hamar.MemberId }
        );
        Assert.Equal(StatusCode.PermissionDenied, memberCancels.StatusCode);
        Assert.False((await member.GetMyAbsenceAsync(new GetMyAbsenceRequest { MeetingId = past.MeetingId })).Reported);
    }

    [Fact]
    public async Task The_web_page_reports_reads_and_withdraws_through_REST_with_the_member_from_the_token()
    {
        var hamar = await AddMemberAsync("Kari Hamar", "hamar", MemberKind.MunicipalRepresentative);
        var id = await UpcomingNoticedMeetingAsync();
        using var rest = Factory.CreateRestClient(
            Issuer.Issue("kommune-hamar", HfiRoles.Member, PartnerKinds.Municipal, "hamar", email: hamar.Email)
        );
        var path = $"/api/meetings/{id}/absences/mine";

        // A member id in the body is not a field of this call: it cannot redirect the absence to someone else.
        var put = await rest.PutAsJsonAsync(
            path,
            new
            {
                absentFrom = "17:15",
                note = "Går tidlig",
                memberId = "someone-else",
            }
        );
        var reported = await put.Content.ReadFromJsonAsync<JsonElement>();
        var read = await rest.GetFromJsonAsync<JsonElement>(path);
        var bad = await rest.PutAsJsonAsync(path, new { absentFrom = "17:15", absentUntil = "16:30" });
        var deleted = await rest.DeleteAsync(path);
        var after = await rest.GetFromJsonAsync<JsonElement>(path);

        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        Assert.Equal(
            (hamar.MemberId, "17:15", true),
            (
                reported.GetProperty("memberId").GetString(),
                reported.GetProperty("absentFrom").GetString(),
                reported.GetProperty("canWithdraw").GetBoolean()
            )
        );
        Assert.Equal("Går tidlig", read.GetProperty("note").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("absent_until", await bad.Content.ReadAsStringAsync());
        Assert.True(deleted.IsSuccessStatusCode);
        Assert.False(after.TryGetProperty("reported", out var reportedAfter) && reportedAfter.GetBoolean());
    }

    /// <summary>A meeting a week ahead with its notice issued, so that an absence can still be withdrawn.</summary>
    private async Task<string> UpcomingNoticedMeetingAsync()
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7));
        var meetings = Meetings(TestIdentity.Secretariat);
        var meeting = await meetings.CreateMeetingAsync(
            new CreateMeetingRequest
            {
                ArenaId = SeedNotice.ArenaId,
                Title = "Partnerskapsmøtet",
                StartsAt = Timestamp.FromDateTimeOffset(OsloTime.At(day, new TimeOnly(16, 0))),
                EndsAt = Timestamp.FromDateTimeOffset(OsloTime.At(day, new TimeOnly(18, 0))),
                Place = "Hamar",
            }
        );
        await meetings.IssueNoticeAsync(new IssueNoticeRequest { MeetingId = meeting.MeetingId });
        return meeting.MeetingId;
    }

    [Fact]
    public async Task An_absence_note_is_read_by_the_secretariat_and_its_writer_only_and_the_list_by_the_arena_only()
    {
        var hamar = await AddMemberAsync("Kari Hamar", "hamar", MemberKind.MunicipalRepresentative);
        var gjovik = await AddMemberAsync("Per Gjøvik", "gjovik", MemberKind.MunicipalRepresentative);
        var id = await UpcomingNoticedMeetingAsync();
        var kari = Meetings(
            Issuer.Issue("kommune-hamar", HfiRoles.Member, PartnerKinds.Municipal, "hamar", email: hamar.Email)
        );
        var per = Meetings(
            Issuer.Issue("kommune-gjovik", HfiRoles.Member, PartnerKinds.Municipal, "gjovik", email: gjovik.Email)
        );
        var outsider = Meetings(
            Issuer.Issue(
                "utenfor",
                HfiRoles.Member,
                PartnerKinds.Hospital,
                "sykehuset-innlandet",
                email: "utenfor@sykehuset-innlandet.no"
            )
        );
        await kari.ReportMyAbsenceAsync(new ReportMyAbsenceRequest { MeetingId = id, Note = "Sykemeldt: operasjon" });

        var bySecretariat = await Meetings(TestIdentity.Secretariat)
            .GetAttendanceAsync(new GetAttendanceRequest { MeetingId = id });
        var byWriter = await kari.GetAttendanceAsync(new GetAttendanceRequest { MeetingId = id });
        var byColleague = await per.GetAttendanceAsync(new GetAttendanceRequest { MeetingId = id });
        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            outsider.GetAttendanceAsync(new GetAttendanceRequest { MeetingId = id }).ResponseAsync
        );

        string NoteOf(Hfi.Meetings.Api.AttendanceOverview overview) =>
            overview.Attendances.Single(a => a.MemberId == hamar.MemberId).AbsenceNote;
        Assert.Equal("Sykemeldt: operasjon", NoteOf(bySecretariat));
        Assert.Equal("Sykemeldt: operasjon", NoteOf(byWriter));
        Assert.Equal("", NoteOf(byColleague));
        Assert.Equal(
            Hfi.Meetings.Api.AttendanceStatus.Absent,
            byColleague.Attendances.Single(a => a.MemberId == hamar.MemberId).Status
        );
        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
    }
}

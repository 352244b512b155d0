using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Hfi.Meetings.Api;
using Hfi.Planning.Api;
using Hfi.ServiceDefaults.Norwegian;
using Hfi.Testing;

namespace Hfi.Meetings.Tests.Api;

/// <summary>
/// The meeting list and Planning's member list page (AIP-158) on real Postgres: every item once, in order, while
/// others are added; page tokens bound to their filters; bad tokens and sizes refused as INVALID_ARGUMENT.
/// </summary>
[Collection(MeetingsCollection.Name)]
public sealed class ListPagingTests(InfrastructureFixture infrastructure) : MeetingsServiceTest(infrastructure)
{
    [Fact]
    public async Task The_meetings_of_a_year_come_page_by_page_each_once_in_order_while_meetings_are_added()
    {
        var meetings = Meetings(TestIdentity.Secretariat);
        foreach (var year in new[] { 2029, 2030, 2031 })
        {
            for (var month = 1; month <= 9; month++)
                await CreateAsync(meetings, new DateOnly(year, month, 10), $"Møte {month}/{year}");
        }

        var seen = new List<Hfi.Meetings.Api.Meeting>();
        var token = string.Empty;
        var pages = 0;
        do
        {
            var page = await meetings.ListMeetingsAsync(
                new ListMeetingsRequest
                {
                    ArenaId = SeedNotice.ArenaId,
                    Year = 2030,
                    PageSize = 4,
                    PageToken = token,
                }
            );
            seen.AddRange(page.Meetings);
            token = page.NextPageToken;
            if (++pages == 1)
            {
                // Added while the list is read: one before the position (not shown again), one after it (shown).
                await CreateAsync(meetings, new DateOnly(2030, 1, 1), "Lagt inn før posisjonen");
                await CreateAsync(meetings, new DateOnly(2030, 12, 1), "Lagt inn etter posisjonen");
            }
        } while (token != string.Empty);

        Assert.Equal(3, pages);
        Assert.Equal(seen.Count, seen.Select(m => m.MeetingId).Distinct().Count());
        Assert.Equal(
            [.. Enumerable.Range(1, 9).Select(m => $"Møte {m}/2030"), "Lagt inn etter posisjonen"],
            seen.Select(m => m.Title)
        );
        Assert.All(seen, m => Assert.Equal(2030, OsloTime.Year(m.StartsAt.ToDateTimeOffset())));
    }

    [Fact]
    public async Task The_status_filter_and_every_year_page_too()
    {
        var meetings = Meetings(TestIdentity.Secretariat);
        for (var year = 2025; year <= 2034; year++)
            await CreateAsync(meetings, new DateOnly(year, 3, 3), $"Møte {year}");

        var all = await ReadAllAsync(meetings, new ListMeetingsRequest { ArenaId = SeedNotice.ArenaId, PageSize = 3 });
        var drafts = await ReadAllAsync(
            meetings,
            new ListMeetingsRequest
            {
                ArenaId = SeedNotice.ArenaId,
                Status = Hfi.Meetings.Api.MeetingStatus.Draft,
                PageSize = 3,
            }
        );
        var held = await ReadAllAsync(
            meetings,
            new ListMeetingsRequest { Status = Hfi.Meetings.Api.MeetingStatus.Held, PageSize = 3 }
        );

        Assert.Equal(Enumerable.Range(2025, 10).Select(y => $"Møte {y}"), all.Select(m => m.Title));
        Assert.Equal(all.Select(m => m.MeetingId), drafts.Select(m => m.MeetingId));
        Assert.Empty(held);
    }

    [Fact]
    public async Task A_page_token_answers_only_the_filters_it_was_given_for_and_bad_ones_are_refused_naming_the_field()
    {
        var meetings = Meetings(TestIdentity.Secretariat);
        for (var month = 1; month <= 3; month++)
            await CreateAsync(meetings, new DateOnly(2030, month, 5), $"Møte {month}");
        var first = await meetings.ListMeetingsAsync(
            new ListMeetingsRequest
            {
                ArenaId = SeedNotice.ArenaId,
                Year = 2030,
                PageSize = 1,
            }
        );
        Assert.NotEqual(string.Empty, first.NextPageToken);

        await AssertRefusedAsync(
            meetings,
            new()
            {
                ArenaId = SeedNotice.ArenaId,
                Year = 2031,
                PageToken = first.NextPageToken,
            },
            "page_token",
            "PAGE_TOKEN_MISMATCH"
        );
        await AssertRefusedAsync(
            meetings,
            new() { Year = 2030, PageToken = first.NextPageToken },
            "page_token",
            "PAGE_TOKEN_MISMATCH"
        );
        await AssertRefusedAsync(
            meetings,
            new()
            {
                ArenaId = SeedNotice.ArenaId,
                Year = 2030,
                PageToken = "ikke-et-sidemerke",
            },
            "page_token",
            "PAGE_TOKEN_INVALID"
        );
        await AssertRefusedAsync(
            meetings,
            new() { ArenaId = SeedNotice.ArenaId, PageSize = -1 },
            "page_size",
            "PAGE_SIZE_NEGATIVE"
        );
        await AssertRefusedAsync(meetings, new() { Year = -5 }, "year", "YEAR_OUT_OF_RANGE");

        // Above the maximum is coerced, not refused.
        var many = await meetings.ListMeetingsAsync(
            new ListMeetingsRequest { ArenaId = SeedNotice.ArenaId, PageSize = 1_000_000 }
        );
        Assert.Equal(3, many.Meetings.Count);
        Assert.Equal(string.Empty, many.NextPageToken);
    }

    [Fact]
    public async Task An_arenas_members_come_page_by_page_leader_first_and_Meetings_reads_them_all()
    {
        var planning = Planning(TestIdentity.Secretariat);
        for (var i = 0; i < 23; i++)
            await AddMemberAsync($"Medlem {i:00}", "hamar", MemberKind.MunicipalRepresentative);
        var leader = await AddMemberAsync("Åse Leder", "gjovik", MemberKind.MunicipalRepresentative, MemberRole.Leader);

        var whole = (
            await planning.ListArenaMembersAsync(
                new ListArenaMembersRequest { ArenaId = SeedNotice.ArenaId, OnDate = "2030-01-01" }
            )
        ).Members;
        var paged = new List<ArenaMember>();
        var token = string.Empty;
        do
        {
            var page = await planning.ListArenaMembersAsync(
                new ListArenaMembersRequest
                {
                    ArenaId = SeedNotice.ArenaId,
                    OnDate = "2030-01-01",
                    PageSize = 5,
                    PageToken = token,
                }
            );
            Assert.True(page.Members.Count <= 5);
            paged.AddRange(page.Members);
            token = page.NextPageToken;
        } while (token != string.Empty);

        Assert.True(whole.Count >= 24);
        Assert.Equal(whole.Select(m => m.MemberId), paged.Select(m => m.MemberId));
        Assert.Equal(paged.Count, paged.Select(m => m.MemberId).Distinct().Count());
        Assert.Equal(MemberRole.Leader, paged[0].Role);
        Assert.Contains(paged, m => m.MemberId == leader.MemberId);
        Assert.Equal(
            Enumerable.Range(0, 23).Select(i => $"Medlem {i:00}"),
            paged.Select(m => m.PersonName).Where(n => n.StartsWith("Medlem ", StringComparison.Ordinal))
        );

        var firstPage = await planning.ListArenaMembersAsync(
            new ListArenaMembersRequest
            {
                ArenaId = SeedNotice.ArenaId,
                OnDate = "2030-01-01",
                PageSize = 5,
            }
        );
        var otherDay = await Assert.ThrowsAsync<RpcException>(() =>
            planning
                .ListArenaMembersAsync(
                    new ListArenaMembersRequest
                    {
                        ArenaId = SeedNotice.ArenaId,
                        OnDate = "2030-01-02",
                        PageToken = firstPage.NextPageToken,
                    }
                )
                .ResponseAsync
        );
        Assert.Equal(StatusCode.InvalidArgument, otherDay.StatusCode);
        Assert.Contains("page_token", otherDay.Status.Detail);
    }

    private static async Task<List<Hfi.Meetings.Api.Meeting>> ReadAllAsync(
        MeetingsApi.MeetingsApiClient meetings,
        ListMeetingsRequest request
    )
    {
        var all = new List<Hfi.Meetings.Api.Meeting>();
        do
        {
            var page = await meetings.ListMeetingsAsync(request);
            all.AddRange(page.Meetings);
            request.PageToken = page.NextPageToken;
        } while (request.PageToken != string.Empty);
        return all;
    }

    private static async Task AssertRefusedAsync(
        MeetingsApi.MeetingsApiClient meetings,
        ListMeetingsRequest request,
        string field,
        string reason
    )
    {
        var refused = await Assert.ThrowsAsync<RpcException>(() => meetings.ListMeetingsAsync(request).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains(field, refused.Status.Detail);
        Assert.Equal(reason, refused.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
    }

    private static Task<Hfi.Meetings.Api.Meeting> CreateAsync(
        MeetingsApi.MeetingsApiClient meetings,
        DateOnly day,
        string title
    ) =>
        meetings
            .CreateMeetingAsync(
                new CreateMeetingRequest
                {
                    ArenaId = SeedNotice.ArenaId,
                    Title = title,
                    StartsAt = Timestamp.FromDateTimeOffset(OsloTime.At(day, new TimeOnly(10, 0))),
                    EndsAt = Timestamp.FromDateTimeOffset(OsloTime.At(day, new TimeOnly(12, 0))),
                }
            )
            .ResponseAsync;
}

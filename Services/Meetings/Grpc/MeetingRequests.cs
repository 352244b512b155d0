using System.Globalization;
using Hfi.Contracts;
using Hfi.Meetings.Api;
using Hfi.Meetings.Data;
using Hfi.Meetings.Domain;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Paging;

namespace Hfi.Meetings.Grpc;

/// <summary>
/// Reads the values of requests that need more than a copy: ids, dates, filters, page tokens, choices.
/// </summary>
internal static class MeetingRequests
{
    public static Guid ItemId(string itemId) => RequestIds.Parse(itemId, "item_id");

    /// <summary>The case a vote count is for, or null for the meeting as a whole.</summary>
    public static Guid? CaseItemId(string caseItemId) =>
        string.IsNullOrWhiteSpace(caseItemId) ? null : RequestIds.Parse(caseItemId, "item_id");

    public static MeetingListFilter Filter(ListMeetingsRequest request)
    {
        if (request.Year is < 0 or > 9998)
        {
            throw new ValidationFailedException(
                "year",
                Reasons.YearOutOfRange,
                $"A year between 1 and 9998 (0 = every year), not {request.Year}."
            );
        }

        return new MeetingListFilter(
            string.IsNullOrWhiteSpace(request.ArenaId) ? null : request.ArenaId,
            request.Year == 0 ? null : request.Year,
            request.Status == Api.MeetingStatus.Unspecified ? null : (Domain.MeetingStatus)request.Status
        );
    }

    /// <summary>The page asked for; the filters bind the page token.</summary>
    public static PageRequest Page(ListMeetingsRequest request) =>
        PageRequest.Of(
            request.PageSize,
            request.PageToken,
            MeetingLists.MeetingLimits,
            "meetings.ListMeetings",
            string.IsNullOrWhiteSpace(request.ArenaId) ? null : request.ArenaId,
            request.Year.ToString(CultureInfo.InvariantCulture),
            request.Status.ToString()
        );

    /// <summary>
    /// Converted before the query: EF would otherwise send the proto enum's number where the column holds its name.
    /// </summary>
    public static Domain.FollowUpStatus? Status(ListFollowUpsRequest request) =>
        request.Status == Api.FollowUpStatus.Unspecified ? null : (Domain.FollowUpStatus)request.Status;

    public static PageRequest Page(ListFollowUpsRequest request) =>
        PageRequest.Of(
            request.PageSize,
            request.PageToken,
            MeetingLists.FollowUpLimits,
            "meetings.ListFollowUps",
            request.ArenaId,
            request.Status.ToString()
        );

    public static DateOnly? DueDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        return DateOnly.TryParseExact(
            text,
            "yyyy-MM-dd",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var date
        )
            ? date
            : throw new ValidationFailedException(
                "due_date",
                Reasons.DateFormat,
                $"Give the date as yyyy-MM-dd (got '{text}')."
            );
    }

    public static DecisionInput Decision(RecordDecisionRequest request) =>
        new()
        {
            Source = (Domain.AdoptedTextSource)request.Source,
            AlternativeNumber = request.Source == Api.AdoptedTextSource.Alternative ? request.AlternativeNumber : null,
            AmendedText = request.AmendedText,
            Amendment = request.Amendment,
            Unanimous = request.Unanimous,
            VotesFor = request.HasVotesFor ? request.VotesFor : null,
            VotesAgainst = request.HasVotesAgainst ? request.VotesAgainst : null,
            VotesBlank = request.HasVotesBlank ? request.VotesBlank : null,
        };

    /// <summary>The audience of a preview: all members unless the restricted one is asked for.</summary>
    public static string PreviewAudience(string audience) =>
        audience switch
        {
            "" => Audiences.AllMembers,
            _ when Viewer.PublishedAudiences.Contains(audience) => audience,
            _ => throw new ValidationFailedException(
                "audience",
                $"Use '{Audiences.AllMembers}' or '{Audiences.MunicipalRepresentatives}'."
            ),
        };
}

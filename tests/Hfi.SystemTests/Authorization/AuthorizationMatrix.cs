namespace Hfi.SystemTests.Authorization;

/// <summary>
/// Expected statuses of one route for anonymous, a hospital member, a municipal member, the secretariat, and an
/// observer (who reads what all members read but has no seat: no absence, proxy or substitute answer of their own).
/// </summary>
public sealed record Expect(int Anonymous, int Hospital, int Municipal, int Secretariat, int Observer)
{
    public int[] AsArray() => [Anonymous, Hospital, Municipal, Secretariat, Observer];
}

/// <summary>
/// The authorization matrix. 401: sign in first; 403: signed in but not allowed; 404: allowed, and the id names
/// nothing; 400: allowed, and the empty body is refused naming the field.
/// </summary>
public static class AuthorizationMatrix
{
    public static readonly IReadOnlyDictionary<string, Expect> Expected = new Dictionary<string, Expect>
    {
        ["POST /api/auth/dev-sign-in"] = new(400, 400, 400, 400, 400),
        ["GET /api/auth/dev-users"] = new(200, 200, 200, 200, 200),
        ["GET /api/auth/me"] = new(401, 200, 200, 200, 200),
        ["DELETE /api/documents/attachments/{attachment_id}"] = new(401, 403, 403, 404, 403),
        ["GET /api/documents/attachments/{attachment_id}"] = new(404, 404, 404, 404, 404),
        ["PATCH /api/documents/attachments/{attachment_id}/access"] = new(401, 403, 403, 404, 403),
        ["GET /api/documents/audit"] = new(401, 403, 403, 200, 403),
        ["GET /api/documents/files/{attachmentId}"] = new(404, 404, 404, 404, 404),
        ["POST /api/documents/meetings/{meetingId}/attachments"] = new(401, 403, 403, 415, 403),
        ["GET /api/documents/meetings/{meeting_id}/attachments"] = new(200, 200, 200, 200, 200),
        ["GET /api/meetings"] = new(200, 200, 200, 200, 200),
        ["POST /api/meetings"] = new(401, 403, 403, 400, 403),
        ["GET /api/meetings/arenas/{arena_id}/follow-ups"] = new(200, 200, 200, 200, 200),
        ["GET /api/meetings/arenas/{arena_id}/rules"] = new(200, 200, 200, 200, 200),
        ["PUT /api/meetings/arenas/{arena_id}/rules"] = new(401, 403, 403, 400, 403),
        ["GET /api/meetings/audit"] = new(401, 403, 403, 200, 403),
        ["PUT /api/meetings/follow-ups/{follow_up_id}"] = new(401, 403, 403, 404, 403),
        ["PUT /api/meetings/follow-ups/{follow_up_id}/status"] = new(401, 403, 403, 404, 403),
        ["GET /api/meetings/{meeting_id}"] = new(404, 404, 404, 404, 404),
        ["PUT /api/meetings/{meeting_id}"] = new(401, 403, 403, 404, 403),
        ["POST /api/meetings/{meeting_id}/absences"] = new(401, 403, 403, 404, 403),
        ["DELETE /api/meetings/{meeting_id}/absences/{member_id}"] = new(401, 403, 403, 404, 403),
        ["DELETE /api/meetings/{meeting_id}/absences/mine"] = new(401, 404, 404, 404, 403),
        ["GET /api/meetings/{meeting_id}/absences/mine"] = new(401, 404, 404, 404, 404),
        ["PUT /api/meetings/{meeting_id}/absences/mine"] = new(401, 404, 404, 404, 403),
        ["GET /api/meetings/{meeting_id}/agenda"] = new(404, 404, 404, 404, 404),
        ["POST /api/meetings/{meeting_id}/agenda/items"] = new(401, 403, 403, 404, 403),
        ["GET /api/meetings/{meeting_id}/agenda/items/{item_id}"] = new(404, 404, 404, 404, 404),
        ["PUT /api/meetings/{meeting_id}/agenda/items/{item_id}"] = new(401, 403, 403, 404, 403),
        ["POST /api/meetings/{meeting_id}/agenda/items/{item_id}/conflicts-of-interest"] = new(401, 403, 403, 404, 403),
        ["PUT /api/meetings/{meeting_id}/agenda/items/{item_id}/decision"] = new(401, 403, 403, 404, 403),
        ["POST /api/meetings/{meeting_id}/agenda/items/{item_id}/withdraw"] = new(401, 403, 403, 404, 403),
        ["PUT /api/meetings/{meeting_id}/agenda/order"] = new(401, 403, 403, 404, 403),
        ["GET /api/meetings/{meeting_id}/attendance"] = new(401, 404, 404, 404, 404),
        ["PUT /api/meetings/{meeting_id}/attendance/{member_id}"] = new(401, 403, 403, 404, 403),
        ["POST /api/meetings/{meeting_id}/follow-ups"] = new(401, 403, 403, 404, 403),
        ["POST /api/meetings/{meeting_id}/cancel"] = new(401, 403, 403, 404, 403),
        ["POST /api/meetings/{meeting_id}/held"] = new(401, 403, 403, 404, 403),
        ["GET /api/meetings/{meeting_id}/minutes"] = new(404, 404, 404, 404, 404),
        ["POST /api/meetings/{meeting_id}/minutes"] = new(401, 403, 403, 404, 403),
        ["PUT /api/meetings/{meeting_id}/minutes"] = new(401, 403, 403, 404, 403),
        ["POST /api/meetings/{meeting_id}/minutes/approve"] = new(401, 403, 403, 404, 403),
        ["GET /api/meetings/{meeting_id}/minutes/preview"] = new(401, 403, 403, 404, 403),
        ["GET /api/meetings/{meeting_id}/notice"] = new(404, 404, 404, 404, 404),
        ["POST /api/meetings/{meeting_id}/notice"] = new(401, 403, 403, 404, 403),
        ["GET /api/meetings/{meeting_id}/notice/preview"] = new(401, 403, 403, 404, 403),
        ["POST /api/meetings/{meeting_id}/proxies"] = new(401, 403, 403, 404, 403),
        ["DELETE /api/meetings/{meeting_id}/proxies/{giver_member_id}"] = new(401, 403, 403, 404, 403),
        ["POST /api/meetings/{meeting_id}/substitute-requests/{request_id}/answer"] = new(401, 404, 404, 404, 403),
        ["GET /api/meetings/{meeting_id}/voting-count"] = new(401, 404, 404, 404, 404),
        ["GET /api/notifications/audit"] = new(401, 403, 403, 200, 403),
        ["GET /api/notifications/deliveries"] = new(401, 403, 403, 400, 403),
        ["POST /api/notifications/deliveries/{delivery_id}:retry"] = new(401, 403, 403, 404, 403),
        ["GET /api/notifications/events"] = new(401, 403, 403, 200, 403),
        ["GET /api/notifications/me/inbox"] = new(401, 200, 200, 200, 200),
        ["POST /api/notifications/me/inbox/{item_id}:read"] = new(401, 404, 404, 404, 404),
        ["GET /api/notifications/me/preferences"] = new(401, 200, 200, 200, 200),
        ["PUT /api/notifications/me/preferences"] = new(401, 400, 400, 400, 400),
        ["GET /api/notifications/notices"] = new(401, 403, 403, 200, 403),
        ["GET /api/planning/arenas"] = new(200, 200, 200, 200, 200),
        ["POST /api/planning/arenas"] = new(401, 403, 403, 400, 403),
        ["GET /api/planning/arenas/{arena_id}"] = new(404, 404, 404, 404, 404),
        ["GET /api/planning/arenas/{arena_id}/members"] = new(401, 404, 404, 404, 404),
        ["GET /api/planning/arenas/{arena_id}/members/{member_id}"] = new(401, 404, 404, 404, 404),
        ["GET /api/planning/arenas/{arena_id}/other-seats"] = new(401, 404, 404, 404, 404),
        ["POST /api/planning/arenas/{arena_id}/members"] = new(401, 403, 403, 404, 403),
        ["PUT /api/planning/arenas/{arena_id}/members/{member_id}"] = new(401, 403, 403, 404, 403),
        ["POST /api/planning/arenas/{arena_id}/members/{member_id}/end-term"] = new(401, 403, 403, 404, 403),
        ["GET /api/planning/audit"] = new(401, 403, 403, 200, 403),
        ["GET /api/planning/partners"] = new(200, 200, 200, 200, 200),
        ["GET /api/planning/planned-meetings"] = new(200, 200, 200, 200, 200),
        ["GET /api/planning/planned-meetings/upcoming"] = new(200, 200, 200, 200, 200),
        ["GET /api/planning/planned-meetings/{planned_meeting_id}"] = new(404, 404, 404, 404, 404),
        ["POST /api/planning/planned-meetings/{planned_meeting_id}/cancel"] = new(401, 403, 403, 404, 403),
        ["POST /api/planning/planned-meetings/{planned_meeting_id}/held"] = new(401, 403, 403, 404, 403),
        ["GET /api/planning/planned-meetings/{planned_meeting_id}/history"] = new(404, 404, 404, 404, 404),
        ["POST /api/planning/planned-meetings/{planned_meeting_id}/reschedule"] = new(401, 403, 403, 404, 403),
        ["GET /api/planning/plans/{year}"] = new(404, 404, 404, 404, 404),
        ["POST /api/planning/plans/{year}/approve"] = new(401, 403, 403, 404, 403),
        ["GET /api/planning/plans/{year}/arenas/{arena_id}/calendar.ics"] = new(404, 404, 404, 404, 404),
        ["GET /api/planning/plans/{year}/calendar.ics"] = new(404, 404, 404, 404, 404),
        ["POST /api/planning/plans/{year}/import"] = new(401, 403, 403, 400, 403),
        ["GET /api/planning/plans/{year}/regions/{region_id}/calendar.ics"] = new(404, 404, 404, 404, 404),
        ["GET /api/planning/regions"] = new(200, 200, 200, 200, 200),
    };
}

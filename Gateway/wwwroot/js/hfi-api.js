// @ts-check
// The web UI's contract with the APIs, in one place: one function per route the pages use (each path segment
// encoded), the answer's type, and the protos' enum names as constants. Pages call these, never a URL of their own.
import { api } from './api.js';

/**
 * @import { Meeting, Agenda, AgendaItem, AgendaItemInput, DecisionInput, Notice, Minutes, Attendance, AttendanceOverview,
 *   VotingCount, MyAbsence, SubstituteRequest, Proxy, FollowUp, Arena, Region, Partner, ArenaMember, OtherSeat,
 *   MemberInput, Plan, PlannedMeeting, ImportPlanResponse, MeetingAttachment, NoticeSummary, Delivery, Inbox,
 *   AuditPage, User, SignInAnswer, Paged } from './types.js'
 */

// ---- Enum names (proto enums as JSON carries them) ----

export const MeetingStatus = Object.freeze({
  DRAFT: 'MEETING_STATUS_DRAFT',
  NOTICE_ISSUED: 'MEETING_STATUS_NOTICE_ISSUED',
  HELD: 'MEETING_STATUS_HELD',
  MINUTES_DRAFTED: 'MEETING_STATUS_MINUTES_DRAFTED',
  MINUTES_APPROVED: 'MEETING_STATUS_MINUTES_APPROVED',
  CANCELLED: 'MEETING_STATUS_CANCELLED',
});
/** @typedef {typeof MeetingStatus[keyof typeof MeetingStatus]} MeetingStatus */

export const AgendaItemKind = Object.freeze({
  PRESENTATION: 'AGENDA_ITEM_KIND_PRESENTATION',
  CASE: 'AGENDA_ITEM_KIND_CASE',
  ANY_OTHER_BUSINESS: 'AGENDA_ITEM_KIND_ANY_OTHER_BUSINESS',
  BREAK: 'AGENDA_ITEM_KIND_BREAK',
});
/** @typedef {typeof AgendaItemKind[keyof typeof AgendaItemKind]} AgendaItemKind */

export const CaseType = Object.freeze({
  UNSPECIFIED: 'CASE_TYPE_UNSPECIFIED',
  ORIENTERING: 'CASE_TYPE_ORIENTERING',
  DROFTING: 'CASE_TYPE_DROFTING',
  BESLUTNING: 'CASE_TYPE_BESLUTNING',
});
/** @typedef {typeof CaseType[keyof typeof CaseType]} CaseType */

export const AdoptedTextSource = Object.freeze({
  PROPOSAL: 'ADOPTED_TEXT_SOURCE_PROPOSAL',
  ALTERNATIVE: 'ADOPTED_TEXT_SOURCE_ALTERNATIVE',
  AMENDED: 'ADOPTED_TEXT_SOURCE_AMENDED',
});
/** @typedef {typeof AdoptedTextSource[keyof typeof AdoptedTextSource]} AdoptedTextSource */

export const AttendanceStatus = Object.freeze({
  SUMMONED: 'ATTENDANCE_STATUS_SUMMONED',
  PRESENT: 'ATTENDANCE_STATUS_PRESENT',
  ABSENT: 'ATTENDANCE_STATUS_ABSENT',
});
/** @typedef {typeof AttendanceStatus[keyof typeof AttendanceStatus]} AttendanceStatus */

export const SubstituteRequestStatus = Object.freeze({
  ASKED: 'SUBSTITUTE_REQUEST_STATUS_ASKED',
  ACCEPTED: 'SUBSTITUTE_REQUEST_STATUS_ACCEPTED',
  DECLINED: 'SUBSTITUTE_REQUEST_STATUS_DECLINED',
  CANCELLED: 'SUBSTITUTE_REQUEST_STATUS_CANCELLED',
});
/** @typedef {typeof SubstituteRequestStatus[keyof typeof SubstituteRequestStatus]} SubstituteRequestStatus */

export const AbsenceLock = Object.freeze({
  NONE: 'ABSENCE_LOCK_NONE',
  MEETING_STARTED: 'ABSENCE_LOCK_MEETING_STARTED',
  SUBSTITUTE_ACCEPTED: 'ABSENCE_LOCK_SUBSTITUTE_ACCEPTED',
});

export const FollowUpStatus = Object.freeze({
  OPEN: 'FOLLOW_UP_STATUS_OPEN',
  IN_PROGRESS: 'FOLLOW_UP_STATUS_IN_PROGRESS',
  DONE: 'FOLLOW_UP_STATUS_DONE',
});
/** @typedef {typeof FollowUpStatus[keyof typeof FollowUpStatus]} FollowUpStatus */

export const MemberKind = Object.freeze({
  MUNICIPAL_REPRESENTATIVE: 'MEMBER_KIND_MUNICIPAL_REPRESENTATIVE',
  HOSPITAL_REPRESENTATIVE: 'MEMBER_KIND_HOSPITAL_REPRESENTATIVE',
  OBSERVER: 'MEMBER_KIND_OBSERVER',
  SECRETARIAT: 'MEMBER_KIND_SECRETARIAT',
});
/** @typedef {typeof MemberKind[keyof typeof MemberKind]} MemberKind */

export const MemberRole = Object.freeze({
  LEADER: 'MEMBER_ROLE_LEADER',
  DEPUTY_LEADER: 'MEMBER_ROLE_DEPUTY_LEADER',
  MEMBER: 'MEMBER_ROLE_MEMBER',
  OBSERVER: 'MEMBER_ROLE_OBSERVER',
  SUBSTITUTE: 'MEMBER_ROLE_SUBSTITUTE',
});
/** @typedef {typeof MemberRole[keyof typeof MemberRole]} MemberRole */

export const PlannedMeetingStatus = Object.freeze({
  TENTATIVE: 'PLANNED_MEETING_STATUS_TENTATIVE',
  SCHEDULED: 'PLANNED_MEETING_STATUS_SCHEDULED',
  HELD: 'PLANNED_MEETING_STATUS_HELD',
  CANCELLED: 'PLANNED_MEETING_STATUS_CANCELLED',
});
/** @typedef {typeof PlannedMeetingStatus[keyof typeof PlannedMeetingStatus]} PlannedMeetingStatus */

export const PlanStatus = Object.freeze({
  DRAFT: 'PLAN_STATUS_DRAFT',
  APPROVED: 'PLAN_STATUS_APPROVED',
  REVISED: 'PLAN_STATUS_REVISED',
});
/** @typedef {typeof PlanStatus[keyof typeof PlanStatus]} PlanStatus */

export const DeliveryStatus = Object.freeze({
  PENDING: 'DELIVERY_STATUS_PENDING',
  DELIVERED: 'DELIVERY_STATUS_DELIVERED',
  DEAD_LETTERED: 'DELIVERY_STATUS_DEAD_LETTERED',
});

/** What a stored document is: an uploaded attachment, or a generated notice or minutes. */
export const DocumentKind = Object.freeze({
  ATTACHMENT: 'attachment',
  NOTICE: 'notice',
  MINUTES: 'minutes',
});
/** @typedef {typeof DocumentKind[keyof typeof DocumentKind]} DocumentKind */

/** Who may read an item or attachment, and which body decides a case. */
export const Audience = Object.freeze({
  ALL_MEMBERS: 'all-members',
  MUNICIPAL_REPRESENTATIVES: 'municipal-representatives',
});
/** @typedef {typeof Audience[keyof typeof Audience]} Audience */

// ---- Paths ----

/** A path from literal parts and values, each value encoded as one path segment. */
const path = (/** @type {TemplateStringsArray} */ parts, /** @type {(string | number)[]} */ ...values) =>
  parts.reduce((url, part, index) => url + encodeURIComponent(String(values[index - 1])) + part);

/** A query string of the given values (empty ones left out), with its "?". */
function query(/** @type {Record<string, string | number | boolean | null | undefined>} */ values) {
  const given = Object.entries(values).filter(([, value]) => value !== '' && value !== null && value !== undefined);
  return given.length ? `?${new URLSearchParams(given.map(([name, value]) => [name, String(value)]))}` : '';
}

// ---- Paging (AIP-158: pageSize, pageToken → nextPageToken) ----

/**
 * Every item of a paged list, page by page: for the few views that need the whole list (a roster, a select).
 * @template T
 * @param {(pageToken: string) => Promise<Paged<T>>} page
 * @returns {Promise<T[]>}
 */
export async function allPages(page) {
  /** @type {T[]} */
  const all = [];
  let token = '';
  do {
    const answer = await page(token);
    all.push(...answer.items);
    token = answer.nextPageToken;
  } while (token);
  return all;
}

/**
 * One page of an answer: its items under their field name, and the token of the next page.
 * @template T
 * @param {string} field
 * @returns {(answer: any) => Paged<T>}
 */
const paged = (field) => (answer) => ({ items: answer?.[field] ?? [], nextPageToken: answer?.nextPageToken ?? '' });

const meeting = (/** @type {string} */ meetingId) => path`/api/meetings/${meetingId}`;
const agendaItem = (/** @type {string} */ meetingId, /** @type {string} */ itemId) =>
  `${meeting(meetingId)}${path`/agenda/items/${itemId}`}`;
const post = (/** @type {unknown} */ json = {}) => ({ method: 'POST', json });
const put = (/** @type {unknown} */ json) => ({ method: 'PUT', json });
const remove = { method: 'DELETE' };

// ---- Meetings ----

/**
 * A page of meetings, oldest first, filtered by arena, year and status.
 * @param {{ arenaId?: string, year?: number, status?: MeetingStatus | '', pageToken?: string, pageSize?: number }} filter
 * @returns {Promise<Paged<Meeting>>}
 */
export const listMeetingsPage = (filter = {}) => api(`/api/meetings${query(filter)}`).then(paged('meetings'));
/** Every meeting the filter matches (all pages). @returns {Promise<{ meetings: Meeting[] }>} */
export const listMeetings = async (/** @type {{ arenaId?: string, year?: number }} */ filter = {}) => ({
  meetings: await allPages((pageToken) => listMeetingsPage({ ...filter, pageToken, pageSize: 500 })),
});
/** @returns {Promise<Meeting>} */
export const getMeeting = (/** @type {string} */ meetingId) => api(meeting(meetingId));
/**
 * @param {{ arenaId: string, plannedMeetingId?: string, title: string, startsAt: string, endsAt: string, place?: string, chair?: string }} input
 * @returns {Promise<Meeting>}
 */
export const createMeeting = (input) => api('/api/meetings', post(input));
/** Cancels (avlyser) a meeting not yet held, with the reason the members are told. @returns {Promise<Meeting>} */
export const cancelMeeting = (/** @type {string} */ meetingId, /** @type {string} */ reason) =>
  api(`${meeting(meetingId)}/cancel`, post({ reason }));
/** @returns {Promise<Meeting>} */
export const markHeld = (/** @type {string} */ meetingId) => api(`${meeting(meetingId)}/held`, post());

/** @returns {Promise<AgendaItem>} */
export const addAgendaItem = (/** @type {string} */ meetingId, /** @type {AgendaItemInput} */ item) =>
  api(`${meeting(meetingId)}/agenda/items`, post(item));
/** @returns {Promise<AgendaItem>} */
export const updateAgendaItem = (
  /** @type {string} */ meetingId,
  /** @type {string} */ itemId,
  /** @type {AgendaItemInput} */ item,
) => api(agendaItem(meetingId, itemId), put(item));
/** @returns {Promise<AgendaItem>} */
export const withdrawAgendaItem = (/** @type {string} */ meetingId, /** @type {string} */ itemId) =>
  api(`${agendaItem(meetingId, itemId)}/withdraw`, post());
/** @returns {Promise<Agenda>} */
export const reorderAgenda = (/** @type {string} */ meetingId, /** @type {string[]} */ itemIds) =>
  api(`${meeting(meetingId)}/agenda/order`, put({ itemIds }));

/** The latest notice the caller receives; null before the notice is issued. @returns {Promise<Notice | null>} */
export const getNotice = (/** @type {string} */ meetingId) =>
  api(`${meeting(meetingId)}/notice`).catch((error) => (error.status === 404 ? null : Promise.reject(error)));
/** @returns {Promise<Notice>} */
export const issueNotice = (/** @type {string} */ meetingId) => api(`${meeting(meetingId)}/notice`, post());
/** The notice PDF one audience would get if it were issued now (for a download link). */
export const noticePreviewPath = (/** @type {string} */ meetingId, /** @type {Audience} */ audience) =>
  `${meeting(meetingId)}/notice/preview${query({ audience })}`;

/** The minutes; null where there are none the caller may read yet. @returns {Promise<Minutes | null>} */
export const getMinutes = (/** @type {string} */ meetingId) => api(`${meeting(meetingId)}/minutes`).catch(() => null);
/** @returns {Promise<Minutes>} */
export const draftMinutes = (/** @type {string} */ meetingId) => api(`${meeting(meetingId)}/minutes`, post());
/** @returns {Promise<Minutes>} */
export const approveMinutes = (/** @type {string} */ meetingId) => api(`${meeting(meetingId)}/minutes/approve`, post());
/**
 * Corrects the wording of a decision in the minutes, and only that: how the case was decided (proposal, alternative
 * or amended text with its amendment, the votes, the body that decided) stays as the meeting recorded it.
 * @returns {Promise<Minutes>}
 */
export const correctWording = (
  /** @type {string} */ meetingId,
  /** @type {string} */ itemId,
  /** @type {string} */ wording,
) => api(`${meeting(meetingId)}/minutes`, put({ decisionWording: { [itemId]: wording } }));
/** The drafted minutes as the PDF one audience gets on approval (for a download link). */
export const minutesPreviewPath = (/** @type {string} */ meetingId, /** @type {Audience} */ audience) =>
  `${meeting(meetingId)}/minutes/preview${query({ audience })}`;

/** @returns {Promise<AttendanceOverview>} */
export const getAttendance = (/** @type {string} */ meetingId) => api(`${meeting(meetingId)}/attendance`);
/** @returns {Promise<Attendance>} */
export const recordAttendance = (
  /** @type {string} */ meetingId,
  /** @type {string} */ memberId,
  /** @type {boolean} */ present,
) => api(`${meeting(meetingId)}${path`/attendance/${memberId}`}`, put({ present }));
/**
 * Absence of a member, for the whole meeting or (with times "HH:mm") part of it.
 * @param {string} meetingId
 * @param {{ memberId: string, absentFrom?: string, absentUntil?: string }} absence
 * @returns {Promise<{ attendance?: Attendance, substituteRequest?: SubstituteRequest }>}
 */
export const reportAbsence = (meetingId, absence) => api(`${meeting(meetingId)}/absences`, post(absence));
/** @returns {Promise<AttendanceOverview>} */
export const cancelAbsence = (/** @type {string} */ meetingId, /** @type {string} */ memberId) =>
  api(`${meeting(meetingId)}${path`/absences/${memberId}`}`, remove);
/** @returns {Promise<MyAbsence>} */
export const getMyAbsence = (/** @type {string} */ meetingId) => api(`${meeting(meetingId)}/absences/mine`);
/**
 * @param {string} meetingId
 * @param {{ note: string, absentFrom: string, absentUntil: string }} absence
 * @returns {Promise<MyAbsence>}
 */
export const reportMyAbsence = (meetingId, absence) => api(`${meeting(meetingId)}/absences/mine`, put(absence));
/** @returns {Promise<MyAbsence>} */
export const withdrawMyAbsence = (/** @type {string} */ meetingId) =>
  api(`${meeting(meetingId)}/absences/mine`, remove);
/** @returns {Promise<{ answered?: SubstituteRequest, next?: SubstituteRequest }>} */
export const answerSubstituteRequest = (
  /** @type {string} */ meetingId,
  /** @type {string} */ requestId,
  /** @type {boolean} */ accept,
) => api(`${meeting(meetingId)}${path`/substitute-requests/${requestId}/answer`}`, post({ accept }));
/** @returns {Promise<Proxy>} */
export const giveProxy = (
  /** @type {string} */ meetingId,
  /** @type {string} */ giverMemberId,
  /** @type {string} */ holderMemberId,
) => api(`${meeting(meetingId)}/proxies`, post({ giverMemberId, holderMemberId }));
/** @returns {Promise<AttendanceOverview>} */
export const revokeProxy = (/** @type {string} */ meetingId, /** @type {string} */ giverMemberId) =>
  api(`${meeting(meetingId)}${path`/proxies/${giverMemberId}`}`, remove);
/** The count of votes for the meeting, or for one case. @returns {Promise<VotingCount>} */
export const countVotes = (/** @type {string} */ meetingId, /** @type {string} */ caseItemId = '') =>
  api(`${meeting(meetingId)}/voting-count${query({ caseItemId })}`);
/** @returns {Promise<AgendaItem>} */
export const recordConflictOfInterest = (
  /** @type {string} */ meetingId,
  /** @type {string} */ itemId,
  /** @type {string} */ memberId,
  /** @type {string} */ reason,
) => api(`${agendaItem(meetingId, itemId)}/conflicts-of-interest`, post({ memberId, reason }));
/** @returns {Promise<AgendaItem>} */
export const recordDecision = (
  /** @type {string} */ meetingId,
  /** @type {string} */ itemId,
  /** @type {DecisionInput} */ decision,
) => api(`${agendaItem(meetingId, itemId)}/decision`, put(decision));

/**
 * @param {string} meetingId
 * @param {{ itemId: string, description: string, owner: string, dueDate: string }} followUp
 * @returns {Promise<FollowUp>}
 */
export const createFollowUp = (meetingId, followUp) => api(`${meeting(meetingId)}/follow-ups`, post(followUp));
/** @returns {Promise<FollowUp>} */
export const setFollowUpStatus = (/** @type {string} */ followUpId, /** @type {FollowUpStatus} */ status) =>
  api(path`/api/meetings/follow-ups/${followUpId}/status`, put({ status }));
/** @returns {Promise<FollowUp[]>} */
export const listFollowUps = (/** @type {string} */ arenaId, /** @type {FollowUpStatus | ''} */ status = '') =>
  allPages((pageToken) =>
    api(`${path`/api/meetings/arenas/${arenaId}/follow-ups`}${query({ status, pageToken, pageSize: 500 })}`).then(
      /** @type {(answer: any) => Paged<FollowUp>} */ (paged('followUps')),
    ),
  );

// ---- Planning ----

/** @returns {Promise<Arena[]>} */
export const listArenas = () =>
  allPages((pageToken) =>
    api(`/api/planning/arenas${query({ pageToken, pageSize: 500 })}`).then(
      /** @type {(answer: any) => Paged<Arena>} */ (paged('arenas')),
    ),
  );
/** @returns {Promise<Region[]>} */
export const listRegions = () =>
  allPages((pageToken) =>
    api(`/api/planning/regions${query({ pageToken, pageSize: 500 })}`).then(
      /** @type {(answer: any) => Paged<Region>} */ (paged('regions')),
    ),
  );
/** @returns {Promise<Partner[]>} */
export const listPartners = () =>
  allPages((pageToken) =>
    api(`/api/planning/partners${query({ pageToken, pageSize: 500 })}`).then(
      /** @type {(answer: any) => Paged<Partner>} */ (paged('partners')),
    ),
  );
/**
 * A page of the arena's members whose term covers the day (yyyy-MM-dd; empty: today): leader first, the vara last.
 * @returns {Promise<Paged<ArenaMember>>}
 */
export const listMembersPage = (
  /** @type {string} */ arenaId,
  /** @type {string} */ onDate = '',
  /** @type {string} */ pageToken = '',
  /** @type {number | undefined} */ pageSize = undefined,
) =>
  api(`${path`/api/planning/arenas/${arenaId}/members`}${query({ onDate, pageToken, pageSize })}`).then(
    paged('members'),
  );
/** Every member of the arena whose term covers the day (all pages). @returns {Promise<ArenaMember[]>} */
export const listMembers = (/** @type {string} */ arenaId, /** @type {string} */ onDate = '') =>
  allPages((pageToken) => listMembersPage(arenaId, onDate, pageToken, 1000));
/** One seat of the arena, whatever its term. @returns {Promise<ArenaMember>} */
export const getMember = (/** @type {string} */ arenaId, /** @type {string} */ memberId) =>
  api(path`/api/planning/arenas/${arenaId}/members/${memberId}`);
/** The most seats listOtherSeats takes at once (the members list's default page). */
export const MAX_OTHER_SEATS_ASKED = 100;
/**
 * The seats in other arenas on the day of the people holding the given seats of the arena (at most
 * MAX_OTHER_SEATS_ASKED): «sitter også i» for one page of the members list.
 * @returns {Promise<OtherSeat[]>}
 */
export const listOtherSeats = (
  /** @type {string} */ arenaId,
  /** @type {string[]} */ memberIds,
  /** @type {string} */ onDate = '',
) => {
  const ids = memberIds.map((id) => ['memberIds', id]);
  const search = new URLSearchParams([...ids, ...(onDate ? [['onDate', onDate]] : [])]);
  return api(`${path`/api/planning/arenas/${arenaId}/other-seats`}?${search}`).then(
    (/** @type {any} */ answer) => /** @type {OtherSeat[]} */ (answer?.seats ?? []),
  );
};
/** @returns {Promise<ArenaMember>} */
export const addMember = (/** @type {string} */ arenaId, /** @type {MemberInput} */ member) =>
  api(path`/api/planning/arenas/${arenaId}/members`, post(member));
/** @returns {Promise<ArenaMember>} */
export const updateMember = (
  /** @type {string} */ arenaId,
  /** @type {string} */ memberId,
  /** @type {MemberInput} */ member,
) => api(path`/api/planning/arenas/${arenaId}/members/${memberId}`, put(member));
/** @returns {Promise<ArenaMember>} */
export const endTerm = (/** @type {string} */ arenaId, /** @type {string} */ memberId, /** @type {string} */ termTo) =>
  api(path`/api/planning/arenas/${arenaId}/members/${memberId}/end-term`, post({ termTo }));

/** @returns {Promise<Plan>} */
export const getPlan = (/** @type {number} */ year) => api(path`/api/planning/plans/${year}`);
/** @returns {Promise<Plan>} */
export const approvePlan = (
  /** @type {number} */ year,
  /** @type {string} */ approvalCase,
  /** @type {number} */ expectedVersion,
) => api(path`/api/planning/plans/${year}/approve`, post({ approvalCase, expectedVersion }));
/**
 * The plan table (pasted text, or a Word or Excel file) imported, or only checked with a dry run.
 * @param {number} year
 * @param {BodyInit} table
 * @param {string} contentType
 * @param {boolean} dryRun
 * @returns {Promise<ImportPlanResponse>}
 */
export const importPlan = (year, table, contentType, dryRun) =>
  api(`${path`/api/planning/plans/${year}/import`}${query({ dryRun })}`, { method: 'POST', body: table, contentType });
/** The calendar feed of a year: of one arena, one region, or everything. */
export function calendarPath(
  /** @type {number} */ year,
  /** @type {string | null} */ arenaId,
  /** @type {string | null} */ regionId,
) {
  if (arenaId) return path`/api/planning/plans/${year}/arenas/${arenaId}/calendar.ics`;
  if (regionId) return path`/api/planning/plans/${year}/regions/${regionId}/calendar.ics`;
  return path`/api/planning/plans/${year}/calendar.ics`;
}

const plannedMeeting = (/** @type {string} */ plannedMeetingId) =>
  path`/api/planning/planned-meetings/${plannedMeetingId}`;
/**
 * @param {string} plannedMeetingId
 * @param {{ expectedVersion: number, dateText: string, timeText: string, place: string, reason: string }} change
 * @returns {Promise<PlannedMeeting>}
 */
export const reschedulePlanned = (plannedMeetingId, change) =>
  api(`${plannedMeeting(plannedMeetingId)}/reschedule`, post(change));
/** @returns {Promise<PlannedMeeting>} */
export const cancelPlanned = (
  /** @type {string} */ plannedMeetingId,
  /** @type {number} */ expectedVersion,
  /** @type {string} */ reason,
) => api(`${plannedMeeting(plannedMeetingId)}/cancel`, post({ expectedVersion, reason }));
/** @returns {Promise<PlannedMeeting>} */
export const markPlannedHeld = (/** @type {string} */ plannedMeetingId, /** @type {number} */ expectedVersion) =>
  api(`${plannedMeeting(plannedMeetingId)}/held`, post({ expectedVersion }));

// ---- Documents ----

/**
 * A page of a meeting's attachments the caller may read, by kind, case and title; of one kind where given.
 * @returns {Promise<Paged<MeetingAttachment>>}
 */
export const listAttachmentsPage = (
  /** @type {string} */ meetingId,
  /** @type {string} */ pageToken = '',
  /** @type {number | undefined} */ pageSize = undefined,
  /** @type {DocumentKind | ''} */ kind = '',
) =>
  api(`${path`/api/documents/meetings/${meetingId}/attachments`}${query({ kind, pageToken, pageSize })}`).then(
    paged('attachments'),
  );
/** The first page of a meeting's attachments; an empty page where they cannot be read now. */
export const firstAttachmentsPage = (/** @type {string} */ meetingId) =>
  listAttachmentsPage(meetingId).catch(
    () => /** @type {Paged<MeetingAttachment>} */ ({ items: [], nextPageToken: '' }),
  );
/**
 * The files of a meeting's approved minutes the caller may read (one per audience and format), however many other
 * attachments the meeting has; none where they cannot be read now.
 * @returns {Promise<MeetingAttachment[]>}
 */
export const listMinutesFiles = (/** @type {string} */ meetingId) =>
  allPages((pageToken) => listAttachmentsPage(meetingId, pageToken, undefined, DocumentKind.MINUTES)).catch(
    () => /** @type {MeetingAttachment[]} */ ([]),
  );
/** @returns {Promise<MeetingAttachment>} */
export const uploadAttachment = (/** @type {string} */ meetingId, /** @type {FormData} */ upload) =>
  api(path`/api/documents/meetings/${meetingId}/attachments`, { method: 'POST', body: upload });
/** A stored document (the link in an e-mail), optionally one version of it. */
export const documentPath = (/** @type {string} */ documentId, /** @type {string | null} */ version) =>
  `${path`/api/documents/files/${documentId}`}${query({ version })}`;

// ---- Notifications ----

/** @returns {Promise<NoticeSummary[]>} */
export const listNotices = (/** @type {string} */ meetingId) =>
  allPages((pageToken) =>
    api(`/api/notifications/notices${query({ meetingId, pageToken, pageSize: 500 })}`).then(
      /** @type {(answer: any) => Paged<NoticeSummary>} */ (paged('notices')),
    ),
  );
/** A page of a notice's delivery log, by recipient name. @returns {Promise<Paged<Delivery>>} */
export const listDeliveries = (/** @type {string} */ noticeId, /** @type {string} */ pageToken = '') =>
  api(`/api/notifications/deliveries${query({ noticeId, pageToken })}`).then(paged('deliveries'));
/** @returns {Promise<Delivery>} */
export const retryDelivery = (/** @type {string} */ deliveryId) =>
  api(`${path`/api/notifications/deliveries/${deliveryId}`}:retry`, post());
/** @returns {Promise<Inbox>} */
export const getInbox = (/** @type {boolean} */ unreadOnly, /** @type {string} */ pageToken = '') =>
  api(`/api/notifications/me/inbox${query({ unreadOnly: unreadOnly || null, pageToken })}`);
/** @returns {Promise<unknown>} */
export const markInboxItemRead = (/** @type {string} */ itemId) =>
  api(`${path`/api/notifications/me/inbox/${itemId}`}:read`, post());

// ---- Audit and sign-in ----

/** One page of a service's audit log, newest first. @returns {Promise<AuditPage>} */
export const getAuditLog = (
  /** @type {'planning' | 'meetings' | 'documents' | 'notifications'} */ service,
  /** @type {string} */ before = '',
) => api(`${path`/api/${service}/audit`}${query({ before })}`);
/** @returns {Promise<User[]>} */
export const listDevUsers = () => api('/api/auth/dev-users');
/** @returns {Promise<SignInAnswer>} */
export const devSignIn = (/** @type {string} */ user) => api('/api/auth/dev-sign-in', post({ user }));

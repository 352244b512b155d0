// @ts-check
// Norwegian names for the API's codes.
/**
 * @import { MeetingStatus, AgendaItemKind, CaseType, PlannedMeetingStatus, PlanStatus, FollowUpStatus, MemberKind, MemberRole,
 *   Audience } from './hfi-api.js'
 */
export const roleNames = {
  secretariat: 'Sekretariatet',
  admin: 'Administrator',
  member: 'Medlem',
  observer: 'Observatør',
};
export const partnerKindNames = { municipal: 'kommunal representant', hospital: 'representant for sykehuset' };

export const arenaKindNames = {
  ARENA_KIND_PARTNERSHIP_MEETING: 'Partnerskapsmøtet',
  ARENA_KIND_STRATEGIC_COMMITTEE: 'Strategisk samarbeidsutvalg',
  ARENA_KIND_DIALOGUE_MEETING: 'Dialogmøte',
  ARENA_KIND_WORKING_COMMITTEE: 'Arbeidsutvalget',
  ARENA_KIND_SECRETARIAT: 'Sekretariatet',
  ARENA_KIND_OTHER: 'Annen arena',
};

/** @type {Record<PlannedMeetingStatus, string>} */
export const plannedStatusNames = {
  PLANNED_MEETING_STATUS_TENTATIVE: 'Foreløpig',
  PLANNED_MEETING_STATUS_SCHEDULED: 'Fastsatt',
  PLANNED_MEETING_STATUS_HELD: 'Avholdt',
  PLANNED_MEETING_STATUS_CANCELLED: 'Avlyst',
};

/** @type {Record<PlanStatus, string>} */
export const planStatusNames = {
  PLAN_STATUS_DRAFT: 'Utkast',
  PLAN_STATUS_APPROVED: 'Vedtatt',
  PLAN_STATUS_REVISED: 'Revidert etter vedtak',
};

export const topicMarks = { TOPIC_MARK_DECISION: '(B)', TOPIC_MARK_DISCUSSION: '(D)', TOPIC_MARK_INFORMATION: '(O)' };

/** @type {Record<MeetingStatus, string>} */
export const meetingStatusNames = {
  MEETING_STATUS_DRAFT: 'Under planlegging',
  MEETING_STATUS_NOTICE_ISSUED: 'Innkalling sendt',
  MEETING_STATUS_HELD: 'Avholdt',
  MEETING_STATUS_MINUTES_DRAFTED: 'Protokoll under arbeid',
  MEETING_STATUS_MINUTES_APPROVED: 'Protokoll godkjent',
  MEETING_STATUS_CANCELLED: 'Avlyst',
};

/** @type {Record<AgendaItemKind, string>} */
export const itemKindNames = {
  AGENDA_ITEM_KIND_PRESENTATION: 'Presentasjon',
  AGENDA_ITEM_KIND_CASE: 'Sak',
  AGENDA_ITEM_KIND_ANY_OTHER_BUSINESS: 'Eventuelt',
  AGENDA_ITEM_KIND_BREAK: 'Pause',
};

/** @type {Partial<Record<CaseType, { mark: string, name: string }>>} */
export const caseTypes = {
  CASE_TYPE_ORIENTERING: { mark: '(O)', name: 'Orientering' },
  CASE_TYPE_DROFTING: { mark: '(D)', name: 'Drøfting' },
  CASE_TYPE_BESLUTNING: { mark: '(B)', name: 'Beslutning' },
};

/** @type {Record<Audience, string>} */
export const audiences = {
  'all-members': 'Alle representantene',
  'municipal-representatives': 'Kun kommunale representanter',
};

/** Whom a version of the notice went to: "Sendt … til de kommunale representantene." @type {Record<Audience, string>} */
export const sentToNames = {
  'all-members': 'alle representantene',
  'municipal-representatives': 'de kommunale representantene',
};

export const noticeKindNames = {
  NOTICE_KIND_MEETING_NOTICE: 'Innkalling',
  NOTICE_KIND_AGENDA_CHANGED: 'Endret saksliste',
  NOTICE_KIND_MEETING_RESCHEDULED: 'Møtet er flyttet',
  NOTICE_KIND_MEETING_CANCELLED: 'Møtet er avlyst',
  NOTICE_KIND_DOCUMENT_PUBLISHED: 'Nytt vedlegg',
  NOTICE_KIND_MINUTES_APPROVED: 'Protokoll godkjent',
  NOTICE_KIND_SUBSTITUTE_ASKED: 'Forespørsel om å møte som vara',
  NOTICE_KIND_SUBSTITUTE_SUMMONED: 'Innkalling som vara',
  NOTICE_KIND_SUBSTITUTE_RELEASED: 'Vara trengs ikke likevel',
};

// What each message in the delivery log was for.
export const deliveryPurposeNames = {
  DELIVERY_PURPOSE_NOTICE: 'Innkalling',
  DELIVERY_PURPOSE_UPDATED_NOTICE: 'Oppdatert innkalling',
  DELIVERY_PURPOSE_AGENDA_CHANGED: 'Endret saksliste',
  DELIVERY_PURPOSE_MEETING_RESCHEDULED: 'Møtet er flyttet',
  DELIVERY_PURPOSE_MEETING_CANCELLED: 'Møtet er avlyst',
  DELIVERY_PURPOSE_ATTACHMENT_PUBLISHED: 'Nytt vedlegg',
  DELIVERY_PURPOSE_MINUTES: 'Protokoll',
  DELIVERY_PURPOSE_SUBSTITUTE_REQUEST: 'Forespørsel til vara',
  DELIVERY_PURPOSE_SUBSTITUTE_NOTICE: 'Innkalling som vara',
  DELIVERY_PURPOSE_SUBSTITUTE_RELEASED: 'Vara trengs ikke likevel',
};

export const deliveryStatusNames = {
  DELIVERY_STATUS_PENDING: 'Venter',
  DELIVERY_STATUS_DELIVERED: 'Levert',
  DELIVERY_STATUS_DEAD_LETTERED: 'Feilet',
};

// Notifications' reasons for a recipient lookup that failed, as the secretariat reads them.
export const lookupErrorNames = {
  'Planning is not reachable.': 'Planning svarer ikke.',
  'Planning did not answer in time.': 'Planning svarte ikke i tide.',
};

/** @type {Record<FollowUpStatus, string>} */
export const followUpStatusNames = {
  FOLLOW_UP_STATUS_OPEN: 'Åpen',
  FOLLOW_UP_STATUS_IN_PROGRESS: 'Under arbeid',
  FOLLOW_UP_STATUS_DONE: 'Ferdig',
};

/** @type {Record<MemberKind, string>} */
export const memberKindNames = {
  MEMBER_KIND_MUNICIPAL_REPRESENTATIVE: 'Kommunal representant',
  MEMBER_KIND_HOSPITAL_REPRESENTATIVE: 'Representant for sykehuset',
  MEMBER_KIND_OBSERVER: 'Observatør',
  MEMBER_KIND_SECRETARIAT: 'Sekretariatet',
};

/** @type {Record<MemberRole, string>} */
export const memberRoleNames = {
  MEMBER_ROLE_LEADER: 'Leder',
  MEMBER_ROLE_DEPUTY_LEADER: 'Nestleder',
  MEMBER_ROLE_MEMBER: 'Medlem',
  MEMBER_ROLE_OBSERVER: 'Observatør',
  MEMBER_ROLE_SUBSTITUTE: 'Vara',
};

export const channelNames = { CHANNEL_EMAIL: 'E-post', CHANNEL_IN_APP: 'I appen' };

/** "1 advarsel", "2 advarsler": Norwegian nouns take the singular only for exactly one. */
export function counted(
  /** @type {number | undefined} */ count,
  /** @type {string} */ singular,
  /** @type {string} */ plural,
) {
  const n = count ?? 0;
  return `${n} ${n === 1 ? singular : plural}`;
}

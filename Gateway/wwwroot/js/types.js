// @ts-check
// The shapes of the API's answers and requests as the web UI reads and sends them: the JSON of the services' protos
// (Services/*/Protos/*.proto) through the gateway, camelCase. Only the fields the pages use are listed. Enum values
// are typed by their constants in hfi-api.js.
export {};

/** @typedef {import('./hfi-api.js').MeetingStatus} MeetingStatus */
/** @typedef {import('./hfi-api.js').AgendaItemKind} AgendaItemKind */
/** @typedef {import('./hfi-api.js').CaseType} CaseType */
/** @typedef {import('./hfi-api.js').AdoptedTextSource} AdoptedTextSource */
/** @typedef {import('./hfi-api.js').AttendanceStatus} AttendanceStatus */
/** @typedef {import('./hfi-api.js').SubstituteRequestStatus} SubstituteRequestStatus */
/** @typedef {import('./hfi-api.js').FollowUpStatus} FollowUpStatus */
/** @typedef {import('./hfi-api.js').MemberKind} MemberKind */
/** @typedef {import('./hfi-api.js').MemberRole} MemberRole */
/** @typedef {import('./hfi-api.js').PlannedMeetingStatus} PlannedMeetingStatus */
/** @typedef {import('./hfi-api.js').PlanStatus} PlanStatus */
/** @typedef {import('./hfi-api.js').Audience} Audience */

// ---- Meetings ----

/**
 * @typedef {object} Meeting
 * @property {string} meetingId
 * @property {string} arenaId
 * @property {string} title
 * @property {string} startsAt ISO 8601
 * @property {string} endsAt
 * @property {string} [place]
 * @property {MeetingStatus} status
 * @property {string} [chair]
 * @property {string} [plannedMeetingId]
 * @property {string} [cancelReason] why the meeting was cancelled (MEETING_STATUS_CANCELLED only)
 * @property {string} [cancelledAt] ISO 8601
 * @property {Agenda} [agenda] only in a single meeting's answer
 */

/**
 * @typedef {object} Agenda
 * @property {AgendaItem[]} [items]
 * @property {AgendaItem[]} [withdrawnItems]
 * @property {string} [estimatedEnd] "17:40"
 * @property {string} [warning]
 */

/** @typedef {{ documentId: string, title: string }} AttachmentLink */
/** @typedef {{ label: string, text: string }} ResolutionAlternative */

/**
 * @typedef {object} AgendaItem
 * @property {string} itemId
 * @property {AgendaItemKind} kind
 * @property {string} [caseNumber] "04.24"
 * @property {string} title
 * @property {number} [durationMinutes]
 * @property {number} [questionMinutes]
 * @property {CaseType} [caseType]
 * @property {string} [presenter]
 * @property {string} [background]
 * @property {string} [proposedResolution]
 * @property {string[]} [resolutionPoints]
 * @property {ResolutionAlternative[]} [alternatives]
 * @property {Audience} [audience]
 * @property {AttachmentLink[]} [attachments]
 * @property {string} [startTime] "16:15"
 * @property {string} [endTime]
 * @property {Decision} [decision]
 * @property {{ memberId: string, name: string }[]} [disqualifiedMembers]
 */

/**
 * What the secretariat writes for an item.
 * @typedef {object} AgendaItemInput
 * @property {AgendaItemKind} kind
 * @property {string} title
 * @property {number} durationMinutes
 * @property {number} questionMinutes
 * @property {CaseType} caseType
 * @property {string} presenter
 * @property {string} background
 * @property {string} proposedResolution
 * @property {string[]} resolutionPoints
 * @property {string[]} alternatives
 * @property {Audience} audience
 * @property {AttachmentLink[]} [attachments]
 */

/**
 * How a case was decided.
 * @typedef {object} Decision
 * @property {AdoptedTextSource} [source]
 * @property {number} [alternativeNumber] 1-based
 * @property {string} adoptedText
 * @property {boolean} [unanimous]
 * @property {number} [votesFor]
 * @property {number} [votesAgainst]
 * @property {number} [votesBlank] those who abstained
 * @property {string[]} [disqualified] names of those inhabil on the case
 * @property {number} [votesEntitled]
 * @property {string} [votingBody] "all-members" or "municipal-representatives"
 * @property {string} [decidedBy] "Kommunenes representanter"; empty for the whole meeting
 * @property {number} [votingSeats]
 * @property {string} [amendment] the amendment (endringsforslag) the meeting adopted
 * @property {string} [proposedText] for an amended text or an alternative: the proposal as the agenda put it
 */

/**
 * @typedef {object} DecisionInput
 * @property {AdoptedTextSource} source
 * @property {number} alternativeNumber
 * @property {string} amendedText
 * @property {string} [amendment]
 * @property {boolean} unanimous
 * @property {number} [votesFor]
 * @property {number} [votesAgainst]
 * @property {number} [votesBlank]
 */

/**
 * @typedef {object} Notice
 * @property {number} noticeVersion
 * @property {Audience} audience
 * @property {string} issuedAt
 * @property {string} [estimatedEnd]
 * @property {AgendaItem[]} [items]
 */

/**
 * @typedef {object} MinutesAttendee
 * @property {string} name
 * @property {string} [partnerName]
 * @property {string} attendance "present", "absent", "substitute", "proxy-given"
 * @property {string} [substituteFor]
 * @property {string} [proxyHolder]
 * @property {boolean} [hasVotingRight]
 * @property {string} [partlyAbsent]
 */

/**
 * @typedef {object} MinutesDecision
 * @property {string} caseNumber
 * @property {string} title
 * @property {Decision} [decision]
 * @property {Audience} [audience]
 */

/**
 * @typedef {object} Minutes
 * @property {MeetingStatus} status
 * @property {MinutesAttendee[]} [attendees]
 * @property {MinutesDecision[]} [decisions]
 */

/**
 * @typedef {object} Attendance
 * @property {string} memberId
 * @property {string} name
 * @property {string} [substituteForMemberId]
 * @property {AttendanceStatus} [status]
 * @property {string} [absentFrom] "15:30"
 * @property {string} [absentUntil]
 */

/** @typedef {{ giverMemberId: string, giverName: string, holderMemberId: string, holderName: string }} Proxy */

/**
 * @typedef {object} SubstituteRequest
 * @property {string} requestId
 * @property {string} absentMemberId
 * @property {string} substituteMemberId
 * @property {string} substituteName
 * @property {number} rank
 * @property {SubstituteRequestStatus} status
 */

/**
 * @typedef {object} AttendanceOverview
 * @property {Attendance[]} [attendances]
 * @property {Proxy[]} [proxies]
 * @property {SubstituteRequest[]} [substituteRequests]
 */

/**
 * @typedef {object} VotingCount
 * @property {number} [presentWithVote]
 * @property {number} [proxyVotes]
 * @property {number} [votes]
 * @property {number} [votingSeats]
 * @property {number} [votesRequired]
 * @property {boolean} [quorumMet]
 * @property {string} [votingBody]
 * @property {string} [decidedBy]
 */

/**
 * @typedef {object} MyAbsence
 * @property {boolean} [reported]
 * @property {boolean} [wholeMeeting]
 * @property {string} [absentFrom]
 * @property {string} [absentUntil]
 * @property {string} [note]
 * @property {boolean} [canWithdraw]
 * @property {string} [absenceLock]
 * @property {SubstituteRequest[]} [substituteRequests]
 */

/**
 * @typedef {object} FollowUp
 * @property {string} followUpId
 * @property {string} arenaId
 * @property {string} meetingId
 * @property {string} [caseNumber]
 * @property {string} description
 * @property {string} owner
 * @property {string} [dueDate] yyyy-MM-dd
 * @property {FollowUpStatus} status
 */

// ---- Planning ----

/** @typedef {{ arenaId: string, name: string }} Arena */
/** @typedef {{ regionId: string, name: string }} Region */
/** @typedef {{ partnerId: string, name: string }} Partner */

/**
 * @typedef {object} ArenaMember
 * @property {string} memberId
 * @property {string} personName
 * @property {string} email
 * @property {string} [partnerId]
 * @property {string} [partnerName]
 * @property {MemberKind} kind
 * @property {MemberRole} role
 * @property {boolean} hasVotingRight
 * @property {string} [termFrom] yyyy-MM-dd
 * @property {string} [termTo]
 * @property {string} [substituteForMemberId]
 * @property {number} [substituteRank]
 */

/**
 * A seat in another arena of the person holding a seat (memberId) of the arena asked about.
 * @typedef {object} OtherSeat
 * @property {string} memberId
 * @property {string} arenaId
 * @property {string} otherMemberId
 * @property {MemberRole} role
 */

/**
 * @typedef {object} MemberInput
 * @property {string} personName
 * @property {string} email
 * @property {string} kind
 * @property {string} partnerId
 * @property {string} role
 * @property {boolean} hasVotingRight
 * @property {string} termFrom
 * @property {string} termTo
 * @property {string} substituteForMemberId
 * @property {number} substituteRank
 */

/** @typedef {{ text: string, mark?: string }} TopicPoint */
/** @typedef {{ text: string, points?: TopicPoint[] }} PlannedTopic */

/**
 * @typedef {object} PlannedMeeting
 * @property {string} plannedMeetingId
 * @property {string} [arenaId]
 * @property {string} [regionId]
 * @property {string} [regionName]
 * @property {string} [weekday]
 * @property {string} [dateText]
 * @property {string} [firstDate]
 * @property {boolean} [isExactDate]
 * @property {string} [startTime]
 * @property {string} [endTime]
 * @property {string} [timeText]
 * @property {string} [place]
 * @property {PlannedMeetingStatus} [status]
 * @property {string[]} [topics]
 * @property {PlannedTopic[]} [plannedTopics]
 */

/** @typedef {{ arenaId?: string, arenaName?: string, meetings?: PlannedMeeting[] }} ArenaPlan */
/** @typedef {{ message: string }} PlanConflict */

/**
 * @typedef {object} Plan
 * @property {number} year
 * @property {PlanStatus} [status]
 * @property {string} [approvalCase]
 * @property {number} [version]
 * @property {ArenaPlan[]} [arenas]
 * @property {PlanConflict[]} [conflicts]
 */

/**
 * @typedef {object} ImportPlanResponse
 * @property {boolean} [dryRun]
 * @property {PlannedMeeting[]} [created]
 * @property {number} [alreadyImported]
 * @property {{ row: number, message: string }[]} [warnings]
 * @property {PlanConflict[]} [conflicts]
 */

// ---- Documents ----

/**
 * @typedef {object} MeetingAttachment
 * @property {string} attachmentId
 * @property {string} title
 * @property {string} [fileName]
 * @property {string} downloadPath
 * @property {string} [caseNumber]
 * @property {string | number} [sizeBytes]
 * @property {Audience} [audience]
 */

// ---- Notifications ----

/**
 * @typedef {object} NoticeSummary
 * @property {string} noticeId
 * @property {string} subject
 * @property {Audience} [audience]
 * @property {boolean} [recipientsPending]
 * @property {string} [recipientsError]
 * @property {string} [nextLookupAt]
 * @property {number} [recipients]
 * @property {number} [delivered]
 * @property {number} [pending]
 * @property {number} [deadLettered]
 * @property {number} [read]
 */

/**
 * @typedef {object} Delivery
 * @property {string} deliveryId
 * @property {string} recipientName
 * @property {string} [recipientEmail]
 * @property {string} [purpose]
 * @property {string} [channel]
 * @property {string} [status]
 * @property {string} [readAt]
 * @property {number} [attempts]
 * @property {string} [lastAttemptAt]
 * @property {string} [lastError]
 */

/**
 * @typedef {object} InboxItem
 * @property {string} itemId
 * @property {string} subject
 * @property {string} [kind]
 * @property {string} [createdAt]
 * @property {string} [readAt]
 * @property {string} [body]
 * @property {string} [meetingId]
 * @property {string} [documentPath]
 */

/** @typedef {{ items?: InboxItem[], unread?: number, nextPageToken?: string }} Inbox */

// ---- Audit and sign-in ----

/**
 * @typedef {object} AuditEntry
 * @property {string} at
 * @property {string} [name]
 * @property {string} [subject]
 * @property {string} [role]
 * @property {string} action
 * @property {string} [summary]
 */

/** @typedef {{ entries?: AuditEntry[], nextBefore?: string }} AuditPage */

/**
 * @typedef {object} User
 * @property {string} id
 * @property {string} name
 * @property {string} [email]
 * @property {string} role "secretariat", "admin", "member", "observer"
 * @property {string} [partnerKind] "municipal" or "hospital"
 */

/** @typedef {{ token: string, expiresAt: string, user: User }} SignInAnswer */

/**
 * One page of a list (AIP-158) as the web UI holds it: the items and the token of the next page (empty on the last).
 * @template T
 * @typedef {{ items: T[], nextPageToken: string }} Paged
 */

// @ts-check
// Mine møter: the meetings of the arenas the signed-in person sits in (as member or vara): the coming ones with
// their notice, documents and "meld forfall", requests to meet as vara waiting for an answer, and approved minutes.
import {
  listArenas,
  listMeetings,
  listMembers,
  getAttendance,
  MeetingStatus,
  MemberRole,
  SubstituteRequestStatus,
} from '../hfi-api.js';
import { h, render, formatDate, formatTime } from '../dom.js';
import { currentUser } from '../session.js';
import { meetingStatusNames } from '../labels.js';
import { cancelledNote } from '../cancellation.js';
import { requireSignIn, loadPage } from './guard.js';
/** @import { Arena, ArenaMember, Meeting } from '../types.js' */
/** @typedef {{ arena: Arena, member: ArenaMember }} Seat */

const title = 'Mine møter';

export async function show() {
  if (!requireSignIn(title)) return;
  const email = (currentUser()?.email ?? '').toLowerCase();
  const loaded = await loadPage(title, () => Promise.all([listArenas(), listMeetings()]));
  if (!loaded) return;
  const [arenas, meetings] = loaded;
  // The arenas where a seat carries the person's e-mail, the address the notices go to.
  /** @type {Seat[]} */
  const seats = (
    await Promise.all(
      arenas.map((arena) =>
        listMembers(arena.arenaId)
          .then((members) => members.filter((m) => m.email.toLowerCase() === email).map((m) => ({ arena, member: m })))
          .catch(() => []),
      ),
    )
  ).flat();
  const mine = new Map(seats.map((seat) => [seat.arena.arenaId, seat]));
  const list = (meetings.meetings ?? [])
    .filter((m) => mine.has(m.arenaId))
    .sort((a, b) => String(a.startsAt).localeCompare(String(b.startsAt)));
  const now = new Date().toISOString();
  // A cancelled meeting stays among the coming ones, marked, so that no one travels to it.
  const coming = list.filter((m) => m.endsAt >= now && m.status !== MeetingStatus.DRAFT);
  const past = list.filter((m) => m.endsAt < now);
  const requests = await openRequests(coming, seats);

  render(
    h('h1', {}, title),
    seats.length
      ? h('p', {}, `Du sitter i ${[...new Set(seats.map((s) => s.arena.name))].join(', ')}.`)
      : h('p', {}, 'Du er ikke registrert som medlem eller vara i noen arena. Kontakt sekretariatet om dette er feil.'),
    requests.length
      ? h(
          'section',
          { 'aria-labelledby': 'vara-tittel', class: 'advarsler' },
          h('h2', { id: 'vara-tittel' }, 'Forespørsler om å møte som vara'),
          h(
            'ul',
            {},
            requests.map(({ meeting, request }) =>
              h(
                'li',
                {},
                h(
                  'a',
                  {
                    href: `/moter/${encodeURIComponent(meeting.meetingId)}/vara/${encodeURIComponent(request.requestId)}`,
                  },
                  `Svar: kan du møte på ${meeting.title} ${formatDate(meeting.startsAt)}?`,
                ),
              ),
            ),
          ),
        )
      : null,
    h(
      'section',
      { 'aria-labelledby': 'kommende-tittel' },
      h('h2', { id: 'kommende-tittel' }, 'Kommende møter'),
      coming.length
        ? h(
            'ul',
            { class: 'saksliste' },
            coming.map((m) => meetingCard(m, /** @type {Seat} */ (mine.get(m.arenaId)), true)),
          )
        : h('p', {}, 'Ingen kommende møter med innkalling.'),
    ),
    h(
      'section',
      { 'aria-labelledby': 'tidligere-tittel' },
      h('h2', { id: 'tidligere-tittel' }, 'Tidligere møter'),
      past.length
        ? h(
            'ul',
            { class: 'saksliste' },
            past.reverse().map((m) => meetingCard(m, /** @type {Seat} */ (mine.get(m.arenaId)), false)),
          )
        : h('p', {}, 'Ingen tidligere møter.'),
    ),
  );
}

/** Substitute requests to this person still waiting for an answer, read from each coming meeting's attendance. */
async function openRequests(/** @type {Meeting[]} */ coming, /** @type {Seat[]} */ seats) {
  const mineIds = new Set(seats.map((s) => s.member.memberId));
  const answers = await Promise.all(
    coming
      .filter((meeting) => meeting.status !== MeetingStatus.CANCELLED)
      .map((meeting) =>
        getAttendance(meeting.meetingId)
          .then((overview) =>
            (overview.substituteRequests ?? [])
              .filter((r) => r.status === SubstituteRequestStatus.ASKED && mineIds.has(r.substituteMemberId))
              .map((request) => ({ meeting, request })),
          )
          .catch(() => []),
      ),
  );
  return answers.flat();
}

function meetingCard(/** @type {Meeting} */ meeting, /** @type {Seat} */ seat, /** @type {boolean} */ coming) {
  const id = encodeURIComponent(meeting.meetingId);
  const approved = meeting.status === MeetingStatus.MINUTES_APPROVED;
  const cancelled = meeting.status === MeetingStatus.CANCELLED;
  const substitute = seat.member.role === MemberRole.SUBSTITUTE;
  return h(
    'li',
    { class: cancelled ? 'sak avlyst' : 'sak' },
    cancelled ? cancelledNote(meeting) : null,
    h('h3', {}, h('a', { href: `/moter/${id}` }, meeting.title)),
    h(
      'p',
      {},
      `${formatDate(meeting.startsAt)} kl. ${formatTime(meeting.startsAt)}–${formatTime(meeting.endsAt)}, ${meeting.place || 'sted kommer'}. `,
      `${seat.arena.name}${substitute ? ' (vara)' : ''}. ${meetingStatusNames[meeting.status] ?? ''}.`,
    ),
    h(
      'ul',
      { class: 'knapper lenker' },
      h('li', {}, h('a', { href: `/moter/${id}/innkalling` }, 'Innkallingen')),
      h('li', {}, h('a', { href: `/moter/${id}` }, 'Saksliste og vedlegg')),
      coming && !cancelled && !substitute
        ? h('li', {}, h('a', { href: `/moter/${id}/forfall` }, 'Meld forfall'))
        : null,
      approved ? h('li', {}, h('a', { href: `/moter/${id}/protokoll` }, 'Godkjent protokoll')) : null,
    ),
  );
}

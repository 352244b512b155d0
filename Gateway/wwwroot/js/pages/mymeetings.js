// Mine møter: the meetings of the arenas the signed-in person sits in (as member or vara): the coming ones with
// their notice, documents and "meld forfall", requests to meet as vara waiting for an answer, and approved minutes.
import { api } from '../api.js';
import { h, render, formatDate, formatTime } from '../dom.js';
import { currentUser } from '../session.js';
import { meetingStatusNames } from '../labels.js';
import { requireSignIn, renderFailure } from './guard.js';

const title = 'Mine møter';

export async function show() {
  if (!requireSignIn(title)) return;
  const email = (currentUser()?.email ?? '').toLowerCase();
  let arenas, meetings;
  try {
    [arenas, meetings] = await Promise.all([api('/api/planning/arenas'), api('/api/meetings')]);
  } catch (error) {
    renderFailure(title, error);
    return;
  }
  // The arenas where a seat carries the person's e-mail, the address the notices go to.
  const seats = (await Promise.all((arenas.arenas ?? []).map((arena) => api(`/api/planning/arenas/${encodeURIComponent(arena.arenaId)}/members`)
    .then((answer) => (answer.members ?? []).filter((m) => m.email.toLowerCase() === email).map((m) => ({ arena, member: m })))
    .catch(() => [])))).flat();
  const mine = new Map(seats.map((seat) => [seat.arena.arenaId, seat]));
  const list = (meetings.meetings ?? []).filter((m) => mine.has(m.arenaId))
    .sort((a, b) => String(a.startsAt).localeCompare(String(b.startsAt)));
  const now = new Date().toISOString();
  const coming = list.filter((m) => m.endsAt >= now && m.status !== 'MEETING_STATUS_DRAFT');
  const past = list.filter((m) => m.endsAt < now);
  const requests = await openRequests(coming, seats);

  render(
    h('h1', {}, title),
    seats.length
      ? h('p', {}, `Du sitter i ${[...new Set(seats.map((s) => s.arena.name))].join(', ')}.`)
      : h('p', {}, 'Du er ikke registrert som medlem eller vara i noen arena. Kontakt sekretariatet om dette er feil.'),
    requests.length ? h('section', { 'aria-labelledby': 'vara-tittel', class: 'advarsler' },
      h('h2', { id: 'vara-tittel' }, 'Forespørsler om å møte som vara'),
      h('ul', {}, requests.map(({ meeting, request }) => h('li', {},
        h('a', { href: `/moter/${encodeURIComponent(meeting.meetingId)}/vara/${encodeURIComponent(request.requestId)}` },
          `Svar: kan du møte på ${meeting.title} ${formatDate(meeting.startsAt)}?`))))) : null,
    h('section', { 'aria-labelledby': 'kommende-tittel' },
      h('h2', { id: 'kommende-tittel' }, 'Kommende møter'),
      coming.length ? h('ul', { class: 'saksliste' }, coming.map((m) => meetingCard(m, mine.get(m.arenaId), true))) : h('p', {}, 'Ingen kommende møter med innkalling.')),
    h('section', { 'aria-labelledby': 'tidligere-tittel' },
      h('h2', { id: 'tidligere-tittel' }, 'Tidligere møter'),
      past.length ? h('ul', { class: 'saksliste' }, past.reverse().map((m) => meetingCard(m, mine.get(m.arenaId), false))) : h('p', {}, 'Ingen tidligere møter.')));
}

/** Substitute requests to this person still waiting for an answer, read from each coming meeting's attendance. */
async function openRequests(coming, seats) {
  const mineIds = new Set(seats.map((s) => s.member.memberId));
  const answers = await Promise.all(coming.map((meeting) => api(`/api/meetings/${encodeURIComponent(meeting.meetingId)}/attendance`)
    .then((overview) => (overview.substituteRequests ?? [])
      .filter((r) => r.status === 'SUBSTITUTE_REQUEST_STATUS_ASKED' && mineIds.has(r.substituteMemberId))
      .map((request) => ({ meeting, request })))
    .catch(() => [])));
  return answers.flat();
}

function meetingCard(meeting, seat, coming) {
  const id = encodeURIComponent(meeting.meetingId);
  const approved = meeting.status === 'MEETING_STATUS_MINUTES_APPROVED';
  return h('li', { class: 'sak' },
    h('h3', {}, h('a', { href: `/moter/${id}` }, meeting.title)),
    h('p', {}, `${formatDate(meeting.startsAt)} kl. ${formatTime(meeting.startsAt)}–${formatTime(meeting.endsAt)}, ${meeting.place || 'sted kommer'}. `,
      `${seat.arena.name}${seat.member.role === 'MEMBER_ROLE_SUBSTITUTE' ? ' (vara)' : ''}. ${meetingStatusNames[meeting.status] ?? ''}.`),
    h('ul', { class: 'knapper lenker' },
      h('li', {}, h('a', { href: `/moter/${id}/innkalling` }, 'Innkallingen')),
      h('li', {}, h('a', { href: `/moter/${id}` }, 'Saksliste og vedlegg')),
      coming && seat.member.role !== 'MEMBER_ROLE_SUBSTITUTE' ? h('li', {}, h('a', { href: `/moter/${id}/forfall` }, 'Meld forfall')) : null,
      approved ? h('li', {}, h('a', { href: `/moter/${id}/protokoll` }, 'Godkjent protokoll')) : null));
}

// @ts-check
// Møtet: the meeting day at the table. Check-in per seat (present, absent, substitute, arrived late, left early),
// proxies, the live count of votes and quorum for the case at hand, conflicts of interest, the decision, and marking
// the meeting held. Built for one hand on a phone (big buttons, one card per seat) and for the keyboard on a laptop
// (find a seat by name and press Enter: focus lands on its "Til stede" button).
import { refusalText } from '../api.js';
import {
  getMeeting,
  getAttendance,
  listMembers,
  countVotes,
  markHeld,
  recordAttendance,
  reportAbsence,
  cancelAbsence,
  answerSubstituteRequest,
  giveProxy,
  revokeProxy,
  recordConflictOfInterest,
  recordDecision,
  MeetingStatus,
  AgendaItemKind,
  AttendanceStatus,
  SubstituteRequestStatus,
  MemberRole,
  AdoptedTextSource,
  Audience,
} from '../hfi-api.js';
import { h, render, fill, field, announce, formatDate, formatTime, osloDay } from '../dom.js';
import { onSubmit, controlsOf } from '../forms.js';
import { meetingStatusNames, memberRoleNames, counted } from '../labels.js';
import { requireSecretariat, loadPage } from './guard.js';
import { cancelledNote } from '../cancellation.js';
/**
 * @import { Meeting, AgendaItem, AttendanceOverview, Attendance, ArenaMember, VotingCount, DecisionInput } from '../types.js'
 * @typedef {{ meeting: Meeting, overview: AttendanceOverview, members: ArenaMember[], count: VotingCount, cases: AgendaItem[],
 *   caseCount: VotingCount | null }} DayData
 */

const title = 'Møtet';
/** @type {Record<string, string>} */
const requestStatus = {
  SUBSTITUTE_REQUEST_STATUS_ASKED: 'er spurt, har ikke svart',
  SUBSTITUTE_REQUEST_STATUS_ACCEPTED: 'har takket ja',
  SUBSTITUTE_REQUEST_STATUS_DECLINED: 'har takket nei',
  SUBSTITUTE_REQUEST_STATUS_CANCELLED: 'trengs ikke',
};
/** @type {string[]} */
const decisionStates = [MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFTED];
/** @type {string[]} */
const attendanceStates = [MeetingStatus.NOTICE_ISSUED, MeetingStatus.HELD];

/** What the page keeps between redraws: the case at hand, the name filter and the open "Mer" panels. */
const state = {
  meetingId: '',
  caseId: '',
  filter: '',
  open: /** @type {Set<string>} */ (new Set()),
  fromSearch: false,
  generation: 0,
};

export async function show(/** @type {string} */ meetingId) {
  if (!requireSecretariat(title)) return;
  if (state.meetingId !== meetingId) Object.assign(state, { meetingId, caseId: '', filter: '', open: new Set() });
  const data = await loadPage(title, () => load(meetingId));
  if (!data) return;
  const id = encodeURIComponent(meetingId);
  render(
    h('h1', {}, `${title}: ${data.meeting.title}`),
    data.meeting.status === MeetingStatus.CANCELLED ? cancelledNote(data.meeting) : null,
    h(
      'p',
      {},
      `${formatDate(data.meeting.startsAt)} kl. ${formatTime(data.meeting.startsAt)}–${formatTime(data.meeting.endsAt)}, ${data.meeting.place || 'sted kommer'}.`,
    ),
    h(
      'ul',
      { class: 'knapper lenker' },
      h('li', {}, h('a', { href: '#oppmote-tittel' }, 'Til oppmøtet')),
      h('li', {}, h('a', { href: '#sak-tittel' }, 'Til saken som behandles')),
      h('li', {}, h('a', { href: `/moter/${id}` }, 'Sakslisten')),
      h('li', {}, h('a', { href: `/moter/${id}/protokoll` }, 'Protokoll')),
    ),
    h('div', { id: 'motet' }),
  );
  draw(data);
}

/** @returns {Promise<DayData>} */
async function load(/** @type {string} */ meetingId) {
  const meeting = await getMeeting(meetingId);
  const day = osloDay(meeting.startsAt);
  const [overview, members, count] = await Promise.all([
    getAttendance(meetingId),
    listMembers(meeting.arenaId, day),
    countVotes(meetingId),
  ]);
  const cases = (meeting.agenda?.items ?? []).filter((item) => item.kind === AgendaItemKind.CASE);
  if (state.caseId && !cases.some((item) => item.itemId === state.caseId)) state.caseId = '';
  const caseCount = state.caseId ? await countVotes(meetingId, state.caseId) : null;
  return { meeting, overview, members, count, cases, caseCount };
}

/** Loads again and redraws, keeping focus on the control that had it (its id survives the redraw). */
async function refresh() {
  const focused = document.activeElement?.id;
  // Quick keys can start a second load before the first answers: only the latest is drawn.
  const generation = ++state.generation;
  const data = await load(state.meetingId);
  if (generation !== state.generation) return data;
  draw(data);
  if (focused) document.getElementById(focused)?.focus();
  return data;
}

function draw(/** @type {DayData} */ data) {
  const area = document.getElementById('motet');
  if (!area) return;
  fill(area, statusSection(data), seatSection(data), caseSection(data));
}

/** Runs a change; a refusal is shown next to the control that caused it (and read out), never only at the top. */
/**
 * @param {string} where the id of the message next to the control
 * @param {() => Promise<unknown>} action
 * @param {string} done
 */
async function act(where, action, done) {
  const message = where ? document.getElementById(where) : null;
  if (message) {
    message.hidden = true;
    message.textContent = '';
  }
  try {
    await action();
    await refresh();
    if (done) announce(done, 'ok');
  } catch (error) {
    const text = refusalText(error);
    const place = where ? document.getElementById(where) : null;
    if (place) {
      place.textContent = text;
      place.hidden = false;
    }
    announce(text, 'feil');
  }
}

// ---- The meeting as a whole: status, the count of the meeting, marking it held ----

function countText(/** @type {VotingCount} */ count) {
  const proxies = count.proxyVotes ? ` og ${counted(count.proxyVotes, 'fullmakt', 'fullmakter')}` : '';
  return (
    `${counted(count.votes, 'stemme', 'stemmer')} (${count.presentWithVote} til stede med stemmerett${proxies}) ` +
    `av ${counted(count.votingSeats, 'stemmeberettiget sete', 'stemmeberettigede seter')}. ` +
    `Beslutningsdyktig krever ${count.votesRequired}.`
  );
}

function quorumBadge(/** @type {VotingCount} */ count) {
  return h(
    'strong',
    { class: count.quorumMet ? 'merkelapp ok' : 'merkelapp feil' },
    count.quorumMet ? 'Beslutningsdyktig' : 'Ikke beslutningsdyktig',
  );
}

function statusSection(/** @type {DayData} */ { meeting, count }) {
  const status = meeting.status;
  const canMarkHeld = status === MeetingStatus.NOTICE_ISSUED;
  const button = canMarkHeld ? h('button', { type: 'button', id: 'marker-avholdt' }, 'Marker møtet som avholdt') : null;
  button?.addEventListener('click', () => {
    if (!confirm('Marker møtet som avholdt? Oppmøtet kan fortsatt rettes etterpå, og vedtakene føres.')) return;
    act('avholdt-feil', () => markHeld(meeting.meetingId), 'Møtet er markert som avholdt. Nå kan vedtakene føres.');
  });
  return h(
    'section',
    { 'aria-labelledby': 'status-tittel', class: 'motestatus' },
    h('h2', { id: 'status-tittel' }, 'Status'),
    h('p', {}, `Møtet: ${meetingStatusNames[status] ?? ''}.`),
    status === MeetingStatus.DRAFT
      ? h(
          'p',
          { class: 'advarsler' },
          'Innkallingen er ikke sendt ennå. Oppmøte kan registreres når innkallingen er sendt.',
        )
      : null,
    h('p', { id: 'telling-mote', 'aria-live': 'polite' }, quorumBadge(count), ' ', countText(count)),
    button
      ? h('p', { class: 'hint' }, 'Vedtak føres etter at møtet er markert som avholdt. Oppmøtet kan fortsatt rettes.')
      : null,
    button,
    h('p', { class: 'feltfeil', id: 'avholdt-feil', role: 'alert', hidden: true }),
  );
}

// ---- Check-in: one card per seat, its substitutes under it ----

function seatSection(/** @type {DayData} */ data) {
  const { meeting, overview, members } = data;
  const seats = members.filter((m) => m.role !== MemberRole.SUBSTITUTE);
  const open = attendanceStates.includes(meeting.status);
  const attendances = new Map((overview.attendances ?? []).map((a) => [a.memberId, a]));
  const present =
    seats.filter((m) => attendances.get(m.memberId)?.status === AttendanceStatus.PRESENT).length +
    (overview.attendances ?? []).filter((a) => a.substituteForMemberId && a.status === AttendanceStatus.PRESENT).length;

  const search = h('input', {
    id: 'finn-sete',
    type: 'search',
    autocomplete: 'off',
    value: state.filter,
    'aria-describedby': 'finn-sete-hint',
  });
  const list = h(
    'ul',
    { class: 'seter' },
    seats.map((member) => seatCard(data, member, attendances, open)),
  );
  const cards = () => /** @type {HTMLElement[]} */ ([...list.children]);
  const apply = () => {
    state.filter = search.value;
    const wanted = search.value.trim().toLowerCase();
    for (const card of cards()) card.hidden = Boolean(wanted) && !(card.dataset.search ?? '').includes(wanted);
  };
  search.addEventListener('input', apply);
  search.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const first = cards()
      .find((card) => !card.hidden)
      ?.querySelector('button');
    state.fromSearch = Boolean(first);
    first?.focus();
  });
  apply();

  return h(
    'section',
    { 'aria-labelledby': 'oppmote-tittel' },
    h('h2', { id: 'oppmote-tittel' }, 'Oppmøte'),
    h('p', {}, `${present} av ${counted(seats.length, 'sete', 'seter')} er registrert til stede.`),
    open
      ? null
      : h(
          'p',
          { class: 'hint' },
          'Oppmøtet kan bare endres mens møtet pågår (etter at innkallingen er sendt, til protokollen er påbegynt).',
        ),
    h(
      'div',
      { class: 'felt' },
      h('label', { for: 'finn-sete' }, 'Finn representant'),
      h(
        'p',
        { class: 'hint', id: 'finn-sete-hint' },
        'Skriv navn eller kommune og trykk Enter: du kommer til knappen «Til stede». Enter igjen registrerer, og du er tilbake i søket.',
      ),
      search,
    ),
    list,
  );
}

/**
 * @param {ArenaMember} member
 * @param {Attendance | undefined} attendance
 * @param {AttendanceOverview} overview
 */
function seatStatus(member, attendance, overview) {
  const proxy = (overview.proxies ?? []).find((p) => p.giverMemberId === member.memberId);
  const substitute = (overview.attendances ?? []).find(
    (a) => a.substituteForMemberId === member.memberId && a.status !== AttendanceStatus.ABSENT,
  );
  const parts = [];
  if (!attendance || attendance.status === AttendanceStatus.SUMMONED)
    parts.push(attendance?.absentFrom || attendance?.absentUntil ? 'Ventes' : 'Ikke registrert');
  else if (attendance.status === AttendanceStatus.PRESENT) parts.push('Til stede');
  else parts.push('Forfall');
  if (attendance?.absentUntil) parts.push(`kom kl. ${attendance.absentUntil}`);
  if (attendance?.absentFrom) parts.push(`gikk kl. ${attendance.absentFrom}`);
  if (substitute)
    parts.push(
      `${substitute.name} møter som vara${substitute.status === AttendanceStatus.PRESENT ? ' (til stede)' : ' (ikke kommet)'}`,
    );
  if (proxy) parts.push(`fullmakt gitt til ${proxy.holderName}`);
  const held = (overview.proxies ?? []).filter((p) => p.holderMemberId === member.memberId);
  if (held.length) parts.push(`har fullmakt fra ${held.map((p) => p.giverName).join(', ')}`);
  return parts.join(', ');
}

/**
 * @param {DayData} data
 * @param {ArenaMember} member
 * @param {Map<string, Attendance>} attendances
 * @param {boolean} open
 */
function seatCard(data, member, attendances, open) {
  const { meeting, members } = data;
  const attendance = attendances.get(member.memberId);
  const status = attendance?.status;
  const key = member.memberId;
  const error = `feil-${key}`;
  const name = member.personName;
  const isPresent = status === AttendanceStatus.PRESENT;
  const isAbsent = status === AttendanceStatus.ABSENT;

  const present = h(
    'button',
    {
      type: 'button',
      id: `tilstede-${key}`,
      class: isPresent ? 'valgt' : 'sekundær',
      'aria-pressed': String(isPresent),
      'aria-label': `Til stede: ${name}`,
      disabled: !open,
    },
    'Til stede',
  );
  present.addEventListener('click', async () => {
    // Found by the search: back to an empty search, ready for the next name.
    const viaSearch = state.fromSearch;
    state.fromSearch = false;
    await act(error, () => recordAttendance(meeting.meetingId, key, true), `${name} er registrert til stede.`);
    const search = /** @type {HTMLInputElement | null} */ (document.getElementById('finn-sete'));
    if (viaSearch && search && document.getElementById(error)?.hidden) {
      search.value = '';
      search.dispatchEvent(new Event('input'));
      search.focus();
    }
  });
  const absent = h(
    'button',
    {
      type: 'button',
      id: `forfall-${key}`,
      class: isAbsent ? 'valgt' : 'sekundær',
      'aria-pressed': String(isAbsent),
      'aria-label': `Forfall: ${name}`,
      disabled: !open,
    },
    'Forfall',
  );
  absent.addEventListener('click', () =>
    act(
      error,
      async () => {
        const answer = await reportAbsence(meeting.meetingId, { memberId: key });
        if (answer?.substituteRequest)
          announce(`${answer.substituteRequest.substituteName} er spurt om å møte som vara.`, 'ok');
      },
      `${name} har forfall.`,
    ),
  );

  const substitutes = members
    .filter((m) => m.role === MemberRole.SUBSTITUTE && m.substituteForMemberId === key)
    .sort((a, b) => (a.substituteRank ?? 0) - (b.substituteRank ?? 0));
  const details = h(
    'details',
    { id: `mer-${key}`, open: state.open.has(key) },
    h('summary', { id: `mer-knapp-${key}` }, `Mer for ${name}: kom eller gikk, vara, fullmakt`),
    open ? moreForSeat(data, member, attendance, substitutes, error) : h('p', {}, 'Kan ikke endres nå.'),
  );
  details.addEventListener('toggle', () => {
    if (details.open) state.open.add(key);
    else state.open.delete(key);
  });

  return h(
    'li',
    {
      class: `sete ${isPresent ? 'til-stede' : isAbsent ? 'borte' : ''}`,
      id: `sete-${key}`,
      'data-search': `${name} ${member.partnerName ?? ''}`.toLowerCase(),
    },
    h('h3', {}, name),
    h(
      'p',
      { class: 'dempet' },
      [
        member.partnerName,
        memberRoleNames[member.role]?.toLowerCase(),
        member.hasVotingRight ? 'stemmerett' : 'uten stemmerett',
      ]
        .filter(Boolean)
        .join(' · '),
    ),
    h('p', { class: 'setestatus' }, seatStatus(member, attendance, data.overview)),
    h('div', { class: 'knapper store' }, present, absent),
    h('p', { class: 'feltfeil', id: error, role: 'alert', hidden: true }),
    details,
  );
}

const nowInOslo = () => formatTime(new Date().toISOString());

/**
 * @param {DayData} data
 * @param {ArenaMember} member
 * @param {Attendance | undefined} attendance
 * @param {ArenaMember[]} substitutes
 * @param {string} error
 */
function moreForSeat(data, member, attendance, substitutes, error) {
  const { meeting, overview, members } = data;
  const meetingId = meeting.meetingId;
  const key = member.memberId;
  const name = member.personName;
  const parts = [];

  // Arrived late or left early: a partial absence, so the seat is left out of the cases its absence touches.
  const times = h(
    'form',
    { class: 'tider', novalidate: true },
    field(
      'Kom kl.',
      h('input', { type: 'time', name: 'absentUntil', id: `kom-${key}`, value: attendance?.absentUntil ?? '' }),
    ),
    field(
      'Gikk kl.',
      h('input', { type: 'time', name: 'absentFrom', id: `gikk-${key}`, value: attendance?.absentFrom ?? '' }),
    ),
    h(
      'div',
      { class: 'knapper' },
      h(
        'button',
        {
          type: 'button',
          class: 'sekundær liten',
          id: `naa-gikk-${key}`,
          onclick: () => {
            controlsOf(times).absentFrom.value = nowInOslo();
          },
        },
        `Gikk nå`,
      ),
      h('button', { type: 'submit', class: 'liten', id: `lagre-tider-${key}` }, `Lagre tidene for ${name}`),
    ),
  );
  onSubmit(times, async () => {
    const absentFrom = controlsOf(times).absentFrom.value;
    const absentUntil = controlsOf(times).absentUntil.value;
    if (!absentFrom && !absentUntil) {
      if (attendance?.absentFrom || attendance?.absentUntil) await cancelAbsence(meetingId, key);
    } else {
      await reportAbsence(meetingId, { memberId: key, absentFrom, absentUntil });
    }
    await refresh();
    announce(`Tidene for ${name} er lagret.`, 'ok');
  });
  parts.push(
    h('h4', {}, 'Kom senere eller gikk tidligere'),
    h(
      'p',
      { class: 'hint' },
      'Tomme felt: til stede hele møtet. Representanten telles ikke på saker i tidsrommet hen var borte.',
    ),
    times,
  );

  // Substitutes in order; the one asked or accepted can be registered as come.
  if (substitutes.length) {
    const requests = (overview.substituteRequests ?? []).filter((r) => r.absentMemberId === key);
    parts.push(
      h('h4', {}, 'Vara'),
      h(
        'ul',
        { class: 'vara' },
        substitutes.map((substitute) => {
          const request = requests.filter((r) => r.substituteMemberId === substitute.memberId).at(-1);
          const sitting = (overview.attendances ?? []).find((a) => a.memberId === substitute.memberId);
          const label = `Vara ${substitute.substituteRank}: ${substitute.personName}`;
          const come = sitting?.status === AttendanceStatus.PRESENT;
          const button =
            request &&
            (request.status === SubstituteRequestStatus.ASKED || request.status === SubstituteRequestStatus.ACCEPTED) &&
            !come
              ? h(
                  'button',
                  { type: 'button', class: 'liten', id: `vara-kom-${substitute.memberId}` },
                  `${substitute.personName} har kommet`,
                )
              : null;
          button?.addEventListener('click', () =>
            act(
              error,
              async () => {
                if (request?.status === SubstituteRequestStatus.ASKED)
                  await answerSubstituteRequest(meetingId, request.requestId, true);
                await recordAttendance(meetingId, substitute.memberId, true);
              },
              `${substitute.personName} møter som vara for ${name}.`,
            ),
          );
          return h(
            'li',
            {},
            `${label}`,
            come ? ' – til stede' : request ? ` – ${requestStatus[request.status] ?? ''}` : '',
            button ? h('div', {}, button) : null,
          );
        }),
      ),
    );
    if (!requests.length && attendance?.status !== AttendanceStatus.ABSENT) {
      parts.push(h('p', { class: 'hint' }, 'Vara spørres når du registrerer forfall.'));
    }
  }

  // Proxy: given by an absent member with a vote, to a present member of the same partner kind.
  if (member.hasVotingRight) {
    const given = (overview.proxies ?? []).find((p) => p.giverMemberId === key);
    if (given) {
      const revoke = h(
        'button',
        { type: 'button', class: 'sekundær liten', id: `trekk-fullmakt-${key}` },
        `Trekk fullmakten fra ${name}`,
      );
      revoke.addEventListener('click', () =>
        act(error, () => revokeProxy(meetingId, key), `Fullmakten fra ${name} er trukket.`),
      );
      parts.push(h('h4', {}, 'Fullmakt'), h('p', {}, `Fullmakt gitt til ${given.holderName}.`), revoke);
    } else if (
      attendance?.status !== AttendanceStatus.PRESENT &&
      !(overview.attendances ?? []).some((a) => a.substituteForMemberId === key && a.status !== AttendanceStatus.ABSENT)
    ) {
      const kind = member.kind;
      const holders = members
        .filter((m) => m.memberId !== key && m.hasVotingRight && m.kind === kind)
        .filter((m) =>
          (overview.attendances ?? []).some((a) => a.memberId === m.memberId && a.status === AttendanceStatus.PRESENT),
        );
      const form = h(
        'form',
        { novalidate: true },
        field(
          `Fullmakt fra ${name} til`,
          h(
            'select',
            { name: 'holderMemberId', id: `fullmakt-${key}` },
            h(
              'option',
              { value: '' },
              holders.length ? 'Velg representant til stede' : 'Ingen av samme part er til stede ennå',
            ),
            holders.map((m) =>
              h('option', { value: m.memberId }, `${m.personName}${m.partnerName ? `, ${m.partnerName}` : ''}`),
            ),
          ),
        ),
        h('button', { type: 'submit', class: 'liten', id: `gi-fullmakt-${key}` }, 'Gi fullmakt'),
      );
      onSubmit(form, async () => {
        await giveProxy(meetingId, key, controlsOf(form).holderMemberId.value);
        await refresh();
        announce(`${name} har gitt fullmakt.`, 'ok');
      });
      parts.push(h('h4', {}, 'Fullmakt'), form);
    }
  }
  return parts;
}

// ---- The case at hand: its count, conflicts of interest and the decision ----

function caseSection(/** @type {DayData} */ data) {
  const { meeting, cases, caseCount } = data;
  const select = h(
    'select',
    { id: 'sak-naa', name: 'caseItemId' },
    h('option', { value: '' }, 'Velg sak'),
    cases.map((item) =>
      h(
        'option',
        { value: item.itemId, selected: item.itemId === state.caseId },
        `Sak ${item.caseNumber} ${item.title}${item.decision ? ' (vedtak ført)' : ''}`,
      ),
    ),
  );
  select.addEventListener('change', async () => {
    state.caseId = select.value;
    await refresh();
    document.getElementById('sak-naa')?.focus();
  });
  const item = cases.find((c) => c.itemId === state.caseId);
  return h(
    'section',
    { 'aria-labelledby': 'sak-tittel' },
    h('h2', { id: 'sak-tittel' }, 'Saken som behandles'),
    field('Sak', select),
    item && caseCount
      ? caseDetails(meeting, item, caseCount, data)
      : h('p', {}, 'Velg saken som behandles for å se tellingen, registrere inhabilitet og føre vedtaket.'),
  );
}

/**
 * @param {Meeting} meeting
 * @param {AgendaItem} item
 * @param {VotingCount} count
 * @param {DayData} data
 */
function caseDetails(meeting, item, count, data) {
  const restricted = item.audience === Audience.MUNICIPAL_REPRESENTATIVES;
  const disqualified = item.disqualifiedMembers ?? [];
  return h(
    'div',
    { class: restricted ? 'sak begrenset' : 'sak' },
    restricted ? h('p', { class: 'merkelapp begrenset' }, 'Sak kun for kommunale representanter') : null,
    h('h3', {}, `Sak ${item.caseNumber} ${item.title}`),
    h(
      'p',
      { id: 'telling-sak', 'aria-live': 'polite' },
      quorumBadge(count),
      ' ',
      `På saken: ${countText(count)}`,
      disqualified.length ? ` Inhabile er holdt utenfor: ${disqualified.map((d) => d.name).join(', ')}.` : '',
    ),
    conflictForm(meeting, item, data),
    decisionPart(meeting, item, count),
  );
}

function conflictForm(
  /** @type {Meeting} */ meeting,
  /** @type {AgendaItem} */ item,
  /** @type {DayData} */ { members },
) {
  const already = new Set((item.disqualifiedMembers ?? []).map((d) => d.memberId));
  const form = h(
    'form',
    { novalidate: true, id: 'inhabil-skjema' },
    h('h4', {}, 'Inhabilitet'),
    (item.disqualifiedMembers ?? []).length
      ? h(
          'ul',
          {},
          (item.disqualifiedMembers ?? []).map((d) => h('li', {}, `${d.name} er inhabil`)),
        )
      : h('p', {}, 'Ingen er registrert inhabile på saken.'),
    field(
      'Representant',
      h(
        'select',
        { name: 'memberId', id: 'inhabil-hvem' },
        h('option', { value: '' }, 'Velg representant'),
        members
          .filter((m) => !already.has(m.memberId))
          .map((m) =>
            h('option', { value: m.memberId }, `${m.personName}${m.partnerName ? `, ${m.partnerName}` : ''}`),
          ),
      ),
    ),
    field(
      'Grunn',
      h('input', { name: 'reason', id: 'inhabil-grunn', autocomplete: 'off' }),
      'Valgfritt. Står ikke i protokollen.',
    ),
    h('button', { type: 'submit', class: 'sekundær', id: 'inhabil-lagre' }, 'Registrer inhabilitet'),
  );
  onSubmit(form, async () => {
    const controls = controlsOf(form);
    await recordConflictOfInterest(
      meeting.meetingId,
      item.itemId,
      controls.memberId.value,
      controls.reason.value.trim(),
    );
    await refresh();
    announce('Inhabiliteten er registrert, og tellingen er oppdatert.', 'ok');
  });
  return form;
}

function decisionPart(
  /** @type {Meeting} */ meeting,
  /** @type {AgendaItem} */ item,
  /** @type {VotingCount} */ count,
) {
  const decision = item.decision;
  const recorded = decision
    ? h(
        'div',
        { class: 'vedtak' },
        h('h4', {}, 'Vedtak ført'),
        h('p', { class: 'tekst' }, decision.adoptedText),
        h(
          'p',
          {},
          decision.unanimous
            ? 'Enstemmig vedtatt.'
            : `For: ${decision.votesFor}, mot: ${decision.votesAgainst}, avstår: ${decision.votesBlank}.`,
        ),
      )
    : null;
  if (!decisionStates.includes(meeting.status)) {
    return [
      recorded,
      h(
        'p',
        { class: 'advarsler' },
        meeting.status === MeetingStatus.NOTICE_ISSUED
          ? 'Vedtak føres etter at møtet er markert som avholdt (knappen under «Status»).'
          : 'Vedtakene kan ikke endres nå.',
      ),
    ];
  }
  return [recorded, decisionForm(meeting, item, count)];
}

function decisionForm(
  /** @type {Meeting} */ meeting,
  /** @type {AgendaItem} */ item,
  /** @type {VotingCount} */ count,
) {
  const alternatives = item.alternatives ?? [];
  const decision = item.decision;
  const choice = (/** @type {string} */ value, /** @type {string} */ label, /** @type {boolean} */ checked) =>
    h(
      'div',
      { class: 'valg' },
      h('input', { type: 'radio', name: 'source', id: `kilde-${value}`, value, checked }),
      h('label', { for: `kilde-${value}` }, label),
    );
  const source =
    decision?.source === AdoptedTextSource.ALTERNATIVE
      ? `alt-${decision.alternativeNumber}`
      : decision?.source === AdoptedTextSource.AMENDED
        ? 'endret'
        : 'forslag';
  const proposal = [item.proposedResolution, ...(item.resolutionPoints ?? []).map((p, i) => `${i + 1}. ${p}`)]
    .filter(Boolean)
    .join(' ');
  const form = h(
    'form',
    { novalidate: true, id: 'vedtak-skjema' },
    h('h4', {}, decision ? 'Rett vedtaket' : 'Før vedtaket'),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Hva ble vedtatt'),
      alternatives.length
        ? null
        : choice('forslag', `Forslag til vedtak${proposal ? `: ${proposal}` : ''}`, source === 'forslag'),
      alternatives.map((alternative, index) =>
        choice(
          `alt-${index + 1}`,
          `${alternative.label}: ${alternative.text}`,
          source === `alt-${index + 1}` || (source === 'forslag' && index === 0),
        ),
      ),
      choice('endret', 'Endret vedtak (skriv teksten under)', source === 'endret'),
    ),
    field(
      'Endret vedtakstekst',
      h('textarea', {
        name: 'amendedText',
        id: 'vedtak-tekst',
        rows: '4',
        value: decision?.source === AdoptedTextSource.AMENDED ? decision.adoptedText : '',
      }),
    ),
    field(
      'Endringsforslaget',
      h('textarea', { name: 'amendment', id: 'vedtak-endringsforslag', rows: '2', value: decision?.amendment ?? '' }),
      'Ved endret vedtak: hvem som foreslo hva, slik det står i protokollen. Valgfritt.',
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Avstemning'),
      h(
        'div',
        { class: 'valg' },
        h('input', {
          type: 'radio',
          name: 'vote',
          id: 'stemme-enstemmig',
          value: 'unanimous',
          checked: !decision || decision.unanimous,
        }),
        h('label', { for: 'stemme-enstemmig' }, 'Enstemmig'),
      ),
      h(
        'div',
        { class: 'valg' },
        h('input', {
          type: 'radio',
          name: 'vote',
          id: 'stemme-votering',
          value: 'counted',
          checked: decision ? !decision.unanimous : false,
        }),
        h('label', { for: 'stemme-votering' }, 'Votering med stemmetall'),
      ),
      h(
        'div',
        { class: 'stemmetall' },
        field(
          'For',
          h('input', {
            name: 'votesFor',
            id: 'stemmer-for',
            type: 'number',
            min: '0',
            inputmode: 'numeric',
            value: decision && !decision.unanimous ? String(decision.votesFor) : '',
          }),
        ),
        field(
          'Mot',
          h('input', {
            name: 'votesAgainst',
            id: 'stemmer-mot',
            type: 'number',
            min: '0',
            inputmode: 'numeric',
            value: decision && !decision.unanimous ? String(decision.votesAgainst) : '',
          }),
        ),
        field(
          'Avstår',
          h('input', {
            name: 'votesBlank',
            id: 'stemmer-avstar',
            type: 'number',
            min: '0',
            inputmode: 'numeric',
            value: decision && !decision.unanimous ? String(decision.votesBlank) : '',
          }),
        ),
      ),
      h('p', { class: 'hint' }, `Stemmeberettigede på saken nå: ${count.votes}.`),
    ),
    h('button', { type: 'submit', id: 'vedtak-lagre' }, decision ? 'Lagre rettet vedtak' : 'Før vedtaket'),
  );
  onSubmit(form, async () => {
    const data = new FormData(form);
    const chosen = String(data.get('source') ?? 'forslag');
    const unanimous = data.get('vote') !== 'counted';
    const number = (/** @type {string} */ name) => (String(data.get(name) ?? '') === '' ? 0 : Number(data.get(name)));
    /** @type {DecisionInput} */
    const json = {
      source:
        chosen === 'endret'
          ? AdoptedTextSource.AMENDED
          : chosen.startsWith('alt-')
            ? AdoptedTextSource.ALTERNATIVE
            : AdoptedTextSource.PROPOSAL,
      alternativeNumber: chosen.startsWith('alt-') ? Number(chosen.slice(4)) : 0,
      amendedText: chosen === 'endret' ? String(data.get('amendedText') ?? '').trim() : '',
      amendment: chosen === 'endret' ? String(data.get('amendment') ?? '').trim() : '',
      unanimous,
    };
    if (!unanimous)
      Object.assign(json, {
        votesFor: number('votesFor'),
        votesAgainst: number('votesAgainst'),
        votesBlank: number('votesBlank'),
      });
    await recordDecision(meeting.meetingId, item.itemId, json);
    await refresh();
    announce(`Vedtaket i sak ${item.caseNumber} er ført.`, 'ok');
    document.getElementById('sak-naa')?.focus();
  });
  return form;
}

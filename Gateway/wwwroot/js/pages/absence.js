// Forfall: the signed-in member reports that they cannot meet, for the whole meeting or a part of it.
// The link in the notice leads here; the member's substitutes are then asked in order.
import { api } from '../api.js';
import { h, render, field, announce, formatDate, formatTime } from '../dom.js';
import { onSubmit } from '../forms.js';
import { tokenClaims } from '../session.js';
import { requireSignIn, renderFailure } from './guard.js';

const title = 'Meld forfall';

export async function show(meetingId) {
  if (!requireSignIn(title)) return;
  const id = encodeURIComponent(meetingId);
  let meeting, attendance;
  try {
    [meeting, attendance] = await Promise.all([api(`/api/meetings/${id}`), api(`/api/meetings/${id}/attendance`)]);
  } catch (error) {
    renderFailure(title, error);
    return;
  }
  const me = await memberIdOf(meeting);
  const mine = (attendance.attendances ?? []).find((a) => a.memberId === me);

  const part = h('fieldset', { class: 'del', hidden: true },
    h('legend', {}, 'Hvilken del av møtet'),
    h('p', { class: 'hint' }, `Møtet varer fra kl. ${formatTime(meeting.startsAt)} til kl. ${formatTime(meeting.endsAt)}. Fyll inn det ene eller begge.`),
    field('Jeg går kl.', h('input', { name: 'absentFrom', type: 'time' })),
    field('Jeg kommer kl.', h('input', { name: 'absentUntil', type: 'time' })));
  const form = h('form', { novalidate: true },
    h('fieldset', {}, h('legend', {}, 'Forfall gjelder'),
      h('div', { class: 'valg' }, h('input', { type: 'radio', name: 'scope', id: 'forfall-hele', value: 'whole', checked: true }), h('label', { for: 'forfall-hele' }, 'Hele møtet')),
      h('div', { class: 'valg' }, h('input', { type: 'radio', name: 'scope', id: 'forfall-del', value: 'part' }), h('label', { for: 'forfall-del' }, 'Deler av møtet'))),
    part,
    field('Merknad til sekretariatet', h('textarea', { name: 'note', rows: '3' }), 'Valgfritt, for eksempel årsaken eller når du kommer.'),
    h('button', { type: 'submit' }, 'Meld forfall'));
  form.addEventListener('change', () => { part.hidden = form.elements.scope.value !== 'part'; });

  onSubmit(form, async () => {
    const data = new FormData(form);
    const partial = data.get('scope') === 'part';
    const answer = await api(`/api/meetings/${id}/absences`, {
      method: 'POST',
      json: {
        memberId: me ?? tokenClaims().sub,
        note: String(data.get('note') ?? '').trim(),
        absentFrom: partial ? String(data.get('absentFrom') ?? '') : '',
        absentUntil: partial ? String(data.get('absentUntil') ?? '') : '',
      },
    });
    const substitute = answer.substituteRequest?.substituteName;
    announce(substitute ? `Forfallet er registrert. ${substitute} er spurt om å møte som vara.` : 'Forfallet er registrert.', 'ok');
    await show(meetingId);
  });

  render(
    h('h1', {}, `${title}: ${meeting.title}`),
    h('p', {}, `${formatDate(meeting.startsAt)} kl. ${formatTime(meeting.startsAt)}, ${meeting.place || 'sted kommer'}.`),
    mine?.status === 'ATTENDANCE_STATUS_ABSENT'
      ? h('p', { class: 'advarsler' }, 'Du har meldt forfall til dette møtet',
        mine.absentFrom ? ` fra kl. ${mine.absentFrom}` : '', mine.absentUntil ? ` til kl. ${mine.absentUntil}` : '', '.',
        mine.absenceNote ? ` Merknad: ${mine.absenceNote}` : '')
      : null,
    me ? null : h('p', {}, 'Du står ikke på medlemslisten til denne arenaen. Sekretariatet kan melde forfall for deg.'),
    form,
    h('p', {}, h('a', { href: `/moter/${id}` }, 'Tilbake til møtet')));
}

/** The caller's member id in the meeting's arena, found by the e-mail address their sign-in carries. */
async function memberIdOf(meeting) {
  const { email } = tokenClaims();
  const day = new Date(meeting.startsAt).toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });
  try {
    const members = await api(`/api/planning/arenas/${encodeURIComponent(meeting.arenaId)}/members?onDate=${day}`);
    const found = (members.members ?? []).find((m) => email && m.email?.toLowerCase() === email.toLowerCase());
    return found?.memberId ?? null;
  } catch {
    return null;
  }
}

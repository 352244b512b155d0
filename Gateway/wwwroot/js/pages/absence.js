// Forfall: the signed-in member reports that they cannot meet, for the whole meeting or a part of it, and may
// withdraw it again. The link in the notice leads here; the member's substitutes are then asked in order.
import { api } from '../api.js';
import { h, render, field, announce, formatDate, formatTime } from '../dom.js';
import { onSubmit } from '../forms.js';
import { requireSignIn, renderFailure } from './guard.js';

const title = 'Meld forfall';
const substituteStatus = {
  SUBSTITUTE_REQUEST_STATUS_ASKED: 'er spurt',
  SUBSTITUTE_REQUEST_STATUS_ACCEPTED: 'har takket ja',
  SUBSTITUTE_REQUEST_STATUS_DECLINED: 'har takket nei',
  SUBSTITUTE_REQUEST_STATUS_CANCELLED: 'trenger ikke møte',
};

export async function show(meetingId) {
  if (!requireSignIn(title)) return;
  const id = encodeURIComponent(meetingId);
  let meeting, mine;
  try {
    meeting = await api(`/api/meetings/${id}`);
    mine = await api(`/api/meetings/${id}/absences/mine`);
  } catch (error) {
    if (error.status === 403 && meeting) {
      render(h('h1', {}, `${title}: ${meeting.title}`),
        h('p', {}, 'Du er ikke medlem av arenaen som holder dette møtet, og kan derfor ikke melde forfall her. Kontakt sekretariatet om dette er feil.'));
      return;
    }
    renderFailure(title, error);
    return;
  }
  const reload = () => show(meetingId);

  render(
    h('h1', {}, `${title}: ${meeting.title}`),
    h('p', {}, `${formatDate(meeting.startsAt)} kl. ${formatTime(meeting.startsAt)}–${formatTime(meeting.endsAt)}, ${meeting.place || 'sted kommer'}.`),
    mine.reported ? reportedSection(meeting, mine, reload) : null,
    reportForm(meeting, mine, reload),
    h('p', {}, h('a', { href: `/moter/${id}` }, 'Tilbake til møtet')));
}

function describe(mine) {
  if (mine.wholeMeeting) return 'Du har meldt forfall til hele møtet.';
  if (mine.absentFrom && mine.absentUntil) return `Du har meldt forfall fra kl. ${mine.absentFrom} til kl. ${mine.absentUntil}.`;
  if (mine.absentFrom) return `Du har meldt at du går kl. ${mine.absentFrom}.`;
  return `Du har meldt at du kommer kl. ${mine.absentUntil}.`;
}

function reportedSection(meeting, mine, reload) {
  const withdraw = mine.canWithdraw ? h('button', { type: 'button', class: 'sekundær' }, 'Trekk forfallet') : null;
  withdraw?.addEventListener('click', async () => {
    withdraw.disabled = true;
    try {
      await api(`/api/meetings/${encodeURIComponent(meeting.meetingId)}/absences/mine`, { method: 'DELETE' });
      await reload();
      announce('Forfallet er trukket. Du er ført opp som deltaker igjen.', 'ok');
    } catch (error) {
      withdraw.disabled = false;
      announce(error.message, 'feil');
    }
  });
  return h('section', { class: 'advarsler', 'aria-labelledby': 'meldt' },
    h('h2', { id: 'meldt' }, 'Ditt forfall'),
    h('p', {}, describe(mine), mine.note ? ` Merknad: ${mine.note}` : ''),
    mine.substituteRequests?.length
      ? h('ul', {}, mine.substituteRequests.map((r) => h('li', {}, `Vara ${r.rank}: ${r.substituteName} ${substituteStatus[r.status] ?? ''}`)))
      : null,
    withdraw ?? (mine.reported ? h('p', {}, whyItStays(meeting, mine)) : null));
}

function whyItStays(meeting, mine) {
  if (mine.absenceLock === 'ABSENCE_LOCK_SUBSTITUTE_ACCEPTED') {
    const substitute = mine.substituteRequests?.find((r) => r.status === 'SUBSTITUTE_REQUEST_STATUS_ACCEPTED');
    return `${substitute?.substituteName ?? 'Varaen din'} har sagt ja til å møte for deg og har fått innkallingen. Kontakt sekretariatet om du likevel kan møte.`;
  }
  return `Møtet begynte ${formatDate(meeting.startsAt)} kl. ${formatTime(meeting.startsAt)}. Nå er det sekretariatet som fører oppmøtet; kontakt dem om forfallet skal endres.`;
}

function reportForm(meeting, mine, reload) {
  const partial = mine.reported && !mine.wholeMeeting;
  const part = h('fieldset', { hidden: !partial },
    h('legend', {}, 'Hvilken del av møtet'),
    h('p', { class: 'hint' }, `Møtet varer fra kl. ${formatTime(meeting.startsAt)} til kl. ${formatTime(meeting.endsAt)}. Fyll inn det ene eller begge.`),
    field('Jeg går kl.', h('input', { name: 'absentFrom', type: 'time', value: mine.absentFrom ?? '' })),
    field('Jeg kommer kl.', h('input', { name: 'absentUntil', type: 'time', value: mine.absentUntil ?? '' })));
  const form = h('form', { novalidate: true },
    h('fieldset', {}, h('legend', {}, 'Forfallet gjelder'),
      h('div', { class: 'valg' }, h('input', { type: 'radio', name: 'scope', id: 'forfall-hele', value: 'whole', checked: !partial }), h('label', { for: 'forfall-hele' }, 'Hele møtet')),
      h('div', { class: 'valg' }, h('input', { type: 'radio', name: 'scope', id: 'forfall-del', value: 'part', checked: partial }), h('label', { for: 'forfall-del' }, 'Deler av møtet'))),
    part,
    field('Merknad til sekretariatet', h('textarea', { name: 'note', rows: '3', value: mine.note ?? '' }), 'Valgfritt, for eksempel årsaken.'),
    h('button', { type: 'submit' }, mine.reported ? 'Endre forfallet' : 'Meld forfall'));
  form.addEventListener('change', () => { part.hidden = form.elements.scope.value !== 'part'; });

  onSubmit(form, async () => {
    const data = new FormData(form);
    const whole = data.get('scope') !== 'part';
    const answer = await api(`/api/meetings/${encodeURIComponent(meeting.meetingId)}/absences/mine`, {
      method: 'PUT',
      json: {
        note: String(data.get('note') ?? '').trim(),
        absentFrom: whole ? '' : String(data.get('absentFrom') ?? ''),
        absentUntil: whole ? '' : String(data.get('absentUntil') ?? ''),
      },
    });
    await reload();
    const asked = answer.substituteRequests?.find((r) => r.status === 'SUBSTITUTE_REQUEST_STATUS_ASKED');
    announce(asked ? `Forfallet er registrert. ${asked.substituteName} er spurt om å møte som vara.` : 'Forfallet er registrert.', 'ok');
  });
  return h('section', { 'aria-labelledby': 'skjema-forfall' }, h('h2', { id: 'skjema-forfall' }, mine.reported ? 'Endre forfallet' : 'Meld forfall'), form);
}

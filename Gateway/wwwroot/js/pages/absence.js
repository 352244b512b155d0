// @ts-check
// Forfall: the signed-in member reports that they cannot meet, for the whole meeting or a part of it, and may
// withdraw it again. The link in the notice leads here; the member's substitutes are then asked in order.
import { ApiError, refusalText } from '../api.js';
import {
  getMeeting,
  getMyAbsence,
  withdrawMyAbsence,
  reportMyAbsence,
  SubstituteRequestStatus,
  AbsenceLock,
} from '../hfi-api.js';
import { h, render, field, announce, formatDate, formatTime } from '../dom.js';
import { onSubmit } from '../forms.js';
import { requireSignIn, renderFailure } from './guard.js';
/** @import { Meeting, MyAbsence } from '../types.js' */

const title = 'Meld forfall';
/** @type {Record<string, string>} */
const substituteStatus = {
  SUBSTITUTE_REQUEST_STATUS_ASKED: 'er spurt',
  SUBSTITUTE_REQUEST_STATUS_ACCEPTED: 'har takket ja',
  SUBSTITUTE_REQUEST_STATUS_DECLINED: 'har takket nei',
  SUBSTITUTE_REQUEST_STATUS_CANCELLED: 'trenger ikke møte',
};

export async function show(/** @type {string} */ meetingId) {
  if (!requireSignIn(title)) return;
  const id = encodeURIComponent(meetingId);
  /** @type {Meeting | undefined} */
  let meeting;
  /** @type {MyAbsence} */
  let mine;
  try {
    meeting = await getMeeting(meetingId);
    mine = await getMyAbsence(meetingId);
  } catch (error) {
    if (error instanceof ApiError && error.status === 403 && meeting) {
      render(
        h('h1', {}, `${title}: ${meeting.title}`),
        h(
          'p',
          {},
          'Du er ikke medlem av arenaen som holder dette møtet, og kan derfor ikke melde forfall her. Kontakt sekretariatet om dette er feil.',
        ),
      );
      return;
    }
    renderFailure(title, error);
    return;
  }
  const reload = () => show(meetingId);

  render(
    h('h1', {}, `${title}: ${meeting.title}`),
    h(
      'p',
      {},
      `${formatDate(meeting.startsAt)} kl. ${formatTime(meeting.startsAt)}–${formatTime(meeting.endsAt)}, ${meeting.place || 'sted kommer'}.`,
    ),
    mine.reported ? reportedSection(meeting, mine, reload) : null,
    reportForm(meeting, mine, reload),
    h('p', {}, h('a', { href: `/moter/${id}` }, 'Tilbake til møtet')),
  );
}

function describe(/** @type {MyAbsence} */ mine) {
  if (mine.wholeMeeting) return 'Du har meldt forfall til hele møtet.';
  if (mine.absentFrom && mine.absentUntil)
    return `Du har meldt forfall fra kl. ${mine.absentFrom} til kl. ${mine.absentUntil}.`;
  if (mine.absentFrom) return `Du har meldt at du går kl. ${mine.absentFrom}.`;
  return `Du har meldt at du kommer kl. ${mine.absentUntil}.`;
}

/** @typedef {() => Promise<void>} Reload */

function reportedSection(/** @type {Meeting} */ meeting, /** @type {MyAbsence} */ mine, /** @type {Reload} */ reload) {
  const withdraw = mine.canWithdraw ? h('button', { type: 'button', class: 'sekundær' }, 'Trekk forfallet') : null;
  withdraw?.addEventListener('click', async () => {
    withdraw.disabled = true;
    try {
      await withdrawMyAbsence(meeting.meetingId);
      await reload();
      announce('Forfallet er trukket. Du er ført opp som deltaker igjen.', 'ok');
    } catch (error) {
      withdraw.disabled = false;
      announce(refusalText(error), 'feil');
    }
  });
  return h(
    'section',
    { class: 'advarsler', 'aria-labelledby': 'meldt' },
    h('h2', { id: 'meldt' }, 'Ditt forfall'),
    h('p', {}, describe(mine), mine.note ? ` Merknad: ${mine.note}` : ''),
    mine.substituteRequests?.length
      ? h(
          'ul',
          {},
          mine.substituteRequests.map((r) =>
            h('li', {}, `Vara ${r.rank}: ${r.substituteName} ${substituteStatus[r.status] ?? ''}`),
          ),
        )
      : null,
    withdraw ?? (mine.reported ? h('p', {}, whyItStays(meeting, mine)) : null),
  );
}

function whyItStays(/** @type {Meeting} */ meeting, /** @type {MyAbsence} */ mine) {
  if (mine.absenceLock === AbsenceLock.SUBSTITUTE_ACCEPTED) {
    const substitute = mine.substituteRequests?.find((r) => r.status === SubstituteRequestStatus.ACCEPTED);
    return `${substitute?.substituteName ?? 'Varaen din'} har sagt ja til å møte for deg og har fått innkallingen. Kontakt sekretariatet om du likevel kan møte.`;
  }
  return `Møtet begynte ${formatDate(meeting.startsAt)} kl. ${formatTime(meeting.startsAt)}. Nå er det sekretariatet som fører oppmøtet; kontakt dem om forfallet skal endres.`;
}

function reportForm(/** @type {Meeting} */ meeting, /** @type {MyAbsence} */ mine, /** @type {Reload} */ reload) {
  const partial = mine.reported && !mine.wholeMeeting;
  const part = h(
    'fieldset',
    { hidden: !partial },
    h('legend', {}, 'Hvilken del av møtet'),
    h(
      'p',
      { class: 'hint' },
      `Møtet varer fra kl. ${formatTime(meeting.startsAt)} til kl. ${formatTime(meeting.endsAt)}. Fyll inn det ene eller begge.`,
    ),
    field('Jeg går kl.', h('input', { name: 'absentFrom', type: 'time', value: mine.absentFrom ?? '' })),
    field('Jeg kommer kl.', h('input', { name: 'absentUntil', type: 'time', value: mine.absentUntil ?? '' })),
  );
  const form = h(
    'form',
    { novalidate: true },
    h(
      'fieldset',
      {},
      h('legend', {}, 'Forfallet gjelder'),
      h(
        'div',
        { class: 'valg' },
        h('input', { type: 'radio', name: 'scope', id: 'forfall-hele', value: 'whole', checked: !partial }),
        h('label', { for: 'forfall-hele' }, 'Hele møtet'),
      ),
      h(
        'div',
        { class: 'valg' },
        h('input', { type: 'radio', name: 'scope', id: 'forfall-del', value: 'part', checked: partial }),
        h('label', { for: 'forfall-del' }, 'Deler av møtet'),
      ),
    ),
    part,
    field(
      'Merknad til sekretariatet',
      h('textarea', { name: 'note', rows: '3', value: mine.note ?? '' }),
      'Valgfritt, for eksempel årsaken.',
    ),
    h('button', { type: 'submit' }, mine.reported ? 'Endre forfallet' : 'Meld forfall'),
  );
  form.addEventListener('change', () => {
    part.hidden = new FormData(form).get('scope') !== 'part';
  });

  onSubmit(form, async () => {
    const data = new FormData(form);
    const whole = data.get('scope') !== 'part';
    const answer = await reportMyAbsence(meeting.meetingId, {
      note: String(data.get('note') ?? '').trim(),
      absentFrom: whole ? '' : String(data.get('absentFrom') ?? ''),
      absentUntil: whole ? '' : String(data.get('absentUntil') ?? ''),
    });
    await reload();
    const asked = answer.substituteRequests?.find((r) => r.status === SubstituteRequestStatus.ASKED);
    announce(
      asked
        ? `Forfallet er registrert. ${asked.substituteName} er spurt om å møte som vara.`
        : 'Forfallet er registrert.',
      'ok',
    );
  });
  return h(
    'section',
    { 'aria-labelledby': 'skjema-forfall' },
    h('h2', { id: 'skjema-forfall' }, mine.reported ? 'Endre forfallet' : 'Meld forfall'),
    form,
  );
}

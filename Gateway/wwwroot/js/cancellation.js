// @ts-check
// Avlysning: a cancelled meeting as every list and page shows it (marked "Avlyst", with the reason the secretariat
// gave), and the secretariat's dialog that cancels one. One click never cancels: the dialog asks for the reason and
// for a second, explicit "Ja, avlys møtet".
import { h, announce, formatDate, formatTime } from './dom.js';
import { refusalText } from './api.js';
import { cancelMeeting, MeetingStatus } from './hfi-api.js';
/** @import { Meeting } from './types.js' */

/** A meeting the secretariat can still cancel: not held, not cancelled. */
export const cancellable = (/** @type {Meeting} */ meeting) =>
  meeting.status === MeetingStatus.DRAFT || meeting.status === MeetingStatus.NOTICE_ISSUED;

/** The notice at the top of a cancelled meeting's card or page. */
export function cancelledNote(/** @type {Meeting} */ meeting) {
  return h(
    'p',
    { class: 'merkelapp avlyst' },
    'Møtet er avlyst',
    meeting.cancelReason ? `: ${meeting.cancelReason}` : '.',
  );
}

/** "Avlys møtet" and its dialog, for the meeting's page. */
export function cancelSection(/** @type {Meeting} */ meeting, /** @type {() => Promise<void>} */ reload) {
  const reason = h('textarea', {
    id: 'avlys-grunn',
    name: 'reason',
    rows: '3',
    required: true,
    'aria-describedby': 'avlys-grunn-hint',
  });
  const refusal = h('p', { class: 'feltfeil', id: 'avlys-feil', role: 'alert', hidden: true });
  const confirm = h('button', { type: 'submit', class: 'fare', id: 'avlys-bekreft' }, 'Ja, avlys møtet');
  const keep = h('button', { type: 'button', class: 'sekundær', id: 'avlys-avbryt' }, 'Nei, behold møtet');
  const noticeSent = meeting.status === MeetingStatus.NOTICE_ISSUED;
  const form = h(
    'form',
    { method: 'dialog', novalidate: true },
    h('h2', { id: 'avlys-tittel' }, `Avlyse ${meeting.title}?`),
    h(
      'p',
      {},
      `Møtet ${formatDate(meeting.startsAt)} kl. ${formatTime(meeting.startsAt)} avlyses`,
      meeting.plannedMeetingId ? ', og det står som avlyst i årsplanen. ' : '. ',
      noticeSent
        ? 'Alle som har fått innkallingen, får beskjed med grunnen du skriver.'
        : 'Innkallingen er ikke sendt, så ingen får beskjed.',
      ' Avlysningen kan ikke angres.',
    ),
    h(
      'div',
      { class: 'felt' },
      h('label', { for: 'avlys-grunn' }, 'Grunn til avlysning'),
      h(
        'p',
        { class: 'hint', id: 'avlys-grunn-hint' },
        'For eksempel «For få saker til behandling». Står på møtesiden og i beskjeden til representantene.',
      ),
      reason,
    ),
    h('div', { class: 'knapper' }, confirm, keep),
    refusal,
  );
  const dialog = h('dialog', { class: 'avlys-dialog', 'aria-labelledby': 'avlys-tittel' }, form);

  const showRefusal = (/** @type {string} */ text) => {
    refusal.textContent = text;
    refusal.hidden = false;
  };
  keep.addEventListener('click', () => dialog.close());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    refusal.hidden = true;
    reason.removeAttribute('aria-invalid');
    const text = reason.value.trim();
    if (!text) {
      reason.setAttribute('aria-invalid', 'true');
      showRefusal('Skriv grunnen til avlysningen. Den står på møtesiden og går til representantene.');
      reason.focus();
      return;
    }
    confirm.disabled = true;
    try {
      await cancelMeeting(meeting.meetingId, text);
      dialog.close();
      await reload();
      announce(noticeSent ? 'Møtet er avlyst. Representantene får beskjed.' : 'Møtet er avlyst.', 'ok');
    } catch (error) {
      confirm.disabled = false;
      showRefusal(refusalText(error));
    }
  });

  const open = h('button', { type: 'button', class: 'sekundær', id: 'avlys-mote' }, 'Avlys møtet');
  open.addEventListener('click', () => {
    dialog.showModal();
    reason.focus();
  });
  return h(
    'section',
    { 'aria-labelledby': 'avlysning-tittel' },
    h('h2', { id: 'avlysning-tittel' }, 'Avlysning'),
    h('p', {}, 'Blir møtet ikke noe av, avlyser du det her. Du blir bedt om grunnen og om å bekrefte.'),
    open,
    dialog,
  );
}

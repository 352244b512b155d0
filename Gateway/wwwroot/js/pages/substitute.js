// @ts-check
// Vara: a substitute answers the request to meet in an absent member's place (the e-mail's link leads here).
// Yes: they are summoned and get the notice. No: the next vara in order is asked.
import { refusalText } from '../api.js';
import { getMeeting, getAttendance, answerSubstituteRequest, SubstituteRequestStatus } from '../hfi-api.js';
import { h, render, announce, formatDate, formatTime } from '../dom.js';
import { requireSignIn, loadPage } from './guard.js';

const title = 'Forespørsel om å møte som vara';
/** @type {Record<string, string>} */
const answered = {
  SUBSTITUTE_REQUEST_STATUS_ACCEPTED: 'Du har sagt ja til å møte. Innkallingen er sendt til deg.',
  SUBSTITUTE_REQUEST_STATUS_DECLINED: 'Du har sagt nei. Neste vara er spurt.',
  SUBSTITUTE_REQUEST_STATUS_CANCELLED: 'Forespørselen er trukket: medlemmet kan likevel møte. Du trenger ikke å svare.',
};

export async function show(/** @type {string} */ meetingId, /** @type {string} */ requestId) {
  if (!requireSignIn(title)) return;
  const id = encodeURIComponent(meetingId);
  const loaded = await loadPage(title, () => Promise.all([getMeeting(meetingId), getAttendance(meetingId)]));
  if (!loaded) return;
  const [meeting, overview] = loaded;
  const request = (overview.substituteRequests ?? []).find((r) => r.requestId === requestId);
  if (!request) {
    render(
      h('h1', {}, title),
      h('p', {}, 'Fant ikke forespørselen. Den kan være trukket tilbake. Kontakt sekretariatet om du er i tvil.'),
    );
    return;
  }
  const absent = (overview.attendances ?? []).find((a) => a.memberId === request.absentMemberId)?.name ?? 'Et medlem';
  const error = h('p', { class: 'feltfeil', id: 'svar-feil', role: 'alert', hidden: true });
  const answer = async (/** @type {boolean} */ accept, /** @type {HTMLButtonElement} */ button) => {
    button.disabled = true;
    error.hidden = true;
    try {
      await answerSubstituteRequest(meetingId, requestId, accept);
      await show(meetingId, requestId);
      announce(accept ? 'Takk! Du er innkalt som vara.' : 'Svaret er registrert. Neste vara blir spurt.', 'ok');
    } catch (failure) {
      button.disabled = false;
      error.textContent = refusalText(failure);
      error.hidden = false;
    }
  };
  const yes = h('button', { type: 'button', id: 'svar-ja' }, 'Ja, jeg kan møte');
  const no = h('button', { type: 'button', id: 'svar-nei', class: 'sekundær' }, 'Nei, jeg kan ikke');
  yes.addEventListener('click', () => answer(true, yes));
  no.addEventListener('click', () => answer(false, no));

  render(
    h('h1', {}, title),
    h(
      'p',
      {},
      `${absent} har meldt forfall til ${meeting.title}, ${formatDate(meeting.startsAt)} kl. ${formatTime(meeting.startsAt)}–${formatTime(meeting.endsAt)}, ${meeting.place || 'sted kommer'}.`,
    ),
    h('p', {}, `Du er spurt som vara nr. ${request.rank}.`),
    request.status === SubstituteRequestStatus.ASKED
      ? [h('h2', {}, 'Kan du møte?'), h('div', { class: 'knapper store' }, yes, no), error]
      : h('p', { class: 'advarsler' }, answered[request.status] ?? ''),
    h('p', {}, h('a', { href: `/moter/${id}` }, 'Se sakslisten og vedleggene')),
  );
}

// @ts-check
// Protokoll: the minutes of a meeting. The secretariat drafts them from the meeting, corrects the wording of a
// decision, approves them and creates follow-ups (handlingsdel) from the decisions; members read approved minutes
// and their PDF, which Documents generates on approval. Each decision says how it was made (decisions.js).
import { refusalText } from '../api.js';
import {
  getMeeting,
  getMinutes,
  listMinutesFiles,
  listFollowUps,
  draftMinutes,
  approveMinutes,
  minutesPreviewPath,
  correctWording,
  createFollowUp,
  MeetingStatus,
  Audience,
} from '../hfi-api.js';
import { h, render, field, table, announce, formatDate, formatTime } from '../dom.js';
import { onSubmit, controlsOf } from '../forms.js';
import { isSecretariat } from '../session.js';
import { meetingStatusNames, followUpStatusNames } from '../labels.js';
import { downloadLink, fileSize } from '../download.js';
import { decisionFacts } from '../decisions.js';
import { requireSignIn, loadPage } from './guard.js';
/** @import { Meeting, Minutes, MinutesDecision, Decision, AgendaItem, FollowUp } from '../types.js' */
/** @typedef {() => Promise<void>} Reload */

const title = 'Protokoll';
/** @type {Record<string, string>} */
const attendanceNames = { present: 'Til stede', absent: 'Forfall', substitute: 'Vara', 'proxy-given': 'Fullmakt gitt' };

export async function show(/** @type {string} */ meetingId) {
  if (!requireSignIn(title)) return;
  const id = encodeURIComponent(meetingId);
  const meeting = await loadPage(title, () => getMeeting(meetingId));
  if (!meeting) return;
  // Before the draft (or, for a member, before approval) there are no minutes to read.
  const [minutes, files, followUps] = await Promise.all([
    getMinutes(meetingId),
    listMinutesFiles(meetingId),
    listFollowUps(meeting.arenaId).catch(() => []),
  ]);
  const reload = async () => {
    await show(meetingId);
  };
  const approved = meeting.status === MeetingStatus.MINUTES_APPROVED;
  const mine = followUps.filter((f) => f.meetingId === meeting.meetingId);

  render(
    h('h1', {}, `${title}: ${meeting.title}`),
    h(
      'p',
      {},
      `${formatDate(meeting.startsAt)} kl. ${formatTime(meeting.startsAt)}–${formatTime(meeting.endsAt)}, ${meeting.place || 'sted kommer'}. Status: ${meetingStatusNames[meeting.status] ?? ''}.`,
    ),
    h(
      'ul',
      { class: 'knapper lenker' },
      h('li', {}, h('a', { href: `/moter/${id}` }, 'Sakslisten')),
      isSecretariat() ? h('li', {}, h('a', { href: `/moter/${id}/motet` }, 'Møtet (oppmøte og vedtak)')) : null,
    ),
    isSecretariat() ? stepSection(meeting, minutes, reload) : null,
    minutes && (approved || isSecretariat())
      ? minutesSection(meeting, minutes, mine, reload)
      : h('p', {}, approved ? 'Protokollen er ikke tilgjengelig.' : 'Protokollen er ikke godkjent ennå.'),
    files.length
      ? h(
          'section',
          { 'aria-labelledby': 'pdf-tittel' },
          h('h2', { id: 'pdf-tittel' }, 'Godkjent protokoll som fil'),
          h(
            'ul',
            {},
            files.map((file) =>
              h('li', {}, downloadLink(file.downloadPath, file.title, file.fileName), ` (${fileSize(file.sizeBytes)})`),
            ),
          ),
        )
      : null,
  );
}

function stepSection(
  /** @type {Meeting} */ meeting,
  /** @type {Minutes | null} */ minutes,
  /** @type {Reload} */ reload,
) {
  const status = meeting.status;
  const message = h('p', { class: 'feltfeil', id: 'protokoll-feil', role: 'alert', hidden: true });
  /**
   * @param {HTMLButtonElement} button
   * @param {(meetingId: string) => Promise<unknown>} action
   * @param {string} done
   */
  const step = async (button, action, done) => {
    button.disabled = true;
    message.hidden = true;
    try {
      await action(meeting.meetingId);
      await reload();
      announce(done, 'ok');
    } catch (error) {
      button.disabled = false;
      message.textContent = refusalText(error);
      message.hidden = false;
    }
  };
  let button = null;
  let hint = null;
  if (status === MeetingStatus.HELD) {
    const draft = h('button', { type: 'button', id: 'lag-utkast' }, 'Lag utkast til protokoll');
    draft.addEventListener('click', () => step(draft, draftMinutes, 'Utkastet til protokoll er laget fra møtet.'));
    button = draft;
    hint = 'Utkastet bygges fra oppmøtet og vedtakene som er ført.';
  } else if (status === MeetingStatus.MINUTES_DRAFTED) {
    const approve = h('button', { type: 'button', id: 'godkjenn' }, 'Godkjenn protokollen');
    approve.addEventListener('click', () => {
      if (!confirm('Godkjenne protokollen? Den sendes da til representantene og kan ikke endres.')) return;
      step(approve, approveMinutes, 'Protokollen er godkjent og sendes til representantene.');
    });
    button = approve;
    hint = 'Les gjennom utkastet under og rett ordlyden i vedtakene før du godkjenner.';
  } else if (status === MeetingStatus.NOTICE_ISSUED || status === MeetingStatus.DRAFT) {
    hint = 'Protokollen kan lages når møtet er markert som avholdt (på siden «Møtet»).';
  } else if (status === MeetingStatus.MINUTES_APPROVED) {
    hint = 'Protokollen er godkjent og sendt til representantene. Den kan ikke endres.';
  }
  const previews = status === MeetingStatus.MINUTES_DRAFTED ? previewLinks(meeting) : null;
  return h(
    'section',
    { 'aria-labelledby': 'steg-tittel' },
    h('h2', { id: 'steg-tittel' }, minutes ? 'Protokollens status' : 'Lag protokoll'),
    hint ? h('p', {}, hint) : null,
    previews,
    button,
    message,
  );
}

// The PDF each audience gets on approval, rendered by Documents from the draft; nothing is approved or stored.
function previewLinks(/** @type {Meeting} */ meeting) {
  const link = (/** @type {Audience} */ audience, /** @type {string} */ text, /** @type {string} */ file) =>
    h('li', {}, downloadLink(minutesPreviewPath(meeting.meetingId, audience), text, file));
  return h(
    'ul',
    { class: 'lenker', 'aria-label': 'Forhåndsvis protokollen som PDF' },
    link(Audience.ALL_MEMBERS, 'Forhåndsvis PDF: til alle representantene', 'protokoll-utkast.pdf'),
    link(
      Audience.MUNICIPAL_REPRESENTATIVES,
      'Forhåndsvis PDF: til kommunale representanter',
      'protokoll-utkast-kommunale-representanter.pdf',
    ),
  );
}

/**
 * @param {Meeting} meeting
 * @param {Minutes} minutes
 * @param {FollowUp[]} followUps
 * @param {Reload} reload
 */
function minutesSection(meeting, minutes, followUps, reload) {
  const editable = isSecretariat() && meeting.status === MeetingStatus.MINUTES_DRAFTED;
  /** @type {string[]} */
  const followed = [MeetingStatus.MINUTES_DRAFTED, MeetingStatus.MINUTES_APPROVED, MeetingStatus.HELD];
  const canFollowUp = isSecretariat() && followed.includes(meeting.status);
  const items = meeting.agenda?.items ?? [];
  const attendees = minutes.attendees ?? [];
  return h(
    'section',
    { 'aria-labelledby': 'protokoll-tittel' },
    h(
      'h2',
      { id: 'protokoll-tittel' },
      minutes.status === MeetingStatus.MINUTES_APPROVED ? 'Godkjent protokoll' : 'Utkast til protokoll',
    ),
    h('h3', {}, 'Til stede og forfall'),
    attendees.length
      ? table(
          'Oppmøte',
          ['Navn', 'Part', 'Oppmøte', 'Merknad'],
          attendees.map((a) =>
            h(
              'tr',
              {},
              h('td', {}, a.name),
              h('td', {}, a.partnerName ?? ''),
              h('td', {}, attendanceNames[a.attendance] ?? a.attendance),
              h(
                'td',
                {},
                [
                  a.substituteFor ? `vara for ${a.substituteFor}` : null,
                  a.proxyHolder ? `fullmakt til ${a.proxyHolder}` : null,
                  a.partlyAbsent || null,
                  a.hasVotingRight ? null : 'uten stemmerett',
                ]
                  .filter(Boolean)
                  .join(', '),
              ),
            ),
          ),
        )
      : h('p', {}, 'Ingen oppmøte er registrert.'),
    h('h3', {}, 'Vedtak'),
    (minutes.decisions ?? []).length
      ? h(
          'ol',
          { class: 'saksliste' },
          (minutes.decisions ?? []).map((d) =>
            decisionCard(
              meeting,
              d,
              items.find((i) => i.caseNumber === d.caseNumber),
              editable,
              canFollowUp,
              followUps.filter((f) => f.caseNumber === d.caseNumber),
              reload,
            ),
          ),
        )
      : h('p', {}, 'Ingen vedtak er ført.'),
  );
}

/**
 * @param {Meeting} meeting
 * @param {MinutesDecision} entry
 * @param {AgendaItem | undefined} item
 * @param {boolean} editable
 * @param {boolean} canFollowUp
 * @param {FollowUp[]} followUps
 * @param {Reload} reload
 */
function decisionCard(meeting, entry, item, editable, canFollowUp, followUps, reload) {
  const decision = entry.decision;
  const key = item?.itemId ?? entry.caseNumber;
  return h(
    'li',
    {
      class: item?.audience === Audience.MUNICIPAL_REPRESENTATIVES ? 'sak begrenset' : 'sak',
      id: `vedtak-${entry.caseNumber}`,
    },
    item?.audience === Audience.MUNICIPAL_REPRESENTATIVES
      ? h('p', { class: 'merkelapp begrenset' }, 'Sak kun for kommunale representanter')
      : null,
    h('h4', {}, `Sak ${entry.caseNumber} ${entry.title}`),
    h('p', {}, h('strong', {}, 'Vedtak: '), decision?.adoptedText ?? ''),
    decision ? decisionFacts(decision) : null,
    editable && item ? wordingForm(meeting, item, decision, reload) : null,
    followUps.length
      ? [
          h('h5', {}, 'Oppfølging'),
          h(
            'ul',
            {},
            followUps.map((f) =>
              h(
                'li',
                {},
                `${f.description} – ansvarlig ${f.owner}${f.dueDate ? `, frist ${f.dueDate.split('-').reverse().join('.')}` : ''} (${followUpStatusNames[f.status] ?? ''})`,
              ),
            ),
          ),
        ]
      : null,
    canFollowUp && item ? followUpForm(meeting, item, key, reload) : null,
  );
}

/** The wording alone: how the case was decided (basis, votes, who decided) stays as the meeting recorded it. */
function wordingForm(
  /** @type {Meeting} */ meeting,
  /** @type {AgendaItem} */ item,
  /** @type {Decision | undefined} */ decision,
  /** @type {Reload} */ reload,
) {
  const form = h(
    'form',
    { novalidate: true, class: 'innfelt' },
    field(
      `Ordlyd i sak ${item.caseNumber}`,
      h('textarea', {
        name: 'amendedText',
        id: `ordlyd-${item.itemId}`,
        rows: '3',
        value: decision?.adoptedText ?? '',
      }),
      'Rett skrivefeil og formuleringer. Hvordan saken ble vedtatt, og stemmene, endres ikke her, men på siden «Møtet».',
    ),
    h('button', { type: 'submit', class: 'sekundær liten' }, `Lagre ordlyden i sak ${item.caseNumber}`),
  );
  onSubmit(form, async () => {
    await correctWording(meeting.meetingId, item.itemId, controlsOf(form).amendedText.value.trim());
    await reload();
    announce(`Ordlyden i sak ${item.caseNumber} er lagret.`, 'ok');
  });
  return form;
}

function followUpForm(
  /** @type {Meeting} */ meeting,
  /** @type {AgendaItem} */ item,
  /** @type {string} */ key,
  /** @type {Reload} */ reload,
) {
  const form = h(
    'form',
    { novalidate: true, id: `oppfolging-${key}` },
    field('Tiltak', h('input', { name: 'description', id: `tiltak-${key}`, autocomplete: 'off' })),
    field('Ansvarlig', h('input', { name: 'owner', id: `ansvarlig-${key}`, autocomplete: 'off' })),
    field('Frist', h('input', { name: 'dueDate', id: `frist-${key}`, type: 'date' }), 'Valgfritt.'),
    h('button', { type: 'submit', class: 'sekundær liten' }, `Legg til oppfølging av sak ${item.caseNumber}`),
  );
  onSubmit(form, async () => {
    const controls = controlsOf(form);
    await createFollowUp(meeting.meetingId, {
      itemId: item.itemId,
      description: controls.description.value.trim(),
      owner: controls.owner.value.trim(),
      dueDate: controls.dueDate.value,
    });
    await reload();
    announce(`Oppfølgingen av sak ${item.caseNumber} er lagt til handlingsdelen.`, 'ok');
  });
  return h('details', { class: 'innfelt' }, h('summary', {}, `Ny oppfølging av sak ${item.caseNumber}`), form);
}

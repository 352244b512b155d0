// @ts-check
// Innkalling: the notice as the caller receives it; the secretariat issues it and follows its delivery per recipient.
import { slutt } from '../agenda-end.js';
import { refusalText } from '../api.js';
import {
  getMeeting,
  getNotice,
  issueNotice,
  listMembers,
  noticePreviewPath,
  listNotices,
  listDeliveries,
  retryDelivery,
  Audience,
  MemberKind,
  MemberRole,
  DeliveryStatus,
  MeetingStatus,
} from '../hfi-api.js';
import { cancelledNote } from '../cancellation.js';
import { h, render, table, announce, fill, formatDate, formatTime, formatDateTime, osloDay } from '../dom.js';
import { isSecretariat } from '../session.js';
import {
  counted,
  deliveryStatusNames,
  deliveryPurposeNames,
  channelNames,
  caseTypes,
  sentToNames,
  lookupErrorNames,
} from '../labels.js';
import { downloadLink } from '../download.js';
import { pagedTable } from '../paging.js';
import { loadPage } from './guard.js';
/** @import { Meeting, Notice, AgendaItem, NoticeSummary, Delivery } from '../types.js' */
/** @typedef {Notice | { failed: unknown } | null} NoticeState null before the notice; failed when it could not be read */
/** @typedef {{ municipal: number, others: number } | null} Recipients */

/** The issued notice, when it could be read. */
const issuedOf = (/** @type {NoticeState} */ notice) => (notice && !('failed' in notice) ? notice : null);

export async function show(/** @type {string} */ meetingId) {
  const id = encodeURIComponent(meetingId);
  const meeting = await loadPage('Innkalling', () => getMeeting(meetingId));
  if (!meeting) return;
  /** @type {NoticeState} */
  const notice = await getNotice(meetingId).catch((error) => ({ failed: error }));
  const reload = () => show(meetingId);

  const recipients = isSecretariat() ? await recipientCounts(meeting) : null;
  const cancelled = meeting.status === MeetingStatus.CANCELLED;
  render(
    h('h1', {}, `Innkalling til ${meeting.title}`),
    cancelled ? cancelledNote(meeting) : null,
    h('p', {}, h('a', { href: `/moter/${id}` }, 'Tilbake til møtet')),
    isSecretariat() ? versionsSection(meeting, notice, recipients) : null,
    isSecretariat() && !cancelled ? issueButton(meeting, notice, reload, recipients) : null,
    noticeSection(meeting, notice),
    isSecretariat() ? await deliverySection(meeting) : null,
  );
}

/** Who receives which version: municipal representatives the one with their cases, every other seat the other. */
/** @returns {Promise<Recipients>} */
async function recipientCounts(/** @type {Meeting} */ meeting) {
  const day = osloDay(meeting.startsAt);
  const members = await listMembers(meeting.arenaId, day).then(
    (list) => list.filter((m) => m.role !== MemberRole.SUBSTITUTE),
    () => null,
  );
  if (!members) return null;
  const municipal = members.filter((m) => m.kind === MemberKind.MUNICIPAL_REPRESENTATIVE).length;
  return { municipal, others: members.length - municipal };
}

/** Both versions side by side, as they go out (before the notice) or went out (after it). */
function versionsSection(
  /** @type {Meeting} */ meeting,
  /** @type {NoticeState} */ notice,
  /** @type {Recipients} */ recipients,
) {
  const issued = issuedOf(notice);
  const items = issued ? (issued.items ?? []) : (meeting.agenda?.items ?? []);
  const shared = items.filter((item) => item.audience !== Audience.MUNICIPAL_REPRESENTATIVES);
  const count = (/** @type {number | undefined} */ n) =>
    recipients ? ` – ${counted(n, 'mottaker', 'mottakere')}` : '';
  // Before the notice: the PDF Documents will generate for the version, from the agenda as it is now.
  const preview = (/** @type {Audience} */ audience, /** @type {string} */ file) =>
    issued ? null : h('p', {}, downloadLink(noticePreviewPath(meeting.meetingId, audience), 'Forhåndsvis PDF', file));
  /**
   * @param {string} heading
   * @param {AgendaItem[]} list
   * @param {number | undefined} n
   * @param {string} hint
   * @param {Audience} audience
   * @param {string} file
   */
  const version = (heading, list, n, hint, audience, file) =>
    h(
      'section',
      { class: 'versjon' },
      h('h3', {}, heading, count(n)),
      h('p', { class: 'hint' }, hint),
      preview(audience, file),
      list.length
        ? h(
            'ol',
            {},
            list.map((item) =>
              h(
                'li',
                { class: item.audience === Audience.MUNICIPAL_REPRESENTATIVES ? 'begrenset' : null },
                `${item.startTime ? `${item.startTime} ` : ''}${item.caseNumber ? `Sak ${item.caseNumber} ` : ''}${item.title || ''}`,
                item.audience === Audience.MUNICIPAL_REPRESENTATIVES ? h('strong', {}, ' (kun kommunale)') : null,
              ),
            ),
          )
        : h('p', {}, 'Sakslisten er tom.'),
    );
  return h(
    'section',
    { 'aria-labelledby': 'versjoner' },
    h(
      'h2',
      { id: 'versjoner' },
      issued ? 'De to versjonene som ble sendt' : 'Forhåndsvisning: de to versjonene som sendes',
    ),
    h(
      'div',
      { class: 'versjoner' },
      version(
        'Til alle representantene',
        shared,
        recipients?.others,
        'Uten saker som bare gjelder kommunale representanter.',
        Audience.ALL_MEMBERS,
        'innkalling-utkast.pdf',
      ),
      version(
        'Til kommunale representanter',
        items,
        recipients?.municipal,
        'Hele sakslisten, også sakene kun for kommunale representanter.',
        Audience.MUNICIPAL_REPRESENTATIVES,
        'innkalling-utkast-kommunale-representanter.pdf',
      ),
    ),
  );
}

/**
 * @param {Meeting} meeting
 * @param {NoticeState} notice
 * @param {() => Promise<void>} reload
 * @param {Recipients} recipients
 */
function issueButton(meeting, notice, reload, recipients) {
  const issued = issuedOf(notice);
  const button = h('button', { type: 'button' }, issued ? 'Send ny versjon av innkallingen' : 'Send innkalling');
  button.addEventListener('click', async () => {
    const who = recipients
      ? ` til ${counted(recipients.others + recipients.municipal, 'mottaker', 'mottakere')} (${recipients.municipal} kommunale)`
      : '';
    if (!confirm(`Sende innkallingen${who} nå? E-posten går ut med en gang og kan ikke kalles tilbake.`)) return;
    button.disabled = true;
    try {
      const sent = await issueNotice(meeting.meetingId);
      await reload();
      announce(`Innkallingen (versjon ${sent.noticeVersion}) er sendt.`, 'ok');
    } catch (error) {
      button.disabled = false;
      announce(refusalText(error), 'feil');
    }
  });
  return h('div', { class: 'knapper' }, button);
}

function noticeSection(/** @type {Meeting} */ meeting, /** @type {NoticeState} */ notice) {
  if (!notice) return h('p', {}, 'Innkallingen er ikke sendt ennå.');
  if ('failed' in notice) return h('p', { class: 'feil' }, refusalText(notice.failed));
  return h(
    'section',
    { 'aria-labelledby': 'innkallingen' },
    h('h2', { id: 'innkallingen' }, `Innkallingen, versjon ${notice.noticeVersion}`),
    h('p', {}, `Sendt ${formatDateTime(notice.issuedAt)} til ${sentToNames[notice.audience] ?? notice.audience}.`),
    h(
      'p',
      {},
      `Møtet holdes ${formatDate(meeting.startsAt)} kl. ${formatTime(meeting.startsAt)}, ${meeting.place || 'sted kommer'}.`,
    ),
    h(
      'ol',
      { class: 'saksliste' },
      (notice.items ?? []).map((item) =>
        h(
          'li',
          { class: item.audience === Audience.MUNICIPAL_REPRESENTATIVES ? 'sak begrenset' : 'sak' },
          item.audience === Audience.MUNICIPAL_REPRESENTATIVES
            ? h('p', { class: 'merkelapp begrenset' }, 'Sak kun for kommunale representanter')
            : null,
          h('p', { class: 'sak-tid' }, item.startTime ? `${item.startTime}–${item.endTime}` : ''),
          h(
            'p',
            {},
            h('strong', {}, item.caseNumber ? `Sak ${item.caseNumber} ${item.title}` : item.title),
            item.durationMinutes ? ` (${(item.durationMinutes ?? 0) + (item.questionMinutes ?? 0)} min)` : '',
            item.caseType && caseTypes[item.caseType] ? ` ${caseTypes[item.caseType]?.mark}` : '',
          ),
        ),
      ),
    ),
    slutt(notice.estimatedEnd, notice.items ?? []),
  );
}

async function deliverySection(/** @type {Meeting} */ meeting) {
  const section = h(
    'section',
    { 'aria-labelledby': 'levering' },
    h('h2', { id: 'levering' }, 'Levering til mottakerne'),
  );
  const refresh = h('button', { type: 'button', class: 'sekundær' }, 'Oppdater status');
  const body = h('div', { 'aria-live': 'polite' });
  const load = async () => {
    try {
      const notices = await listNotices(meeting.meetingId);
      if (!notices.length) {
        fill(
          body,
          h(
            'p',
            {},
            'Ingen varsler er sendt om dette møtet ennå. Det kan ta noen sekunder etter at innkallingen er sendt.',
          ),
        );
        return;
      }
      const parts = await Promise.all(
        notices.map(async (notice) => {
          const deliveries = await listDeliveries(notice.noticeId);
          return h(
            'div',
            { class: 'varselblokk' },
            h(
              'h3',
              {},
              notice.subject,
              h(
                'span',
                { class: 'dempet' },
                ` – til ${sentToNames[notice.audience ?? Audience.ALL_MEMBERS] ?? 'alle representantene'}`,
              ),
            ),
            notice.recipientsPending
              ? recipientsPending(notice)
              : h(
                  'p',
                  {},
                  `${counted(notice.recipients, 'mottaker', 'mottakere')}. Levert: ${notice.delivered ?? 0}, venter: ${notice.pending ?? 0}, feilet: ${notice.deadLettered ?? 0}, lest i appen: ${notice.read ?? 0}.`,
                ),
            deliveries.items.length
              ? pagedTable({
                  caption: `Leveringslogg for «${notice.subject}»`,
                  headers: ['Mottaker', 'Formål', 'Kanal', 'Status', 'Forsøk', 'Sist forsøkt', 'Feil', ''],
                  first: deliveries,
                  rowOf: (/** @type {Delivery} */ delivery) => deliveryRow(delivery, load),
                  next: (pageToken) => listDeliveries(notice.noticeId, pageToken),
                  more: 'Vis flere leveringer',
                })
              : null,
          );
        }),
      );
      fill(body, parts);
    } catch (error) {
      fill(body, h('p', { class: 'feil' }, refusalText(error)));
    }
  };
  refresh.addEventListener('click', async () => {
    await load();
    announce('Leveringsstatus er oppdatert.');
  });
  section.append(h('div', { class: 'knapper' }, refresh), body);
  await load();
  return section;
}

// Notifications asks Planning who the recipients are; while Planning cannot answer, the notice waits and says why.
function recipientsPending(/** @type {NoticeSummary} */ notice) {
  const next = notice.nextLookupAt ? ` Nytt forsøk kl. ${formatTime(notice.nextLookupAt)}.` : '';
  return notice.recipientsError
    ? h(
        'p',
        { class: 'feil' },
        `Mottakerlisten er ikke hentet ennå: ${/** @type {Record<string, string>} */ (lookupErrorNames)[notice.recipientsError] ?? notice.recipientsError}${next} Ingenting går tapt; varselet sendes når Planning svarer.`,
      )
    : h('p', {}, 'Mottakerlisten hentes fra Planning …');
}

function deliveryRow(/** @type {Delivery} */ delivery, /** @type {() => Promise<void>} */ reload) {
  const dead = delivery.status === DeliveryStatus.DEAD_LETTERED;
  const retry = dead
    ? h(
        'button',
        { type: 'button', class: 'liten', 'aria-label': `Send på nytt til ${delivery.recipientName}` },
        'Send på nytt',
      )
    : null;
  retry?.addEventListener('click', async () => {
    retry.disabled = true;
    try {
      await retryDelivery(delivery.deliveryId);
      await reload();
      announce(`Sendes på nytt til ${delivery.recipientName}.`, 'ok');
    } catch (error) {
      retry.disabled = false;
      announce(refusalText(error), 'feil');
    }
  });
  return h(
    'tr',
    {},
    h('td', {}, delivery.recipientName, h('br'), h('span', { class: 'dempet' }, delivery.recipientEmail)),
    h('td', {}, /** @type {Record<string, string>} */ (deliveryPurposeNames)[delivery.purpose ?? ''] ?? ''),
    h('td', {}, /** @type {Record<string, string>} */ (channelNames)[delivery.channel ?? ''] ?? ''),
    h(
      'td',
      {},
      /** @type {Record<string, string>} */ (deliveryStatusNames)[delivery.status ?? ''] ?? '',
      delivery.readAt ? ` (lest ${formatDateTime(delivery.readAt)})` : '',
    ),
    h('td', {}, String(delivery.attempts ?? 0)),
    h('td', {}, formatDateTime(delivery.lastAttemptAt)),
    h('td', {}, delivery.lastError ?? ''),
    h('td', {}, retry),
  );
}

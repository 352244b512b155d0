// @ts-check
// Møte: the agenda with computed times, restricted items marked for those who may see them, and attachments.
// The secretariat adds, edits, reorders and withdraws items and uploads attachments here.
import { ApiError, refusalText } from '../api.js';
import {
  getMeeting,
  firstAttachmentsPage,
  listAttachmentsPage,
  reorderAgenda,
  withdrawAgendaItem,
  uploadAttachment,
  addAgendaItem,
  updateAgendaItem,
  AgendaItemKind,
  CaseType,
  Audience,
  MeetingStatus,
} from '../hfi-api.js';
import { slutt } from '../agenda-end.js';
import { cancelSection, cancelledNote, cancellable } from '../cancellation.js';
import { h, render, field, announce, formatDate, formatTime } from '../dom.js';
import { onSubmit, clearErrors, controlsOf } from '../forms.js';
import { currentUser, isSecretariat } from '../session.js';
import { meetingStatusNames, itemKindNames, caseTypes, audiences } from '../labels.js';
import { downloadLink, fileSize } from '../download.js';
import { loadPage } from './guard.js';
import { pagedList } from '../paging.js';
/** @import { Meeting, Agenda, AgendaItem, AgendaItemInput, MeetingAttachment, Paged } from '../types.js' */
/** @typedef {() => Promise<void>} Reload */

const restrictedAudience = Audience.MUNICIPAL_REPRESENTATIVES;
/** The secretariat edits the agenda and attachments of a meeting that is not cancelled. */
const canEdit = (/** @type {Meeting} */ meeting) => isSecretariat() && meeting.status !== MeetingStatus.CANCELLED;

export async function show(/** @type {string} */ meetingId) {
  const loaded = await loadPage('Møte', () => Promise.all([getMeeting(meetingId), firstAttachmentsPage(meetingId)]));
  if (!loaded) return;
  const [meeting, firstFiles] = loaded;
  const files = firstFiles.items;
  const reload = () => show(meetingId);
  const agenda = meeting.agenda ?? { items: [] };
  const base = `/moter/${encodeURIComponent(meetingId)}`;
  const cancelled = meeting.status === MeetingStatus.CANCELLED;

  render(
    h('h1', {}, meeting.title),
    cancelled ? cancelledNote(meeting) : null,
    h(
      'dl',
      { class: 'fakta' },
      h('dt', {}, 'Tid'),
      h('dd', {}, `${formatDate(meeting.startsAt)} kl. ${formatTime(meeting.startsAt)}–${formatTime(meeting.endsAt)}`),
      h('dt', {}, 'Sted'),
      h('dd', {}, meeting.place || 'Kommer'),
      meeting.chair ? [h('dt', {}, 'Møteleder'), h('dd', {}, meeting.chair)] : null,
      h('dt', {}, 'Status'),
      h('dd', {}, meetingStatusNames[meeting.status] ?? ''),
      meeting.cancelReason ? [h('dt', {}, 'Grunn til avlysning'), h('dd', {}, meeting.cancelReason)] : null,
    ),
    h(
      'ul',
      { class: 'knapper lenker' },
      h('li', {}, h('a', { href: `${base}/innkalling` }, 'Innkalling')),
      currentUser() && !cancelled ? h('li', {}, h('a', { href: `${base}/forfall` }, 'Meld forfall')) : null,
      isSecretariat() && !cancelled ? h('li', {}, h('a', { href: `${base}/motet` }, 'Møtet: oppmøte og vedtak')) : null,
      h('li', {}, h('a', { href: `${base}/protokoll` }, 'Protokoll')),
      meeting.plannedMeetingId
        ? h(
            'li',
            {},
            h(
              'a',
              {
                href: `/arsplan?ar=${new Date(meeting.startsAt).getFullYear()}&arena=${encodeURIComponent(meeting.arenaId)}`,
              },
              'I årsplanen',
            ),
          )
        : null,
    ),
    agendaSection(meeting, agenda, files, reload),
    attachmentSection(meeting, firstFiles, reload, agenda.items ?? []),
    canEdit(meeting) ? itemForm(meeting, reload) : null,
    isSecretariat() && cancellable(meeting) ? cancelSection(meeting, reload) : null,
  );
}

/**
 * @param {Meeting} meeting
 * @param {Agenda} agenda
 * @param {MeetingAttachment[]} files
 * @param {Reload} reload
 */
function agendaSection(meeting, agenda, files, reload) {
  const items = agenda.items ?? [];
  return h(
    'section',
    { 'aria-labelledby': 'saksliste' },
    h('h2', { id: 'saksliste' }, 'Saksliste'),
    items.length
      ? h(
          'ol',
          { class: 'saksliste' },
          items.map((item, index) => agendaItem(meeting, items, index, files, reload)),
        )
      : h('p', {}, 'Sakslisten er tom.'),
    slutt(agenda.estimatedEnd, items),
    agenda.warning ? h('p', { class: 'advarsler' }, agenda.warning) : null,
    agenda.withdrawnItems?.length
      ? [
          h('h3', {}, 'Trukket fra sakslisten'),
          h(
            'ul',
            {},
            agenda.withdrawnItems.map((item) => h('li', {}, headingText(item))),
          ),
        ]
      : null,
  );
}

function headingText(/** @type {AgendaItem} */ item) {
  if (item.kind === AgendaItemKind.CASE) return `Sak ${item.caseNumber} ${item.title}`;
  if (item.kind === AgendaItemKind.PRESENTATION) return `Presentasjon: ${item.title}`;
  return item.title || itemKindNames[item.kind] || '';
}

/**
 * @param {Meeting} meeting
 * @param {AgendaItem[]} items
 * @param {number} index
 * @param {MeetingAttachment[]} files
 * @param {Reload} reload
 */
function agendaItem(meeting, items, index, files, reload) {
  const item = items[index];
  const restricted = item.audience === restrictedAudience;
  const type = item.caseType ? caseTypes[item.caseType] : undefined;
  const minutes = (item.durationMinutes ?? 0) + (item.questionMinutes ?? 0);
  const itemFiles = files.filter((file) => item.caseNumber && file.caseNumber === item.caseNumber);
  const linked = (item.attachments ?? []).filter((a) => !itemFiles.some((file) => file.attachmentId === a.documentId));
  return h(
    'li',
    { class: restricted ? 'sak begrenset' : 'sak', id: `punkt-${item.itemId}` },
    restricted ? h('p', { class: 'merkelapp begrenset' }, 'Sak kun for kommunale representanter') : null,
    h(
      'p',
      { class: 'sak-tid' },
      item.startTime ? `${item.startTime}–${item.endTime}` : '',
      minutes ? ` (${minutes} min)` : '',
    ),
    h('h3', {}, headingText(item)),
    type ? h('p', {}, h('span', { class: 'merkelapp' }, `${type.mark} ${type.name}`)) : null,
    item.presenter ? h('p', {}, `Innleder: ${item.presenter}`) : null,
    item.questionMinutes
      ? h('p', {}, `Innlegg ${item.durationMinutes} min og spørsmål ${item.questionMinutes} min`)
      : null,
    item.background ? [h('h4', {}, 'Saksgrunnlag'), h('p', { class: 'tekst' }, item.background)] : null,
    resolution(item),
    itemFiles.length || linked.length
      ? [
          h('h4', {}, 'Vedlegg'),
          h(
            'ul',
            {},
            itemFiles.map((file) => h('li', {}, downloadLink(file.downloadPath, file.title, file.fileName))),
            linked.map((a) => h('li', {}, a.title)),
          ),
        ]
      : null,
    canEdit(meeting) ? itemButtons(meeting, items, index, reload) : null,
  );
}

function resolution(/** @type {AgendaItem} */ item) {
  const points = item.resolutionPoints ?? [];
  const alternatives = item.alternatives ?? [];
  if (!item.proposedResolution && !points.length && !alternatives.length) return null;
  return [
    h('h4', {}, 'Forslag til vedtak'),
    item.proposedResolution ? h('p', {}, item.proposedResolution) : null,
    points.length ? h('ol', {}, points.map(pointItem)) : null,
    alternatives.map((alternative) =>
      h(
        'div',
        { class: 'alternativ' },
        h('p', {}, h('strong', {}, `${alternative.label}:`)),
        h('p', {}, alternative.text),
      ),
    ),
  ];
}

// A resolution point may carry a sub-list (04.24's point 3): its lines that begin with "-" or "•".
const subListLine = /^\s*[-–•]\s*/;

function pointItem(/** @type {string} */ point) {
  const [first, ...rest] = String(point).split('\n');
  const sub = rest.filter((line) => subListLine.test(line)).map((line) => line.replace(subListLine, ''));
  const more = rest.filter((line) => !subListLine.test(line) && line.trim());
  return h(
    'li',
    {},
    [first, ...more].join(' '),
    sub.length
      ? h(
          'ul',
          {},
          sub.map((line) => h('li', {}, line)),
        )
      : null,
  );
}

/** The points as typed: one a line, and a line beginning with "-" or "•" belongs to the point above it. */
function resolutionPoints(/** @type {FormDataEntryValue | null} */ text) {
  /** @type {string[]} */
  const points = [];
  for (const line of String(text ?? '')
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim())) {
    if (subListLine.test(line) && points.length)
      points[points.length - 1] += `\n- ${line.replace(subListLine, '').trim()}`;
    else points.push(line.trim());
  }
  return points;
}

/**
 * @param {Meeting} meeting
 * @param {AgendaItem[]} items
 * @param {number} index
 * @param {Reload} reload
 */
function itemButtons(meeting, items, index, reload) {
  const item = items[index];
  const move = async (/** @type {number} */ offset) => {
    const order = items.map((i) => i.itemId);
    [order[index], order[index + offset]] = [order[index + offset], order[index]];
    try {
      await reorderAgenda(meeting.meetingId, order);
      await reload();
      announce(`«${headingText(item)}» er flyttet.`, 'ok');
      /** @type {HTMLButtonElement | null} */ (
        document.querySelector(`#punkt-${CSS.escape(item.itemId)} button`)
      )?.focus();
    } catch (error) {
      announce(refusalText(error), 'feil');
    }
  };
  const withdraw = async () => {
    if (!confirm(`Trekke «${headingText(item)}» fra sakslisten? Saksnummeret brukes ikke på nytt.`)) return;
    try {
      await withdrawAgendaItem(meeting.meetingId, item.itemId);
      await reload();
      announce(`«${headingText(item)}» er trukket.`, 'ok');
    } catch (error) {
      announce(refusalText(error), 'feil');
    }
  };
  const label = headingText(item);
  return h(
    'div',
    { class: 'knapper' },
    h(
      'button',
      { type: 'button', class: 'sekundær liten', 'aria-label': `Endre ${label}`, onclick: () => editItem(item) },
      'Endre',
    ),
    index > 0
      ? h(
          'button',
          { type: 'button', class: 'sekundær liten', 'aria-label': `Flytt opp ${label}`, onclick: () => move(-1) },
          'Flytt opp',
        )
      : null,
    index < items.length - 1
      ? h(
          'button',
          { type: 'button', class: 'sekundær liten', 'aria-label': `Flytt ned ${label}`, onclick: () => move(1) },
          'Flytt ned',
        )
      : null,
    h(
      'button',
      { type: 'button', class: 'sekundær liten', 'aria-label': `Trekk ${label}`, onclick: withdraw },
      'Trekk',
    ),
  );
}

/** An attachment readable by more people than its case: all members for a case of municipal representatives only. */
const widerThanCase = (/** @type {MeetingAttachment} */ file, /** @type {AgendaItem[]} */ items) =>
  file.audience !== restrictedAudience &&
  items.some((item) => item.caseNumber && item.caseNumber === file.caseNumber && item.audience === restrictedAudience);

/**
 * The meeting's attachments a page at a time, with «Vis flere vedlegg» while more follow.
 * @param {Meeting} meeting
 * @param {Paged<MeetingAttachment>} first
 * @param {Reload} reload
 * @param {AgendaItem[]} items
 */
function attachmentSection(meeting, first, reload, items) {
  return h(
    'section',
    { 'aria-labelledby': 'vedlegg' },
    h('h2', { id: 'vedlegg' }, 'Vedlegg'),
    first.items.length
      ? pagedList({
          first,
          itemOf: (file) =>
            h(
              'li',
              {},
              downloadLink(file.downloadPath, file.title, file.fileName),
              ` (${[file.caseNumber ? `sak ${file.caseNumber}` : null, fileSize(file.sizeBytes), file.audience === restrictedAudience ? 'kun kommunale representanter' : null].filter(Boolean).join(', ')})`,
              isSecretariat() && widerThanCase(file, items)
                ? h(
                    'strong',
                    { class: 'feil' },
                    ` Advarsel: alle representantene kan lese vedlegget, men sak ${file.caseNumber} er kun for kommunale representanter.`,
                  )
                : null,
            ),
          next: (pageToken) => listAttachmentsPage(meeting.meetingId, pageToken),
          more: 'Vis flere vedlegg',
        })
      : h('p', {}, 'Ingen vedlegg ennå.'),
    canEdit(meeting) ? uploadForm(meeting, reload, items) : null,
  );
}

/** The item as the secretariat wrote it, for a change of its attachments only. */
/** @returns {AgendaItemInput} */
function inputOf(/** @type {AgendaItem} */ item) {
  return {
    kind: item.kind,
    title: item.title,
    durationMinutes: item.durationMinutes ?? 0,
    questionMinutes: item.questionMinutes ?? 0,
    caseType: item.caseType ?? CaseType.UNSPECIFIED,
    presenter: item.presenter ?? '',
    background: item.background ?? '',
    proposedResolution: item.proposedResolution ?? '',
    resolutionPoints: item.resolutionPoints ?? [],
    alternatives: (item.alternatives ?? []).map((a) => a.text),
    audience: item.audience || Audience.ALL_MEMBERS,
    attachments: item.attachments ?? [],
  };
}

function uploadForm(/** @type {Meeting} */ meeting, /** @type {Reload} */ reload, /** @type {AgendaItem[]} */ items) {
  const form = h(
    'form',
    { id: 'vedleggskjema', novalidate: true },
    h('h3', {}, 'Last opp vedlegg'),
    field('Fil', h('input', { name: 'file', type: 'file', required: true })),
    field('Tittel', h('input', { name: 'title', autocomplete: 'off' }), 'Står tom: filnavnet brukes.'),
    field(
      'Saksnummer',
      h('input', { name: 'caseNumber', autocomplete: 'off', inputmode: 'decimal' }),
      'For eksempel 04.24. Tomt: vedlegg til hele møtet.',
    ),
    field(
      'Hvem kan lese det',
      h(
        'select',
        { name: 'audience' },
        Object.entries(audiences).map(([value, text]) => h('option', { value }, text)),
      ),
    ),
    field(
      'Offentlighet',
      h(
        'select',
        { name: 'publicAccess' },
        h('option', { value: 'public' }, 'Offentlig'),
        h('option', { value: 'exempt' }, 'Unntatt offentlighet'),
      ),
    ),
    field(
      'Hjemmel for unntak',
      h('input', { name: 'exemptionBasis', autocomplete: 'off' }),
      'For eksempel «Offl. § 14». Bare ved unntak.',
    ),
    h('button', { type: 'submit' }, 'Last opp'),
  );
  onSubmit(form, async () => {
    const data = new FormData(form);
    const upload = new FormData();
    for (const name of ['title', 'caseNumber', 'audience', 'publicAccess', 'exemptionBasis']) {
      const value = String(data.get(name) ?? '').trim();
      if (value) upload.append(name, value);
    }
    upload.append('file', data.get('file') ?? '');
    const caseNumber = String(data.get('caseNumber') ?? '').trim();
    const item = caseNumber ? items.find((i) => i.caseNumber === caseNumber) : null;
    if (caseNumber && !item)
      throw new ApiError(400, '', [{ field: 'caseNumber', description: `Sakslisten har ingen sak ${caseNumber}.` }]);
    if (item?.audience === restrictedAudience && data.get('audience') !== restrictedAudience) {
      throw new ApiError(400, '', [
        {
          field: 'audience',
          description: `Sak ${caseNumber} er kun for kommunale representanter. Velg det samme for vedlegget, ellers kan alle lese det.`,
        },
      ]);
    }
    const uploaded = await uploadAttachment(meeting.meetingId, upload);
    // Linked to its case, the attachment appears in the notice's "Vedlegg" list for the case.
    if (item) {
      const input = inputOf(item);
      input.attachments = [...(input.attachments ?? []), { documentId: uploaded.attachmentId, title: uploaded.title }];
      await updateAgendaItem(meeting.meetingId, item.itemId, input);
    }
    await reload();
    announce(item ? `Vedlegget er lastet opp og knyttet til sak ${caseNumber}.` : 'Vedlegget er lastet opp.', 'ok');
  });
  return form;
}

/** @type {AgendaItem | null} */
let editing = null;

function itemForm(/** @type {Meeting} */ meeting, /** @type {Reload} */ reload) {
  const kinds = [
    AgendaItemKind.CASE,
    AgendaItemKind.PRESENTATION,
    AgendaItemKind.BREAK,
    AgendaItemKind.ANY_OTHER_BUSINESS,
  ];
  const form = h(
    'form',
    { id: 'punktskjema', novalidate: true },
    field(
      'Type',
      h(
        'select',
        { name: 'kind' },
        kinds.map((kind) => h('option', { value: kind }, itemKindNames[kind])),
      ),
    ),
    field('Tittel', h('input', { name: 'title', autocomplete: 'off' })),
    field(
      'Varighet i minutter',
      h('input', { name: 'durationMinutes', type: 'number', min: '0', inputmode: 'numeric' }),
    ),
    field(
      'Minutter til spørsmål',
      h('input', { name: 'questionMinutes', type: 'number', min: '0', inputmode: 'numeric' }),
      'Bare for presentasjoner.',
    ),
    field(
      'Sakstype',
      h(
        'select',
        { name: 'caseType' },
        h('option', { value: CaseType.UNSPECIFIED }, 'Ikke angitt'),
        Object.entries(caseTypes).map(([value, type]) => h('option', { value }, `${type.mark} ${type.name}`)),
      ),
    ),
    field('Innleder', h('input', { name: 'presenter', autocomplete: 'off' })),
    field('Saksgrunnlag', h('textarea', { name: 'background', rows: '4' })),
    field(
      'Forslag til vedtak',
      h('textarea', { name: 'proposedResolution', rows: '3' }),
      'Eller innledningen når vedtaket har nummererte punkter.',
    ),
    field(
      'Nummererte vedtakspunkter',
      h('textarea', { name: 'resolutionPoints', rows: '6' }),
      'Ett punkt per linje. En linje som begynner med «-» er et underpunkt til punktet over.',
    ),
    field(
      'Alternative forslag til vedtak',
      h('textarea', { name: 'alternatives', rows: '3' }),
      'Ett alternativ per linje: Alternativ 1, Alternativ 2 …',
    ),
    field(
      'Hvem saken gjelder',
      h(
        'select',
        { name: 'audience' },
        Object.entries(audiences).map(([value, text]) => h('option', { value }, text)),
      ),
    ),
    h(
      'div',
      { class: 'knapper' },
      h('button', { type: 'submit' }, 'Lagre punktet'),
      h('button', { type: 'button', class: 'sekundær', onclick: () => startNew(form) }, 'Tøm skjemaet'),
    ),
  );

  onSubmit(form, async () => {
    const input = itemInput(new FormData(form));
    const saved = editing
      ? await updateAgendaItem(meeting.meetingId, editing.itemId, { ...input, attachments: editing.attachments ?? [] })
      : await addAgendaItem(meeting.meetingId, input);
    editing = null;
    await reload();
    announce(`«${headingText(saved)}» er lagret.`, 'ok');
  });
  editing = null;
  return h(
    'section',
    { 'aria-labelledby': 'punktskjema-tittel' },
    h('h2', { id: 'punktskjema-tittel' }, 'Legg til punkt på sakslisten'),
    form,
  );
}

const lines = (/** @type {FormDataEntryValue | null} */ text) =>
  String(text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** @returns {AgendaItemInput} */
function itemInput(/** @type {FormData} */ data) {
  const text = (/** @type {string} */ name) => String(data.get(name) ?? '').trim();
  return {
    kind: /** @type {AgendaItemKind} */ (text('kind')),
    title: String(data.get('title') ?? '').trim(),
    durationMinutes: Number(data.get('durationMinutes') || 0),
    questionMinutes: Number(data.get('questionMinutes') || 0),
    caseType: /** @type {CaseType} */ (text('caseType')),
    presenter: String(data.get('presenter') ?? '').trim(),
    background: String(data.get('background') ?? '').trim(),
    proposedResolution: String(data.get('proposedResolution') ?? '').trim(),
    resolutionPoints: resolutionPoints(data.get('resolutionPoints')),
    alternatives: lines(data.get('alternatives')),
    audience: /** @type {Audience} */ (text('audience')),
  };
}

function startNew(/** @type {HTMLFormElement} */ form) {
  editing = null;
  form.reset();
  clearErrors(form);
  /** @type {HTMLElement} */ (document.getElementById('punktskjema-tittel')).textContent =
    'Legg til punkt på sakslisten';
}

function editItem(/** @type {AgendaItem} */ item) {
  const form = /** @type {HTMLFormElement} */ (document.getElementById('punktskjema'));
  clearErrors(form);
  editing = item;
  const values = {
    kind: item.kind,
    title: item.title,
    durationMinutes: item.durationMinutes ?? 0,
    questionMinutes: item.questionMinutes ?? 0,
    caseType: item.caseType ?? CaseType.UNSPECIFIED,
    presenter: item.presenter ?? '',
    background: item.background ?? '',
    proposedResolution: item.proposedResolution ?? '',
    resolutionPoints: (item.resolutionPoints ?? []).join('\n'),
    alternatives: (item.alternatives ?? []).map((a) => a.text).join('\n'),
    audience: item.audience || Audience.ALL_MEMBERS,
  };
  const controls = controlsOf(form);
  for (const [name, value] of Object.entries(values)) controls[name].value = String(value);
  const heading = /** @type {HTMLElement} */ (document.getElementById('punktskjema-tittel'));
  heading.textContent = `Endre ${headingText(item)}`;
  heading.scrollIntoView();
  controls.title.focus();
}

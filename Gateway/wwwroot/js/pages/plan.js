// @ts-check
// Årsplan: the year's meetings per arena and region, the calendar link, and (secretariat) the import of the plan table.
import { ApiError } from '../api.js';
import {
  listArenas,
  listRegions,
  listMeetings,
  getPlan,
  approvePlan,
  importPlan,
  calendarPath,
  reschedulePlanned,
  cancelPlanned,
  markPlannedHeld,
  createMeeting,
  PlanStatus,
  PlannedMeetingStatus,
  MeetingStatus,
} from '../hfi-api.js';
import { h, render, field, table, announce, loading, fill, osloInstant } from '../dom.js';
import { navigate } from '../app.js';
import { onSubmit, controlsOf } from '../forms.js';
import { isSecretariat } from '../session.js';
import { counted, planStatusNames, plannedStatusNames, topicMarks } from '../labels.js';
import { loadPage, loadPart } from './guard.js';
/** @import { Plan, ArenaPlan, PlannedMeeting, Meeting, PlanConflict, ImportPlanResponse } from '../types.js' */
/** @typedef {() => Promise<void>} Reload */

const title = 'Årsplan';
/** @type {Record<string, string>} */
const fileTypes = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  txt: 'text/plain; charset=utf-8',
};

export async function show() {
  const query = new URLSearchParams(location.search);
  const year = Number(query.get('ar')) || 2025;
  const loaded = await loadPage(title, () => Promise.all([listArenas(), listRegions()]));
  if (!loaded) return;
  const [arenas, regions] = loaded;

  const planArea = h('div', { id: 'plan' }, loading());
  const choose = h(
    'form',
    { class: 'filter', method: 'get', action: '/arsplan' },
    field(
      'År',
      h('input', { name: 'ar', type: 'number', min: '2000', max: '2100', value: String(year), inputmode: 'numeric' }),
    ),
    field(
      'Arena',
      h(
        'select',
        { name: 'arena' },
        h('option', { value: '' }, 'Alle arenaer'),
        arenas.map((a) => h('option', { value: a.arenaId, selected: a.arenaId === query.get('arena') }, a.name)),
      ),
    ),
    field(
      'Helseregion',
      h(
        'select',
        { name: 'region' },
        h('option', { value: '' }, 'Alle helseregioner'),
        regions.map((r) => h('option', { value: r.regionId, selected: r.regionId === query.get('region') }, r.name)),
      ),
    ),
    h('button', { type: 'submit' }, 'Vis'),
  );

  render(
    h('h1', {}, `${title} ${year}`),
    choose,
    calendarLink(year, query.get('arena'), query.get('region')),
    planArea,
    isSecretariat() ? importForm(year, () => loadPlan(planArea, year, query)) : null,
  );
  await loadPlan(planArea, year, query);
}

function calendarLink(
  /** @type {number} */ year,
  /** @type {string | null} */ arenaId,
  /** @type {string | null} */ regionId,
) {
  return h(
    'p',
    {},
    h(
      'a',
      { href: calendarPath(year, arenaId, regionId), class: 'kalender' },
      `Kalender for ${year} (.ics) – legg møtene inn i din egen kalender`,
    ),
  );
}

async function loadPlan(
  /** @type {HTMLElement} */ area,
  /** @type {number} */ year,
  /** @type {URLSearchParams} */ query,
) {
  const plan = await loadPart(area, () =>
    getPlan(year).catch((error) => {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }),
  );
  if (plan === null) {
    // No plan for the year yet is an ordinary state, not a failure.
    fill(area, h('p', {}, `Det finnes ingen årsplan for ${year} ennå.`));
    return;
  }
  if (!plan) return;
  const arenaId = query.get('arena');
  const regionId = query.get('region');
  // The meetings created from the plan, by their plan entry: each row links to its meeting.
  const created = await listMeetings({ year }).then(
    (answer) => answer.meetings ?? [],
    () => [],
  );
  /** @type {Record<string, Meeting>} */
  const meetingOf = Object.fromEntries(created.filter((m) => m.plannedMeetingId).map((m) => [m.plannedMeetingId, m]));
  const reload = () => loadPlan(area, year, query);
  const secretariat = isSecretariat();
  const sections = (plan.arenas ?? [])
    .filter((arena) => !arenaId || arena.arenaId === arenaId)
    .map((arena) => ({
      ...arena,
      meetings: (arena.meetings ?? []).filter((m) => !regionId || m.regionId === regionId),
    }))
    .filter((arena) => arena.meetings.length > 0)
    .map((arena) =>
      h(
        'section',
        { class: 'arena' },
        h('h2', {}, arena.arenaName || 'Arena ikke gjenkjent'),
        table(
          `Møter i ${arena.arenaName || 'ukjent arena'} ${year}`,
          ['Helseregion', 'Dag', 'Dato', 'Klokkeslett', 'Sted', 'Status', 'Saker', 'Møtet'],
          arena.meetings.map((meeting) =>
            meetingRow(
              meeting,
              meetingOf[meeting.plannedMeetingId],
              secretariat ? plannedActions(plan, arena, meeting, meetingOf[meeting.plannedMeetingId], reload) : null,
            ),
          ),
        ),
      ),
    );

  fill(
    area,
    h(
      'p',
      {},
      `Status: ${plan.status ? planStatusNames[plan.status] : 'Utkast'}`,
      plan.approvalCase ? ` (${plan.approvalCase})` : '',
      `. Versjon ${plan.version ?? 1}.`,
    ),
    secretariat && plan.status !== PlanStatus.APPROVED ? approveForm(year, plan, reload) : null,
    sections.length ? sections : h('p', {}, 'Ingen møter passer utvalget.'),
    conflictList(plan.conflicts),
  );
}

/**
 * @param {PlannedMeeting} meeting
 * @param {Meeting | undefined} created
 * @param {HTMLElement | null} actions
 */
function meetingRow(meeting, created, actions) {
  return h(
    'tr',
    { id: `plan-${meeting.plannedMeetingId}` },
    h('td', {}, meeting.regionName ?? ''),
    h('td', {}, meeting.weekday ?? ''),
    h('td', {}, meeting.dateText ?? ''),
    h('td', {}, meeting.timeText || [meeting.startTime, meeting.endTime].filter(Boolean).join('–')),
    h('td', {}, meeting.place || 'Kommer'),
    h('td', {}, meeting.status ? plannedStatusNames[meeting.status] : ''),
    h('td', {}, topicList(meeting)),
    h('td', {}, created ? createdLink(created) : 'Ikke opprettet', actions),
  );
}

/** The meeting made from the plan entry; a cancelled one says so, with its reason. */
function createdLink(/** @type {Meeting} */ created) {
  const cancelled = created.status === MeetingStatus.CANCELLED;
  return [
    h('a', { href: `/moter/${encodeURIComponent(created.meetingId)}` }, created.title),
    cancelled
      ? h('strong', { class: 'avlyst-tekst' }, ` (avlyst${created.cancelReason ? `: ${created.cancelReason}` : ''})`)
      : null,
  ];
}

function approveForm(/** @type {number} */ year, /** @type {Plan} */ plan, /** @type {Reload} */ reload) {
  const form = h(
    'form',
    { novalidate: true, id: 'vedta-plan' },
    field(
      'Saksnummer for vedtaket',
      h('input', { name: 'approvalCase', autocomplete: 'off' }),
      'For eksempel «sak 33/24».',
    ),
    h(
      'button',
      { type: 'submit' },
      plan.status === PlanStatus.REVISED ? `Vedta den reviderte årsplanen for ${year}` : `Vedta årsplanen for ${year}`,
    ),
  );
  onSubmit(form, async () => {
    const approvalCase = controlsOf(form).approvalCase.value.trim();
    if (!approvalCase)
      throw new ApiError(400, '', [
        { field: 'approvalCase', description: 'Fyll inn saksnummeret, for eksempel «sak 33/24».' },
      ]);
    await approvePlan(year, approvalCase, plan.version ?? 1);
    await reload();
    announce(`Årsplanen for ${year} er vedtatt (${approvalCase}).`, 'ok');
  });
  return h(
    'section',
    { 'aria-labelledby': 'vedta-tittel' },
    h(
      'h2',
      { id: 'vedta-tittel' },
      plan.status === PlanStatus.REVISED ? 'Vedta den reviderte årsplanen' : 'Vedta årsplanen',
    ),
    plan.status === PlanStatus.REVISED
      ? h(
          'p',
          { class: 'hint' },
          `Planen er endret etter vedtaket${plan.approvalCase ? ` i ${plan.approvalCase}` : ''}.`,
        )
      : null,
    form,
  );
}

/** The secretariat's steps for one planned meeting: move, cancel, mark held, or create the meeting it becomes. */
/**
 * @param {Plan} plan
 * @param {ArenaPlan} arena
 * @param {PlannedMeeting} meeting
 * @param {Meeting | undefined} created
 * @param {Reload} reload
 */
function plannedActions(plan, arena, meeting, created, reload) {
  const id = meeting.plannedMeetingId;
  const label = `${arena.arenaName ?? ''} ${meeting.dateText ?? ''}`.trim();
  const version = plan.version ?? 1;
  const closed = meeting.status === PlannedMeetingStatus.CANCELLED || meeting.status === PlannedMeetingStatus.HELD;
  const parts = [];
  if (!closed) {
    const move = h(
      'form',
      { novalidate: true },
      field(
        'Ny dato',
        h('input', { name: 'dateText', autocomplete: 'off', value: meeting.dateText ?? '' }),
        'Som i planen: «28.aug.25», «uke 35».',
      ),
      field(
        'Klokkeslett',
        h('input', { name: 'timeText', autocomplete: 'off', value: meeting.timeText ?? '' }),
        'For eksempel «10:00-14:00».',
      ),
      field('Sted', h('input', { name: 'place', autocomplete: 'off', value: meeting.place ?? '' }), 'Tomt: kommer.'),
      field('Begrunnelse', h('input', { name: 'reason', autocomplete: 'off' })),
      h('button', { type: 'submit', class: 'liten' }, `Flytt ${label}`),
    );
    onSubmit(move, async () => {
      const value = (/** @type {string} */ name) => controlsOf(move)[name].value.trim();
      await reschedulePlanned(id, {
        expectedVersion: version,
        dateText: value('dateText'),
        timeText: value('timeText'),
        place: value('place') || 'kommer',
        reason: value('reason'),
      });
      await reload();
      announce(`${label} er flyttet.`, 'ok');
    });
    const cancel = h(
      'form',
      { novalidate: true },
      field('Grunn til avlysning', h('input', { name: 'reason', autocomplete: 'off' })),
      h('button', { type: 'submit', class: 'sekundær liten' }, `Avlys ${label}`),
    );
    onSubmit(cancel, async () => {
      await cancelPlanned(id, version, controlsOf(cancel).reason.value.trim());
      await reload();
      announce(`${label} er avlyst.`, 'ok');
    });
    const held = h(
      'form',
      { novalidate: true },
      h('button', { type: 'submit', class: 'sekundær liten' }, `Marker ${label} som avholdt`),
    );
    onSubmit(held, async () => {
      await markPlannedHeld(id, version);
      await reload();
      announce(`${label} er markert som avholdt.`, 'ok');
    });
    parts.push(h('h4', {}, 'Flytt'), move, h('h4', {}, 'Avlys'), cancel, held);
  }
  if (!created && meeting.arenaId && meeting.status !== PlannedMeetingStatus.CANCELLED)
    parts.push(h('h4', {}, 'Opprett møtet'), createForm(arena, meeting));
  if (!parts.length) return null;
  return h('details', { class: 'innfelt' }, h('summary', {}, `Endre ${label}`), parts);
}

function createForm(/** @type {ArenaPlan} */ arena, /** @type {PlannedMeeting} */ meeting) {
  const form = h(
    'form',
    { novalidate: true },
    field('Tittel', h('input', { name: 'title', autocomplete: 'off', value: arena.arenaName ?? '' })),
    field(
      'Dato',
      h('input', { name: 'date', type: 'date', value: meeting.firstDate ?? '' }),
      meeting.isExactDate ? null : `Planen sier «${meeting.dateText}»: velg dagen.`,
    ),
    field('Starter kl.', h('input', { name: 'startsAt', type: 'time', value: meeting.startTime ?? '' })),
    field('Slutter kl.', h('input', { name: 'endsAt', type: 'time', value: meeting.endTime ?? '' })),
    field('Sted', h('input', { name: 'place', autocomplete: 'off', value: meeting.place ?? '' })),
    h('button', { type: 'submit', class: 'liten' }, 'Opprett møtet fra planen'),
  );
  onSubmit(form, async () => {
    const value = (/** @type {string} */ name) => controlsOf(form)[name].value.trim();
    const missing = ['title', 'date', 'startsAt', 'endsAt'].filter((name) => !value(name));
    if (missing.length)
      throw new ApiError(
        400,
        '',
        missing.map((name) => ({ field: name, description: 'Må fylles ut.' })),
      );
    const created = await createMeeting({
      arenaId: meeting.arenaId ?? '',
      plannedMeetingId: meeting.plannedMeetingId,
      title: value('title'),
      place: value('place'),
      startsAt: osloInstant(value('date'), value('startsAt')),
      endsAt: osloInstant(value('date'), value('endsAt')),
    });
    announce(`Møtet «${created.title}» er opprettet fra årsplanen.`, 'ok');
    await navigate(`/moter/${encodeURIComponent(created.meetingId)}`);
  });
  return form;
}

function topicList(/** @type {PlannedMeeting} */ meeting) {
  /** @type {import('../types.js').PlannedTopic[]} */
  const topics = meeting.plannedTopics?.length
    ? meeting.plannedTopics
    : (meeting.topics ?? []).map((text) => ({ text }));
  if (!topics.length) return '';
  return h(
    'ul',
    { class: 'kompakt' },
    topics.map((topic) =>
      h(
        'li',
        {},
        topic.text,
        topic.points?.length
          ? h(
              'ul',
              {},
              topic.points.map((point) =>
                h(
                  'li',
                  {},
                  point.text,
                  point.mark && point.mark in topicMarks
                    ? ` ${topicMarks[/** @type {keyof typeof topicMarks} */ (point.mark)]}`
                    : '',
                ),
              ),
            )
          : null,
      ),
    ),
  );
}

function conflictList(/** @type {PlanConflict[] | undefined} */ conflicts) {
  if (!conflicts?.length) return null;
  return h(
    'section',
    { class: 'advarsler' },
    h('h2', {}, 'Kollisjoner i planen'),
    h(
      'ul',
      {},
      conflicts.map((conflict) => h('li', {}, conflict.message)),
    ),
  );
}

function importForm(/** @type {number} */ year, /** @type {Reload} */ reload) {
  const result = h('div', { class: 'importresultat', 'aria-live': 'polite' });
  const form = h(
    'form',
    { novalidate: true },
    h(
      'p',
      {},
      'Lim inn tabellen slik sekretariatet fører den (kolonner skilt med tabulator), eller velg en Word- eller Excel-fil. Rader som allerede er importert, blir stående som de er.',
    ),
    field('Plantabell', h('textarea', { name: 'table', rows: '10', spellcheck: 'false' })),
    field(
      'Eller velg en fil',
      h('input', { name: 'file', type: 'file', accept: '.docx,.xlsx,.txt' }),
      'Word (.docx), Excel (.xlsx) eller tekst (.txt).',
    ),
    h(
      'div',
      { class: 'knapper' },
      h('button', { type: 'submit', name: 'mode', value: 'dry-run' }, 'Kontroller uten å lagre'),
      h('button', { type: 'submit', name: 'mode', value: 'import', class: 'sekundær' }, 'Importer'),
    ),
  );

  onSubmit(form, async (event) => {
    const dryRun = /** @type {HTMLButtonElement | null} */ (event.submitter)?.value !== 'import';
    const data = new FormData(form);
    const file = data.get('file');
    /** @type {BodyInit} */
    let body;
    /** @type {string} */
    let contentType;
    if (file instanceof File && file.size > 0) {
      const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
      contentType = fileTypes[extension] ?? file.type;
      body = file;
    } else {
      body = String(data.get('table') ?? '');
      contentType = fileTypes.txt;
      if (!body.trim()) {
        throw new ApiError(400, '', [{ field: 'table', description: 'Lim inn tabellen eller velg en fil.' }]);
      }
    }
    const answer = await importPlan(year, body, contentType, dryRun);
    fill(result, importResult(answer));
    const summary = `${counted(answer.created?.length, 'nytt møte', 'nye møter')}, ${counted(answer.warnings?.length, 'advarsel', 'advarsler')}.`;
    announce(dryRun ? `Kontrollen er ferdig: ${summary}` : `Importert: ${summary}`, 'ok');
    if (!dryRun) await reload();
  });

  return h('section', { class: 'import' }, h('h2', {}, `Importer årsplanen for ${year}`), form, result);
}

function importResult(/** @type {ImportPlanResponse} */ answer) {
  const warnings = answer.warnings ?? [];
  return [
    h('h3', {}, answer.dryRun ? 'Resultat av kontrollen (ingenting er lagret)' : 'Resultat av importen'),
    h(
      'p',
      {},
      `${counted(answer.created?.length, 'nytt møte', 'nye møter')}. ${counted(answer.alreadyImported, 'rad var', 'rader var')} importert fra før.`,
    ),
    warnings.length
      ? table(
          'Advarsler per rad',
          ['Rad', 'Melding'],
          warnings.map((w) => h('tr', { class: 'advarsel' }, h('td', {}, String(w.row)), h('td', {}, w.message))),
        )
      : h('p', {}, 'Ingen advarsler.'),
    conflictList(answer.conflicts),
  ];
}

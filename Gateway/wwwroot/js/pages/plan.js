// Årsplan: the year's meetings per arena and region, the calendar link, and (secretariat) the import of the plan table.
import { api, ApiError } from '../api.js';
import { h, render, field, table, announce, loading, fill, osloInstant } from '../dom.js';
import { navigate } from '../app.js';
import { onSubmit } from '../forms.js';
import { isSecretariat } from '../session.js';
import { counted, planStatusNames, plannedStatusNames, topicMarks } from '../labels.js';
import { renderFailure } from './guard.js';

const title = 'Årsplan';
const fileTypes = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  txt: 'text/plain; charset=utf-8',
};

export async function show() {
  const query = new URLSearchParams(location.search);
  const year = Number(query.get('ar')) || 2025;
  let arenas, regions;
  try {
    [arenas, regions] = await Promise.all([api('/api/planning/arenas'), api('/api/planning/regions')]);
  } catch (error) {
    renderFailure(title, error);
    return;
  }

  const planArea = h('div', { id: 'plan' }, loading());
  const choose = h('form', { class: 'filter', method: 'get', action: '/arsplan' },
    field('År', h('input', { name: 'ar', type: 'number', min: '2000', max: '2100', value: String(year), inputmode: 'numeric' })),
    field('Arena', h('select', { name: 'arena' }, h('option', { value: '' }, 'Alle arenaer'),
      arenas.arenas.map((a) => h('option', { value: a.arenaId, selected: a.arenaId === query.get('arena') }, a.name)))),
    field('Helseregion', h('select', { name: 'region' }, h('option', { value: '' }, 'Alle helseregioner'),
      regions.regions.map((r) => h('option', { value: r.regionId, selected: r.regionId === query.get('region') }, r.name)))),
    h('button', { type: 'submit' }, 'Vis'));

  render(
    h('h1', {}, `${title} ${year}`),
    choose,
    calendarLink(year, query.get('arena'), query.get('region')),
    planArea,
    isSecretariat() ? importForm(year, () => loadPlan(planArea, year, query)) : null);
  await loadPlan(planArea, year, query);
}

function calendarLink(year, arenaId, regionId) {
  const path = arenaId ? `/api/planning/plans/${year}/arenas/${encodeURIComponent(arenaId)}/calendar.ics`
    : regionId ? `/api/planning/plans/${year}/regions/${encodeURIComponent(regionId)}/calendar.ics`
      : `/api/planning/plans/${year}/calendar.ics`;
  return h('p', {}, h('a', { href: path, class: 'kalender' }, `Kalender for ${year} (.ics) – legg møtene inn i din egen kalender`));
}

async function loadPlan(area, year, query) {
  let plan;
  try {
    plan = await api(`/api/planning/plans/${year}`);
  } catch (error) {
    fill(area, h('p', {}, error.status === 404 ? `Det finnes ingen årsplan for ${year} ennå.` : error.message));
    return;
  }
  const arenaId = query.get('arena');
  const regionId = query.get('region');
  // The meetings created from the plan, by their plan entry: each row links to its meeting.
  const created = await api('/api/meetings').then((answer) => answer.meetings ?? []).catch(() => []);
  const meetingOf = Object.fromEntries(created.filter((m) => m.plannedMeetingId).map((m) => [m.plannedMeetingId, m]));
  const reload = () => loadPlan(area, year, query);
  const secretariat = isSecretariat();
  const sections = (plan.arenas ?? [])
    .filter((arena) => !arenaId || arena.arenaId === arenaId)
    .map((arena) => ({ ...arena, meetings: (arena.meetings ?? []).filter((m) => !regionId || m.regionId === regionId) }))
    .filter((arena) => arena.meetings.length > 0)
    .map((arena) => h('section', { class: 'arena' },
      h('h2', {}, arena.arenaName || 'Arena ikke gjenkjent'),
      table(`Møter i ${arena.arenaName || 'ukjent arena'} ${year}`,
        ['Helseregion', 'Dag', 'Dato', 'Klokkeslett', 'Sted', 'Status', 'Saker', 'Møtet'],
        arena.meetings.map((meeting) => meetingRow(meeting, meetingOf[meeting.plannedMeetingId],
          secretariat ? plannedActions(plan, arena, meeting, meetingOf[meeting.plannedMeetingId], reload) : null)))));

  fill(area,
    h('p', {}, `Status: ${planStatusNames[plan.status] ?? 'Utkast'}`, plan.approvalCase ? ` (${plan.approvalCase})` : '', `. Versjon ${plan.version ?? 1}.`),
    secretariat && plan.status !== 'PLAN_STATUS_APPROVED' ? approveForm(year, plan, reload) : null,
    sections.length ? sections : h('p', {}, 'Ingen møter passer utvalget.'),
    conflictList(plan.conflicts));
}

function meetingRow(meeting, created, actions) {
  return h('tr', { id: `plan-${meeting.plannedMeetingId}` },
    h('td', {}, meeting.regionName ?? ''),
    h('td', {}, meeting.weekday ?? ''),
    h('td', {}, meeting.dateText ?? ''),
    h('td', {}, meeting.timeText || [meeting.startTime, meeting.endTime].filter(Boolean).join('–')),
    h('td', {}, meeting.place || 'Kommer'),
    h('td', {}, plannedStatusNames[meeting.status] ?? ''),
    h('td', {}, topicList(meeting)),
    h('td', {}, created ? h('a', { href: `/moter/${encodeURIComponent(created.meetingId)}` }, created.title) : 'Ikke opprettet', actions));
}

function approveForm(year, plan, reload) {
  const form = h('form', { novalidate: true, id: 'vedta-plan' },
    field('Saksnummer for vedtaket', h('input', { name: 'approvalCase', autocomplete: 'off' }), 'For eksempel «sak 33/24».'),
    h('button', { type: 'submit' }, plan.status === 'PLAN_STATUS_REVISED' ? `Vedta den reviderte årsplanen for ${year}` : `Vedta årsplanen for ${year}`));
  onSubmit(form, async () => {
    const approvalCase = form.elements.approvalCase.value.trim();
    if (!approvalCase) throw new ApiError(400, '', [{ field: 'approvalCase', description: 'Fyll inn saksnummeret, for eksempel «sak 33/24».' }]);
    await api(`/api/planning/plans/${year}/approve`, { method: 'POST', json: { approvalCase, expectedVersion: plan.version ?? 1 } });
    await reload();
    announce(`Årsplanen for ${year} er vedtatt (${approvalCase}).`, 'ok');
  });
  return h('section', { 'aria-labelledby': 'vedta-tittel' },
    h('h2', { id: 'vedta-tittel' }, plan.status === 'PLAN_STATUS_REVISED' ? 'Vedta den reviderte årsplanen' : 'Vedta årsplanen'),
    plan.status === 'PLAN_STATUS_REVISED' ? h('p', { class: 'hint' }, `Planen er endret etter vedtaket${plan.approvalCase ? ` i ${plan.approvalCase}` : ''}.`) : null,
    form);
}

/** The secretariat's steps for one planned meeting: move, cancel, mark held, or create the meeting it becomes. */
function plannedActions(plan, arena, meeting, created, reload) {
  const base = `/api/planning/planned-meetings/${encodeURIComponent(meeting.plannedMeetingId)}`;
  const label = `${arena.arenaName ?? ''} ${meeting.dateText ?? ''}`.trim();
  const version = plan.version ?? 1;
  const closed = ['PLANNED_MEETING_STATUS_CANCELLED', 'PLANNED_MEETING_STATUS_HELD'].includes(meeting.status);
  const parts = [];
  if (!closed) {
    const move = h('form', { novalidate: true },
      field('Ny dato', h('input', { name: 'dateText', autocomplete: 'off', value: meeting.dateText ?? '' }), 'Som i planen: «28.aug.25», «uke 35».'),
      field('Klokkeslett', h('input', { name: 'timeText', autocomplete: 'off', value: meeting.timeText ?? '' }), 'For eksempel «10:00-14:00».'),
      field('Sted', h('input', { name: 'place', autocomplete: 'off', value: meeting.place ?? '' }), 'Tomt: kommer.'),
      field('Begrunnelse', h('input', { name: 'reason', autocomplete: 'off' })),
      h('button', { type: 'submit', class: 'liten' }, `Flytt ${label}`));
    onSubmit(move, async () => {
      const value = (name) => move.elements[name].value.trim();
      await api(`${base}/reschedule`, { method: 'POST', json: { expectedVersion: version, dateText: value('dateText'), timeText: value('timeText'), place: value('place') || 'kommer', reason: value('reason') } });
      await reload();
      announce(`${label} er flyttet.`, 'ok');
    });
    const cancel = h('form', { novalidate: true },
      field('Grunn til avlysning', h('input', { name: 'reason', autocomplete: 'off' })),
      h('button', { type: 'submit', class: 'sekundær liten' }, `Avlys ${label}`));
    onSubmit(cancel, async () => {
      await api(`${base}/cancel`, { method: 'POST', json: { expectedVersion: version, reason: cancel.elements.reason.value.trim() } });
      await reload();
      announce(`${label} er avlyst.`, 'ok');
    });
    const held = h('form', { novalidate: true }, h('button', { type: 'submit', class: 'sekundær liten' }, `Marker ${label} som avholdt`));
    onSubmit(held, async () => {
      await api(`${base}/held`, { method: 'POST', json: { expectedVersion: version } });
      await reload();
      announce(`${label} er markert som avholdt.`, 'ok');
    });
    parts.push(h('h4', {}, 'Flytt'), move, h('h4', {}, 'Avlys'), cancel, held);
  }
  if (!created && meeting.arenaId && meeting.status !== 'PLANNED_MEETING_STATUS_CANCELLED') parts.push(h('h4', {}, 'Opprett møtet'), createForm(arena, meeting));
  if (!parts.length) return null;
  return h('details', { class: 'innfelt' }, h('summary', {}, `Endre ${label}`), parts);
}

function createForm(arena, meeting) {
  const form = h('form', { novalidate: true },
    field('Tittel', h('input', { name: 'title', autocomplete: 'off', value: arena.arenaName ?? '' })),
    field('Dato', h('input', { name: 'date', type: 'date', value: meeting.firstDate ?? '' }), meeting.isExactDate ? null : `Planen sier «${meeting.dateText}»: velg dagen.`),
    field('Starter kl.', h('input', { name: 'startsAt', type: 'time', value: meeting.startTime ?? '' })),
    field('Slutter kl.', h('input', { name: 'endsAt', type: 'time', value: meeting.endTime ?? '' })),
    field('Sted', h('input', { name: 'place', autocomplete: 'off', value: meeting.place ?? '' })),
    h('button', { type: 'submit', class: 'liten' }, 'Opprett møtet fra planen'));
  onSubmit(form, async () => {
    const value = (name) => form.elements[name].value.trim();
    const missing = ['title', 'date', 'startsAt', 'endsAt'].filter((name) => !value(name));
    if (missing.length) throw new ApiError(400, '', missing.map((name) => ({ field: name, description: 'Må fylles ut.' })));
    const created = await api('/api/meetings', {
      method: 'POST',
      json: {
        arenaId: meeting.arenaId, plannedMeetingId: meeting.plannedMeetingId, title: value('title'), place: value('place'),
        startsAt: osloInstant(value('date'), value('startsAt')), endsAt: osloInstant(value('date'), value('endsAt')),
      },
    });
    announce(`Møtet «${created.title}» er opprettet fra årsplanen.`, 'ok');
    await navigate(`/moter/${encodeURIComponent(created.meetingId)}`);
  });
  return form;
}

function topicList(meeting) {
  const topics = meeting.plannedTopics?.length ? meeting.plannedTopics : (meeting.topics ?? []).map((text) => ({ text }));
  if (!topics.length) return '';
  return h('ul', { class: 'kompakt' }, topics.map((topic) =>
    h('li', {}, topic.text, topic.points?.length
      ? h('ul', {}, topic.points.map((point) => h('li', {}, point.text, point.mark && topicMarks[point.mark] ? ` ${topicMarks[point.mark]}` : '')))
      : null)));
}

function conflictList(conflicts) {
  if (!conflicts?.length) return null;
  return h('section', { class: 'advarsler' },
    h('h2', {}, 'Kollisjoner i planen'),
    h('ul', {}, conflicts.map((conflict) => h('li', {}, conflict.message))));
}

function importForm(year, reload) {
  const result = h('div', { class: 'importresultat', 'aria-live': 'polite' });
  const form = h('form', { novalidate: true },
    h('p', {}, 'Lim inn tabellen slik sekretariatet fører den (kolonner skilt med tabulator), eller velg en Word- eller Excel-fil. Rader som allerede er importert, blir stående som de er.'),
    field('Plantabell', h('textarea', { name: 'table', rows: '10', spellcheck: 'false' })),
    field('Eller velg en fil', h('input', { name: 'file', type: 'file', accept: '.docx,.xlsx,.txt' }), 'Word (.docx), Excel (.xlsx) eller tekst (.txt).'),
    h('div', { class: 'knapper' },
      h('button', { type: 'submit', name: 'mode', value: 'dry-run' }, 'Kontroller uten å lagre'),
      h('button', { type: 'submit', name: 'mode', value: 'import', class: 'sekundær' }, 'Importer')));

  onSubmit(form, async (event) => {
    const dryRun = event.submitter?.value !== 'import';
    const data = new FormData(form);
    const file = data.get('file');
    let body, contentType;
    if (file && file.size > 0) {
      const extension = file.name.split('.').pop().toLowerCase();
      contentType = fileTypes[extension] ?? file.type;
      body = file;
    } else {
      body = String(data.get('table') ?? '');
      contentType = fileTypes.txt;
      if (!body.trim()) {
        throw new ApiError(400, '', [{ field: 'table', description: 'Lim inn tabellen eller velg en fil.' }]);
      }
    }
    const answer = await api(`/api/planning/plans/${year}/import?dryRun=${dryRun}`, { method: 'POST', body, contentType });
    fill(result, importResult(answer));
    const summary = `${counted(answer.created?.length, 'nytt møte', 'nye møter')}, ${counted(answer.warnings?.length, 'advarsel', 'advarsler')}.`;
    announce(dryRun ? `Kontrollen er ferdig: ${summary}` : `Importert: ${summary}`, 'ok');
    if (!dryRun) await reload();
  });

  return h('section', { class: 'import' }, h('h2', {}, `Importer årsplanen for ${year}`), form, result);
}

function importResult(answer) {
  const warnings = answer.warnings ?? [];
  return [
    h('h3', {}, answer.dryRun ? 'Resultat av kontrollen (ingenting er lagret)' : 'Resultat av importen'),
    h('p', {}, `${counted(answer.created?.length, 'nytt møte', 'nye møter')}. ${counted(answer.alreadyImported, 'rad var', 'rader var')} importert fra før.`),
    warnings.length
      ? table('Advarsler per rad', ['Rad', 'Melding'],
        warnings.map((w) => h('tr', { class: 'advarsel' }, h('td', {}, String(w.row)), h('td', {}, w.message))))
      : h('p', {}, 'Ingen advarsler.'),
    conflictList(answer.conflicts),
  ];
}

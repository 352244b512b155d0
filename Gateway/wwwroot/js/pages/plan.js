// Årsplan: the year's meetings per arena and region, the calendar link, and (secretariat) the import of the plan table.
import { api, ApiError } from '../api.js';
import { h, render, field, table, announce, loading, fill } from '../dom.js';
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
  const sections = (plan.arenas ?? [])
    .filter((arena) => !arenaId || arena.arenaId === arenaId)
    .map((arena) => ({ ...arena, meetings: (arena.meetings ?? []).filter((m) => !regionId || m.regionId === regionId) }))
    .filter((arena) => arena.meetings.length > 0)
    .map((arena) => h('section', { class: 'arena' },
      h('h2', {}, arena.arenaName || 'Arena ikke gjenkjent'),
      table(`Møter i ${arena.arenaName || 'ukjent arena'} ${year}`,
        ['Helseregion', 'Dag', 'Dato', 'Klokkeslett', 'Sted', 'Status', 'Saker'],
        arena.meetings.map(meetingRow))));

  fill(area,
    h('p', {}, `Status: ${planStatusNames[plan.status] ?? 'Utkast'}`, plan.approvalCase ? ` (${plan.approvalCase})` : '', `. Versjon ${plan.version ?? 1}.`),
    sections.length ? sections : h('p', {}, 'Ingen møter passer utvalget.'),
    conflictList(plan.conflicts));
}

function meetingRow(meeting) {
  return h('tr', {},
    h('td', {}, meeting.regionName ?? ''),
    h('td', {}, meeting.weekday ?? ''),
    h('td', {}, meeting.dateText ?? ''),
    h('td', {}, meeting.timeText || [meeting.startTime, meeting.endTime].filter(Boolean).join('–')),
    h('td', {}, meeting.place || 'Kommer'),
    h('td', {}, plannedStatusNames[meeting.status] ?? ''),
    h('td', {}, topicList(meeting)));
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

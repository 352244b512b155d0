// Oppfølging: the handlingsdel of an arena — what its decisions asked for, who owns it, by when, and how far it has come.
// The secretariat moves an item's status here; members read what their audience may see.
import { api } from '../api.js';
import { h, render, field, table, announce, fill, loading } from '../dom.js';
import { isSecretariat } from '../session.js';
import { followUpStatusNames } from '../labels.js';
import { renderFailure } from './guard.js';

const title = 'Oppfølging';
const osloToday = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date()); // yyyy-MM-dd
const shortDate = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export async function show() {
  const query = new URLSearchParams(location.search);
  let arenas;
  try {
    arenas = (await api('/api/planning/arenas')).arenas ?? [];
  } catch (error) {
    renderFailure(title, error);
    return;
  }
  const arenaId = query.get('arena') || arenas[0]?.arenaId || '';
  const status = query.get('status') ?? '';
  const list = h('div', { id: 'oppfolging' }, loading());
  render(
    h('h1', {}, `${title} – handlingsdel`),
    h('p', {}, 'Tiltak som vedtakene i arenaens møter ber om, med ansvarlig, frist og status.'),
    h('form', { class: 'filter', method: 'get', action: '/oppfolging' },
      field('Arena', h('select', { name: 'arena' },
        arenas.map((a) => h('option', { value: a.arenaId, selected: a.arenaId === arenaId }, a.name)),
        h('option', { value: allArenas, selected: arenaId === allArenas }, 'Alle arenaer'))),
      field('Status', h('select', { name: 'status' }, h('option', { value: '' }, 'Alle'), statusOptions(status))),
      h('button', { type: 'submit' }, 'Vis')),
    list);
  const arena = arenas.find((a) => a.arenaId === arenaId);
  await load(list, arenaId, arena?.name ?? (arenaId === allArenas ? 'alle arenaer' : arenaId), status, arenas);
}

const allArenas = 'alle';

async function load(area, arenaId, arenaName, status, arenas) {
  let followUps;
  try {
    const filter = status ? `?status=${encodeURIComponent(status)}` : '';
    const of = async (id) => (await api(`/api/meetings/arenas/${encodeURIComponent(id)}/follow-ups${filter}`)).followUps ?? [];
    // The handlingsdel across arenas: each arena's list, in the arenas' order.
    followUps = arenaId === allArenas ? (await Promise.all(arenas.map((a) => of(a.arenaId)))).flat() : await of(arenaId);
  } catch (error) {
    fill(area, h('p', { class: 'feil' }, error.message));
    return;
  }
  if (!followUps.length) {
    fill(area, h('p', {}, `Ingen oppfølgingspunkter for ${arenaName}${status ? ' med denne statusen' : ''}.`));
    return;
  }
  const reload = () => load(area, arenaId, arenaName, status, arenas);
  const names = arenaId === allArenas ? Object.fromEntries(arenas.map((a) => [a.arenaId, a.name])) : null;
  const headers = [names ? 'Arena' : null, 'Sak', 'Tiltak', 'Ansvarlig', 'Frist', 'Status'].filter(Boolean);
  fill(area, table(`Oppfølging i ${arenaName}`, headers, followUps.map((followUp) => row(followUp, reload, names))));
}

function row(followUp, reload, arenaNames) {
  const overdue = followUp.dueDate && followUp.dueDate < osloToday && followUp.status !== 'FOLLOW_UP_STATUS_DONE';
  return h('tr', {},
    arenaNames ? h('td', {}, arenaNames[followUp.arenaId] ?? '') : null,
    h('td', {}, followUp.caseNumber ? `Sak ${followUp.caseNumber}` : ''),
    h('td', {}, followUp.description),
    h('td', {}, followUp.owner),
    h('td', {}, followUp.dueDate ? shortDate.format(new Date(`${followUp.dueDate}T00:00:00Z`)) : 'Ingen frist',
      overdue ? h('strong', { class: 'feil' }, ' (forfalt)') : ''),
    h('td', {}, isSecretariat() ? statusControl(followUp, reload) : followUpStatusNames[followUp.status] ?? ''));
}

function statusControl(followUp, reload) {
  const label = `Status for sak ${followUp.caseNumber}: ${followUp.description}`;
  const select = h('select', { 'aria-label': label }, statusOptions(followUp.status));
  select.addEventListener('change', async () => {
    select.disabled = true;
    try {
      await api(`/api/meetings/follow-ups/${encodeURIComponent(followUp.followUpId)}/status`, {
        method: 'PUT',
        json: { status: select.value },
      });
      await reload();
      announce(`Sak ${followUp.caseNumber}: status er nå «${followUpStatusNames[select.value]}».`, 'ok');
    } catch (error) {
      select.disabled = false;
      announce(error.message, 'feil');
    }
  });
  return select;
}

const statusOptions = (selected) =>
  Object.entries(followUpStatusNames).map(([value, name]) => h('option', { value, selected: value === selected }, name));

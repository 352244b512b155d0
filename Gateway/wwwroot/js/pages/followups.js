// @ts-check
// Oppfølging: the handlingsdel of an arena — what its decisions asked for, who owns it, by when, and how far it has come.
// The secretariat moves an item's status here; members read what their audience may see.
import { refusalText } from '../api.js';
import { listArenas, listFollowUps, setFollowUpStatus, FollowUpStatus } from '../hfi-api.js';
import { h, render, field, table, announce, fill, loading, formatShortDay } from '../dom.js';
import { isSecretariat } from '../session.js';
import { followUpStatusNames } from '../labels.js';
import { loadPage, loadPart } from './guard.js';
/** @import { Arena, FollowUp } from '../types.js' */

const title = 'Oppfølging';
const osloToday = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date()); // yyyy-MM-dd

export async function show() {
  const query = new URLSearchParams(location.search);
  const arenas = await loadPage(title, listArenas);
  if (!arenas) return;
  const arenaId = query.get('arena') || arenas[0]?.arenaId || '';
  const status = /** @type {FollowUpStatus | ''} */ (query.get('status') ?? '');
  const list = h('div', { id: 'oppfolging' }, loading());
  render(
    h('h1', {}, `${title} – handlingsdel`),
    h('p', {}, 'Tiltak som vedtakene i arenaens møter ber om, med ansvarlig, frist og status.'),
    h(
      'form',
      { class: 'filter', method: 'get', action: '/oppfolging' },
      field(
        'Arena',
        h(
          'select',
          { name: 'arena' },
          arenas.map((a) => h('option', { value: a.arenaId, selected: a.arenaId === arenaId }, a.name)),
          h('option', { value: allArenas, selected: arenaId === allArenas }, 'Alle arenaer'),
        ),
      ),
      field('Status', h('select', { name: 'status' }, h('option', { value: '' }, 'Alle'), statusOptions(status))),
      h('button', { type: 'submit' }, 'Vis'),
    ),
    list,
  );
  const arena = arenas.find((a) => a.arenaId === arenaId);
  await load(list, arenaId, arena?.name ?? (arenaId === allArenas ? 'alle arenaer' : arenaId), status, arenas);
}

const allArenas = 'alle';

/**
 * @param {HTMLElement} area
 * @param {string} arenaId
 * @param {string} arenaName
 * @param {FollowUpStatus | ''} status
 * @param {Arena[]} arenas
 */
async function load(area, arenaId, arenaName, status, arenas) {
  // The handlingsdel across arenas: each arena's list, in the arenas' order.
  const followUps = await loadPart(area, async () =>
    arenaId === allArenas
      ? (await Promise.all(arenas.map((a) => listFollowUps(a.arenaId, status)))).flat()
      : await listFollowUps(arenaId, status),
  );
  if (!followUps) return;
  if (!followUps.length) {
    fill(area, h('p', {}, `Ingen oppfølgingspunkter for ${arenaName}${status ? ' med denne statusen' : ''}.`));
    return;
  }
  const reload = () => load(area, arenaId, arenaName, status, arenas);
  const names = arenaId === allArenas ? Object.fromEntries(arenas.map((a) => [a.arenaId, a.name])) : null;
  const headers = [names ? 'Arena' : null, 'Sak', 'Tiltak', 'Ansvarlig', 'Frist', 'Status'].filter(
    (header) => header !== null,
  );
  fill(
    area,
    table(
      `Oppfølging i ${arenaName}`,
      headers,
      followUps.map((followUp) => row(followUp, reload, names)),
    ),
  );
}

/**
 * @param {FollowUp} followUp
 * @param {() => Promise<void>} reload
 * @param {Record<string, string> | null} arenaNames
 */
function row(followUp, reload, arenaNames) {
  const overdue = followUp.dueDate && followUp.dueDate < osloToday && followUp.status !== FollowUpStatus.DONE;
  return h(
    'tr',
    {},
    arenaNames ? h('td', {}, arenaNames[followUp.arenaId] ?? '') : null,
    h('td', {}, followUp.caseNumber ? `Sak ${followUp.caseNumber}` : ''),
    h('td', {}, followUp.description),
    h('td', {}, followUp.owner),
    h(
      'td',
      {},
      followUp.dueDate ? formatShortDay(followUp.dueDate) : 'Ingen frist',
      overdue ? h('strong', { class: 'feil' }, ' (forfalt)') : '',
    ),
    h('td', {}, isSecretariat() ? statusControl(followUp, reload) : (followUpStatusNames[followUp.status] ?? '')),
  );
}

function statusControl(/** @type {FollowUp} */ followUp, /** @type {() => Promise<void>} */ reload) {
  const label = `Status for sak ${followUp.caseNumber}: ${followUp.description}`;
  const select = h('select', { 'aria-label': label }, statusOptions(followUp.status));
  select.addEventListener('change', async () => {
    select.disabled = true;
    try {
      const status = /** @type {FollowUpStatus} */ (select.value);
      await setFollowUpStatus(followUp.followUpId, status);
      await reload();
      announce(`Sak ${followUp.caseNumber}: status er nå «${followUpStatusNames[status]}».`, 'ok');
    } catch (error) {
      select.disabled = false;
      announce(refusalText(error), 'feil');
    }
  });
  return select;
}

const statusOptions = (/** @type {string} */ selected) =>
  Object.entries(followUpStatusNames).map(([value, name]) =>
    h('option', { value, selected: value === selected }, name),
  );

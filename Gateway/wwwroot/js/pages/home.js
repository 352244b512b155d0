// @ts-check
// Forsiden: the meetings, soonest first; the secretariat creates a meeting here.
import { ApiError } from '../api.js';
import { listMeetingsPage, listArenas, createMeeting } from '../hfi-api.js';
import { h, render, field, table, formatDateTime, osloInstant, announce } from '../dom.js';
import { onSubmit } from '../forms.js';
import { isSecretariat, currentUser } from '../session.js';
import { meetingStatusNames } from '../labels.js';
import { navigate } from '../app.js';
import { loadPage } from './guard.js';
import { pagedTable } from '../paging.js';
/** @import { Arena, Meeting } from '../types.js' */

const title = 'Møter';

export async function show() {
  const loaded = await loadPage(title, () => Promise.all([listMeetingsPage({ year: yearInAddress() }), listArenas()]));
  if (!loaded) return;
  const [first, arenas] = loaded;
  const arenaNames = Object.fromEntries(arenas.map((a) => [a.arenaId, a.name]));
  const year = yearInAddress();

  render(
    h('h1', {}, title),
    currentUser()
      ? null
      : h(
          'p',
          {},
          'Du ser det som er offentlig. ',
          h('a', { href: '/logg-inn' }, 'Logg inn'),
          ' for å se sakene for din representasjon.',
        ),
    yearFilter(year),
    first.items.length
      ? pagedTable({
          caption: year ? `Møtene i Helsefellesskap Innlandet i ${year}` : 'Møtene i Helsefellesskap Innlandet',
          headers: ['Møte', 'Arena', 'Tid', 'Sted', 'Status'],
          first,
          rowOf: (/** @type {Meeting} */ m) =>
            h(
              'tr',
              {},
              h('td', {}, h('a', { href: `/moter/${encodeURIComponent(m.meetingId)}` }, m.title)),
              h('td', {}, arenaNames[m.arenaId] ?? m.arenaId),
              h('td', {}, formatDateTime(m.startsAt)),
              h('td', {}, m.place ?? ''),
              h('td', {}, meetingStatusNames[m.status] ?? '', m.cancelReason ? `: ${m.cancelReason}` : ''),
            ),
          next: (pageToken) => listMeetingsPage({ year, pageToken }),
          more: 'Vis flere møter',
        })
      : h('p', {}, year ? `Ingen møter er lagt inn for ${year}.` : 'Ingen møter er lagt inn ennå.'),
    isSecretariat() ? createForm(arenas) : null,
  );
}

/** The year the list is filtered by (?ar=2031 in the address); undefined for every year. */
function yearInAddress() {
  const year = Number(new URLSearchParams(location.search).get('ar'));
  return Number.isInteger(year) && year >= 1900 && year <= 9998 ? year : undefined;
}

/** The meetings of one year, or of every year: choosing reloads the list from its first page. */
function yearFilter(/** @type {number | undefined} */ year) {
  const now = new Date().getFullYear();
  const years = Array.from({ length: 13 }, (_, i) => now + 2 - i);
  if (year && !years.includes(year)) years.push(year);
  const select = h(
    'select',
    { name: 'ar', id: 'moter-ar' },
    h('option', { value: '' }, 'Alle år'),
    years.map((y) => h('option', { value: String(y), selected: y === year }, String(y))),
  );
  select.addEventListener('change', () => navigate(select.value ? `/?ar=${select.value}` : '/'));
  return h('p', { class: 'filter' }, h('label', { for: 'moter-ar' }, 'Vis møtene i '), select);
}

function createForm(/** @type {Arena[]} */ arenas) {
  const form = h(
    'form',
    { novalidate: true },
    field(
      'Arena',
      h(
        'select',
        { name: 'arenaId', required: true },
        arenas.map((a) => h('option', { value: a.arenaId }, a.name)),
      ),
    ),
    field('Tittel', h('input', { name: 'title', required: true, autocomplete: 'off' })),
    field('Dato', h('input', { name: 'date', type: 'date', required: true })),
    field('Starter kl.', h('input', { name: 'startsAt', type: 'time', required: true })),
    field('Slutter kl.', h('input', { name: 'endsAt', type: 'time', required: true })),
    field('Sted', h('input', { name: 'place', autocomplete: 'off' })),
    field('Møteleder', h('input', { name: 'chair', autocomplete: 'off' })),
    h('button', { type: 'submit' }, 'Opprett møtet'),
  );

  onSubmit(form, async () => {
    const data = /** @type {Record<string, string>} */ (Object.fromEntries(new FormData(form)));
    const missing = ['title', 'date', 'startsAt', 'endsAt'].filter((name) => !data[name]);
    if (missing.length) {
      throw new ApiError(
        400,
        '',
        missing.map((name) => ({ field: name, description: 'Må fylles ut.' })),
      );
    }
    const meeting = await createMeeting({
      arenaId: data.arenaId,
      title: data.title,
      startsAt: osloInstant(data.date, data.startsAt),
      endsAt: osloInstant(data.date, data.endsAt),
      place: data.place,
      chair: data.chair,
    });
    announce(`Møtet «${meeting.title}» er opprettet.`, 'ok');
    await navigate(`/moter/${encodeURIComponent(meeting.meetingId)}`);
  });
  return h('section', {}, h('h2', {}, 'Nytt møte'), form);
}

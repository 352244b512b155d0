// @ts-check
// Forsiden: the meetings, soonest first; the secretariat creates a meeting here.
import { ApiError } from '../api.js';
import { listMeetings, listArenas, createMeeting } from '../hfi-api.js';
import { h, render, field, table, formatDateTime, osloInstant, announce } from '../dom.js';
import { onSubmit } from '../forms.js';
import { isSecretariat, currentUser } from '../session.js';
import { meetingStatusNames } from '../labels.js';
import { navigate } from '../app.js';
import { loadPage } from './guard.js';
/** @import { Arena } from '../types.js' */

const title = 'Møter';

export async function show() {
  const loaded = await loadPage(title, () => Promise.all([listMeetings(), listArenas()]));
  if (!loaded) return;
  const [meetings, arenas] = loaded;
  const arenaNames = Object.fromEntries(arenas.map((a) => [a.arenaId, a.name]));
  const list = [...(meetings.meetings ?? [])].sort((a, b) => String(a.startsAt).localeCompare(String(b.startsAt)));

  render(
    h('h1', {}, title),
    currentUser() ? null : h('p', {}, 'Du ser det som er offentlig. ', h('a', { href: '/logg-inn' }, 'Logg inn'), ' for å se sakene for din representasjon.'),
    list.length
      ? table('Møtene i Helsefellesskap Innlandet', ['Møte', 'Arena', 'Tid', 'Sted', 'Status'], list.map((m) => h('tr', {},
        h('td', {}, h('a', { href: `/moter/${encodeURIComponent(m.meetingId)}` }, m.title)),
        h('td', {}, arenaNames[m.arenaId] ?? m.arenaId),
        h('td', {}, formatDateTime(m.startsAt)),
        h('td', {}, m.place ?? ''),
        h('td', {}, meetingStatusNames[m.status] ?? '', m.cancelReason ? `: ${m.cancelReason}` : ''))))
      : h('p', {}, 'Ingen møter er lagt inn ennå.'),
    isSecretariat() ? createForm(arenas) : null);
}

function createForm(/** @type {Arena[]} */ arenas) {
  const form = h('form', { novalidate: true },
    field('Arena', h('select', { name: 'arenaId', required: true }, arenas.map((a) => h('option', { value: a.arenaId }, a.name)))),
    field('Tittel', h('input', { name: 'title', required: true, autocomplete: 'off' })),
    field('Dato', h('input', { name: 'date', type: 'date', required: true })),
    field('Starter kl.', h('input', { name: 'startsAt', type: 'time', required: true })),
    field('Slutter kl.', h('input', { name: 'endsAt', type: 'time', required: true })),
    field('Sted', h('input', { name: 'place', autocomplete: 'off' })),
    field('Møteleder', h('input', { name: 'chair', autocomplete: 'off' })),
    h('button', { type: 'submit' }, 'Opprett møtet'));

  onSubmit(form, async () => {
    const data = /** @type {Record<string, string>} */ (Object.fromEntries(new FormData(form)));
    const missing = ['title', 'date', 'startsAt', 'endsAt'].filter((name) => !data[name]);
    if (missing.length) {
      throw new ApiError(400, '', missing.map((name) => ({ field: name, description: 'Må fylles ut.' })));
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

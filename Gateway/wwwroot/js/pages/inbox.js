// Mine varsler: the signed-in member's in-app notices, newest first, unread ones marked.
import { api } from '../api.js';
import { h, render, announce, formatDateTime } from '../dom.js';
import { noticeKindNames } from '../labels.js';
import { downloadLink } from '../download.js';
import { requireSignIn, renderFailure } from './guard.js';

const title = 'Mine varsler';

export async function show() {
  if (!requireSignIn(title)) return;
  const unreadOnly = new URLSearchParams(location.search).get('uleste') === 'ja';
  let inbox;
  try {
    inbox = await api(`/api/notifications/me/inbox${unreadOnly ? '?unreadOnly=true' : ''}`);
  } catch (error) {
    renderFailure(title, error);
    return;
  }
  const items = inbox.items ?? [];
  render(
    h('h1', {}, title),
    h('p', { class: 'uleste' }, inbox.unread ? `Du har ${inbox.unread} uleste varsler.` : 'Du har ingen uleste varsler.'),
    h('p', {}, unreadOnly ? h('a', { href: '/varsler' }, 'Vis alle varsler') : h('a', { href: '/varsler?uleste=ja' }, 'Vis bare uleste')),
    items.length ? h('ul', { class: 'saksliste' }, items.map((item) => inboxItem(item, () => show()))) : h('p', {}, 'Ingen varsler.'));
}

function inboxItem(item, reload) {
  const unread = !item.readAt;
  const headingId = `varsel-${item.itemId}`;
  const markRead = unread ? h('button', { type: 'button', class: 'sekundær liten', 'aria-describedby': headingId }, 'Merk som lest') : null;
  markRead?.addEventListener('click', async () => {
    try {
      await api(`/api/notifications/me/inbox/${encodeURIComponent(item.itemId)}:read`, { method: 'POST', json: {} });
      await reload();
      announce('Varselet er merket som lest.', 'ok');
    } catch (error) {
      announce(error.message, 'feil');
    }
  });
  return h('li', { class: unread ? 'varsel ulest' : 'varsel' },
    h('h2', { id: headingId }, unread ? h('span', { class: 'merkelapp' }, 'Ulest') : null, ' ', item.subject),
    h('p', { class: 'dempet' }, `${noticeKindNames[item.kind] ?? 'Varsel'}, ${formatDateTime(item.createdAt)}${unread ? '' : ` – lest ${formatDateTime(item.readAt)}`}`),
    item.body ? h('p', { class: 'tekst' }, item.body) : null,
    h('ul', { class: 'knapper lenker' },
      item.meetingId ? h('li', {}, h('a', { href: `/moter/${encodeURIComponent(item.meetingId)}` }, 'Gå til møtet')) : null,
      item.documentPath ? h('li', {}, downloadLink(item.documentPath, 'Last ned dokumentet')) : null),
    markRead);
}

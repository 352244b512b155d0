// @ts-check
// Mine varsler: the signed-in member's in-app notices, newest first, unread ones marked.
import { refusalText } from '../api.js';
import { getInbox, markInboxItemRead } from '../hfi-api.js';
import { h, render, announce, formatDateTime } from '../dom.js';
import { counted, noticeKindNames } from '../labels.js';
import { downloadLink } from '../download.js';
import { requireSignIn, loadPage } from './guard.js';
import { moreButton } from '../paging.js';
/** @import { InboxItem } from '../types.js' */

const title = 'Mine varsler';

export async function show() {
  if (!requireSignIn(title)) return;
  const unreadOnly = new URLSearchParams(location.search).get('uleste') === 'ja';
  const inbox = await loadPage(title, () => getInbox(unreadOnly));
  if (!inbox) return;
  const items = inbox.items ?? [];
  render(
    h('h1', {}, title),
    h(
      'p',
      { class: 'uleste' },
      inbox.unread
        ? `Du har ${counted(inbox.unread, 'ulest varsel', 'uleste varsler')}.`
        : 'Du har ingen uleste varsler.',
    ),
    h(
      'p',
      {},
      unreadOnly
        ? h('a', { href: '/varsler' }, 'Vis alle varsler')
        : h('a', { href: '/varsler?uleste=ja' }, 'Vis bare uleste'),
    ),
    items.length ? inboxList(items, inbox.nextPageToken ?? '', unreadOnly) : h('p', {}, 'Ingen varsler.'),
  );
}

/** The first page of the inbox, and «Vis flere varsler» for the older ones while there are more. */
function inboxList(
  /** @type {InboxItem[]} */ items,
  /** @type {string} */ nextPageToken,
  /** @type {boolean} */ unreadOnly,
) {
  const list = h(
    'ul',
    { class: 'saksliste' },
    items.map((item) => inboxItem(item, () => show())),
  );
  const next = async (/** @type {string} */ pageToken) => {
    const page = await getInbox(unreadOnly, pageToken);
    return { items: page.items ?? [], nextPageToken: page.nextPageToken ?? '' };
  };
  return h(
    'div',
    {},
    list,
    moreButton(nextPageToken, 'Vis flere varsler', next, (older) =>
      list.append(...older.map((item) => inboxItem(item, () => show()))),
    ),
  );
}

function inboxItem(/** @type {InboxItem} */ item, /** @type {() => Promise<void>} */ reload) {
  const unread = !item.readAt;
  const headingId = `varsel-${item.itemId}`;
  const markRead = unread
    ? h('button', { type: 'button', class: 'sekundær liten', 'aria-describedby': headingId }, 'Merk som lest')
    : null;
  markRead?.addEventListener('click', async () => {
    try {
      await markInboxItemRead(item.itemId);
      await reload();
      announce('Varselet er merket som lest.', 'ok');
    } catch (error) {
      announce(refusalText(error), 'feil');
    }
  });
  return h(
    'li',
    { class: unread ? 'varsel ulest' : 'varsel' },
    h('h2', { id: headingId }, unread ? h('span', { class: 'merkelapp' }, 'Ulest') : null, ' ', item.subject),
    h(
      'p',
      { class: 'dempet' },
      `${/** @type {Record<string, string>} */ (noticeKindNames)[item.kind ?? ''] ?? 'Varsel'}, ${formatDateTime(item.createdAt)}${unread ? '' : ` – lest ${formatDateTime(item.readAt)}`}`,
    ),
    item.body ? h('p', { class: 'tekst' }, item.body) : null,
    h(
      'ul',
      { class: 'knapper lenker' },
      item.meetingId
        ? h('li', {}, h('a', { href: `/moter/${encodeURIComponent(item.meetingId)}` }, 'Gå til møtet'))
        : null,
      item.documentPath ? h('li', {}, downloadLink(item.documentPath, 'Last ned dokumentet')) : null,
    ),
    markRead,
  );
}

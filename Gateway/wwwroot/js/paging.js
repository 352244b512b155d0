// @ts-check
// Paged lists in the web UI: a table shows the first page and a «Vis flere» button under it fetches the next while
// the service says more follow (its nextPageToken). The new rows are announced to screen readers.
import { refusalText } from './api.js';
import { h, table, announce } from './dom.js';
/** @import { Paged } from './types.js' */

/**
 * A table of a paged list with a «Vis flere …» button while more pages follow; each click appends the next page.
 * <rowOf> may give null for an item it shows inside a row already there (a vara under their seat); <shown> hears,
 * after the first page and each one appended, whether more pages follow.
 * @template T
 * @param {{ caption: string, headers: string[], first: Paged<T>, rowOf: (item: T) => HTMLTableRowElement | null,
 *   next: (pageToken: string) => Promise<Paged<T>>, more: string, shown?: (more: boolean) => void }} list
 */
export function pagedTable({ caption, headers, first, rowOf, next, more, shown = () => {} }) {
  const rowsOf = (/** @type {T[]} */ items) =>
    items.map(rowOf).filter(/** @returns {row is HTMLTableRowElement} */ (row) => row !== null);
  const all = table(caption, headers, rowsOf(first.items));
  const body = /** @type {HTMLTableSectionElement} */ (all.querySelector('tbody'));
  shown(Boolean(first.nextPageToken));
  return h(
    'div',
    { class: 'sidevis' },
    all,
    moreButton(first.nextPageToken, more, next, (items, more) => {
      for (const row of rowsOf(items)) {
        [...row.cells].forEach((cell, index) => {
          cell.dataset.label = headers[index] ?? '';
        });
        body.append(row);
      }
      shown(more);
    }),
  );
}

/**
 * A list (ul) of a paged list with a «Vis flere …» button while more pages follow; each click appends the next page.
 * @template T
 * @param {{ first: Paged<T>, itemOf: (item: T) => HTMLLIElement, next: (pageToken: string) => Promise<Paged<T>>,
 *   more: string }} list
 */
export function pagedList({ first, itemOf, next, more }) {
  const all = h('ul', {}, first.items.map(itemOf));
  return h(
    'div',
    { class: 'sidevis' },
    all,
    moreButton(first.nextPageToken, more, next, (items) => all.append(...items.map(itemOf))),
  );
}

/**
 * A «Vis flere …» button that fetches the page after <token> and hands its items to <append>; hidden on the last page.
 * @template T
 * @param {string} token
 * @param {string} label
 * @param {(pageToken: string) => Promise<Paged<T>>} next
 * @param {(items: T[], more: boolean) => void} append <more>: whether another page follows
 */
export function moreButton(token, label, next, append) {
  const button = h('button', { type: 'button', class: 'sekundær' }, label);
  let pageToken = token;
  const area = h('p', { class: 'vis-flere' }, button);
  area.hidden = !pageToken;
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const page = await next(pageToken);
      append(page.items, Boolean(page.nextPageToken));
      pageToken = page.nextPageToken;
      area.hidden = !pageToken;
      announce(
        pageToken
          ? `Viser ${page.items.length} til. Det finnes flere.`
          : `Viser ${page.items.length} til. Nå vises alle.`,
      );
    } catch (error) {
      announce(refusalText(error), 'feil');
    } finally {
      button.disabled = false;
    }
  });
  return area;
}

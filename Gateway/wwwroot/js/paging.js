// @ts-check
// Paged lists in the web UI: a table shows the first page and a «Vis flere» button under it fetches the next while
// the service says more follow (its nextPageToken). The new rows are announced to screen readers.
import { refusalText } from './api.js';
import { h, table, announce } from './dom.js';
/** @import { Paged } from './types.js' */

/**
 * A table of a paged list with a «Vis flere …» button while more pages follow; each click appends the next page.
 * @template T
 * @param {{ caption: string, headers: string[], first: Paged<T>, rowOf: (item: T) => HTMLTableRowElement,
 *   next: (pageToken: string) => Promise<Paged<T>>, more: string }} list
 */
export function pagedTable({ caption, headers, first, rowOf, next, more }) {
  const shown = table(caption, headers, first.items.map(rowOf));
  const body = /** @type {HTMLTableSectionElement} */ (shown.querySelector('tbody'));
  return h(
    'div',
    { class: 'sidevis' },
    shown,
    moreButton(first.nextPageToken, more, next, (items) => {
      for (const row of items.map(rowOf)) {
        [...row.cells].forEach((cell, index) => {
          cell.dataset.label = headers[index] ?? '';
        });
        body.append(row);
      }
    }),
  );
}

/**
 * A «Vis flere …» button that fetches the page after <token> and hands its items to <append>; hidden on the last page.
 * @template T
 * @param {string} token
 * @param {string} label
 * @param {(pageToken: string) => Promise<Paged<T>>} next
 * @param {(items: T[]) => void} append
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
      append(page.items);
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

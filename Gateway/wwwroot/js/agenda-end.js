// @ts-check
// "Slutt ca. kl. …" under an agenda, by the rule of the notice's PDF and e-mail (NoticeSchedule.EndOf): the API's
// estimatedEnd is the end of the part for all members; items only for municipal representatives follow it, so a
// reader who sees them is told the end after them.
import { h } from './dom.js';

/**
 * @param {string | undefined} estimatedEnd "17:40"
 * @param {{ endTime?: string }[]} items the items this reader sees
 */
export function slutt(estimatedEnd, items) {
  if (!estimatedEnd) return null;
  const end = items.map((item) => item.endTime ?? '').reduce((a, b) => (b > a ? b : a), estimatedEnd);
  return h('p', { class: 'slutt' }, `Slutt ca. kl. ${end}`);
}

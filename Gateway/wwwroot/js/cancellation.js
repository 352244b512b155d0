// @ts-check
// A cancelled meeting, as every list and page shows it: marked "Avlyst", with the reason the secretariat gave.
import { h } from './dom.js';
/** @import { Meeting } from './types.js' */

/** The notice at the top of a cancelled meeting's card or page. */
export function cancelledNote(/** @type {Meeting} */ meeting) {
  return h('p', { class: 'merkelapp avlyst' },
    'Møtet er avlyst', meeting.cancelReason ? `: ${meeting.cancelReason}` : '.');
}

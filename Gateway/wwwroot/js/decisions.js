// @ts-check
// How a decision was made, in the words of the minutes: what was adopted (the proposal, an alternative, or an amended
// text with its amendment), the vote, who left the case for a conflict of interest, and which body decided.
import { h } from './dom.js';
import { AdoptedTextSource } from './hfi-api.js';
import { counted } from './labels.js';
/** @import { Decision } from './types.js' */

/** "Forslaget til vedtak", "Alternativ 2", "Endret forslag": what the meeting adopted. */
export function basisText(/** @type {Decision} */ decision) {
  switch (decision.source) {
    case AdoptedTextSource.PROPOSAL:
      return 'Forslaget til vedtak';
    case AdoptedTextSource.ALTERNATIVE:
      return `Alternativ ${decision.alternativeNumber}`;
    case AdoptedTextSource.AMENDED:
      return 'Endret forslag';
    default:
      return 'Ikke oppgitt';
  }
}

/** "Enstemmig", or "3 for, 1 mot, 0 avsto". */
export function voteText(/** @type {Decision} */ decision) {
  if (decision.unanimous) return 'Enstemmig';
  return `${decision.votesFor ?? 0} for, ${decision.votesAgainst ?? 0} mot, ${decision.votesBlank ?? 0} avsto`;
}

/** The facts of a decision as a definition list, for the minutes and the meeting day. */
export function decisionFacts(/** @type {Decision} */ decision) {
  const disqualified = decision.disqualified ?? [];
  const entitled = decision.votesEntitled
    ? ` (${counted(decision.votesEntitled, 'stemmeberettiget', 'stemmeberettigede')} til stede${decision.votingSeats ? ` av ${counted(decision.votingSeats, 'sete', 'seter')}` : ''})`
    : '';
  return h(
    'dl',
    { class: 'fakta vedtaksfakta' },
    h('dt', {}, 'Vedtatt'),
    h('dd', {}, basisText(decision)),
    decision.source === AdoptedTextSource.AMENDED && decision.amendment
      ? [h('dt', {}, 'Endringsforslag'), h('dd', { class: 'tekst' }, decision.amendment)]
      : null,
    decision.source !== AdoptedTextSource.PROPOSAL && decision.proposedText
      ? [h('dt', {}, 'Forslag i sakslisten'), h('dd', { class: 'tekst dempet' }, decision.proposedText)]
      : null,
    h('dt', {}, 'Avstemning'),
    h('dd', {}, voteText(decision), entitled),
    h('dt', {}, 'Inhabile'),
    h('dd', {}, disqualified.length ? `${disqualified.join(', ')} fratrådte under behandlingen` : 'Ingen'),
    decision.decidedBy ? [h('dt', {}, 'Vedtatt av'), h('dd', {}, `${decision.decidedBy} alene`)] : null,
  );
}

// @ts-check
// Medlemmer: the seats of an arena on a date, each with its substitutes in order (vara 1, 2 …) and the other arenas the
// person sits in (asked for the people of each page only). The secretariat adds a member or a substitute, corrects a
// seat and ends a term here.
import { ApiError, refusalText } from '../api.js';
import {
  listArenas,
  listPartners,
  listMembersPage,
  listOtherSeats,
  MAX_OTHER_SEATS_ASKED,
  getMember,
  addMember,
  updateMember,
  endTerm,
  MemberRole,
} from '../hfi-api.js';
import { h, render, field, announce, fill, loading, osloDay } from '../dom.js';
import { pagedTable } from '../paging.js';
import { onSubmit, clearErrors, controlsOf } from '../forms.js';
import { requireSecretariat, loadPage, loadPart } from './guard.js';
/** @import { Arena, ArenaMember, Partner, MemberInput } from '../types.js' */
/** @typedef {() => Promise<void>} Reload */
/**
 * @typedef {HTMLFormElement & { edit: (member: ArenaMember) => Promise<void>, addSeat: (seat: ArenaMember) => void }}
 *   MemberForm
 */
import { counted, memberKindNames as kindNames, memberRoleNames as roleNames } from '../labels.js';

const title = 'Medlemmer';
const osloToday = osloDay();
const dateText = (/** @type {string | undefined} */ iso) => (iso ? iso.split('-').reverse().join('.') : '');

export async function show() {
  if (!requireSecretariat(title)) return;
  const query = new URLSearchParams(location.search);
  const loaded = await loadPage(title, () => Promise.all([listArenas(), listPartners()]));
  if (!loaded) return;
  const [arenas, partners] = loaded;
  const arenaId = query.get('arena') || arenas[0]?.arenaId || '';
  const onDate = query.get('dato') || osloToday;
  const arena = arenas.find((a) => a.arenaId === arenaId);
  const area = h('div', { id: 'medlemmer' }, loading());
  render(
    h('h1', {}, `${title}${arena ? ` i ${arena.name}` : ''}`),
    h(
      'form',
      { class: 'filter', method: 'get', action: '/medlemmer' },
      field(
        'Arena',
        h(
          'select',
          { name: 'arena' },
          arenas.map((a) => h('option', { value: a.arenaId, selected: a.arenaId === arenaId }, a.name)),
        ),
      ),
      field('Per dato', h('input', { name: 'dato', type: 'date', value: onDate })),
      h('button', { type: 'submit' }, 'Vis'),
    ),
    area,
  );
  const reload = () => load(area, arenas, arena, partners, onDate);
  await reload();
}

/**
 * The arena's seats a page at a time (leader first; the vara come last in the list and go under their seat, or in a
 * row of their own where their seat is not in the day's list), with «Vis flere medlemmer» while more follow. Each
 * page's people are asked for their seats in the other arenas, so the page costs the same however many sit there.
 * @param {HTMLElement} area
 * @param {Arena[]} arenas
 * @param {Arena | undefined} arena
 * @param {Partner[]} partners
 * @param {string} onDate
 */
async function load(area, arenas, arena, partners, onDate) {
  if (!arena) {
    fill(area, h('p', {}, 'Ingen arenaer er lagt inn.'));
    return;
  }
  /** @type {Map<string, string[]>} the other arenas of the people shown so far, by their seat here */
  const elsewhereOf = new Map();
  const arenaNames = new Map(arenas.map((a) => [a.arenaId, a.name]));
  /** A page of the seats, with the other arenas of its people. */
  const pageOf = async (/** @type {string} */ pageToken) => {
    // A page no longer than listOtherSeats takes.
    const page = await listMembersPage(arena.arenaId, onDate, pageToken, MAX_OTHER_SEATS_ASKED);
    const ids = page.items.map((m) => m.memberId);
    for (const seat of ids.length ? await listOtherSeats(arena.arenaId, ids, onDate) : []) {
      const vara = seat.role === MemberRole.SUBSTITUTE ? ' (vara)' : '';
      const name = `${arenaNames.get(seat.arenaId) ?? seat.arenaId}${vara}`;
      elsewhereOf.set(seat.memberId, [...(elsewhereOf.get(seat.memberId) ?? []), name]);
    }
    return page;
  };
  const first = await loadPart(area, () => pageOf(''));
  if (!first) return;
  const elsewhere = (/** @type {ArenaMember} */ member) => elsewhereOf.get(member.memberId) ?? [];
  const reload = () => load(area, arenas, arena, partners, onDate);
  const form = memberForm(arena, partners, reload);
  /** @type {Map<string, HTMLElement>} */
  const varaOf = new Map();
  let seats = 0;
  let voting = 0;
  const count = h('p', {});
  const seatRow = (/** @type {ArenaMember} */ member) => {
    if (member.role === MemberRole.SUBSTITUTE) {
      const cell = varaOf.get(member.substituteForMemberId ?? '');
      // The vara come after every seat, so a seat not shown by now is not in the day's list.
      if (!cell) return row(member, 'Vara for et sete som ikke er med per denne datoen', h('td', {}, '–'));
      if (!cell.firstElementChild) fill(cell, h('ol', { class: 'kompakt' }));
      cell.firstElementChild?.append(h('li', {}, `${member.personName} `, actions(arena, member, form, reload)));
      return null;
    }
    seats += 1;
    voting += member.hasVotingRight ? 1 : 0;
    form.addSeat(member);
    const vara = h('td', {}, 'Ingen vara');
    varaOf.set(member.memberId, vara);
    const role = `${roleNames[member.role] ?? ''}${member.hasVotingRight ? ', stemmerett' : ', uten stemmerett'}`;
    return row(member, role, vara);
  };
  const row = (/** @type {ArenaMember} */ member, /** @type {string} */ role, /** @type {HTMLElement} */ vara) =>
    h(
      'tr',
      {},
      h('td', {}, h('strong', {}, member.personName), h('br'), h('span', { class: 'dempet' }, member.email)),
      h('td', {}, member.partnerName || kindNames[member.kind] || ''),
      h('td', {}, role),
      h('td', {}, `${dateText(member.termFrom)}–${dateText(member.termTo)}`),
      vara,
      h('td', {}, elsewhere(member).join(', ') || '–'),
      h('td', {}, actions(arena, member, form, reload)),
    );

  fill(
    area,
    count,
    first.items.length
      ? pagedTable({
          caption: `Seter i ${arena.name}`,
          headers: ['Navn', 'Part', 'Rolle', 'Periode', 'Vara', 'Sitter også i', 'Endre'],
          first,
          rowOf: seatRow,
          next: pageOf,
          more: 'Vis flere medlemmer',
          shown: (more) => {
            const rest = more ? '; flere er ikke vist ennå' : '';
            const day = dateText(onDate);
            count.textContent = `${counted(seats, 'sete', 'seter')}, ${voting} med stemmerett, per ${day}${rest}.`;
          },
        })
      : h('p', {}, 'Ingen sitter i arenaen på denne datoen.'),
    h(
      'section',
      { 'aria-labelledby': 'medlemsskjema-tittel' },
      h('h2', { id: 'medlemsskjema-tittel' }, 'Legg til medlem eller vara'),
      form,
    ),
  );
  if (!first.items.length) count.remove();
}

function actions(
  /** @type {Arena} */ arena,
  /** @type {ArenaMember} */ member,
  /** @type {MemberForm} */ form,
  /** @type {Reload} */ reload,
) {
  const edit = h(
    'button',
    { type: 'button', class: 'sekundær liten', 'aria-label': `Endre ${member.personName}` },
    'Endre',
  );
  edit.addEventListener('click', () => form.edit(member).catch((error) => announce(refusalText(error), 'feil')));
  const end = h(
    'details',
    { class: 'avslutt' },
    h('summary', {}, `Avslutt perioden for ${member.personName}`),
    endForm(arena, member, reload),
  );
  return h('div', { class: 'knapper' }, edit, end);
}

function endForm(/** @type {Arena} */ arena, /** @type {ArenaMember} */ member, /** @type {Reload} */ reload) {
  const form = h(
    'form',
    { novalidate: true },
    field(
      'Siste dag i vervet',
      h('input', { name: 'termTo', type: 'date', value: osloToday }),
      member.role === MemberRole.SUBSTITUTE ? null : 'Varaene går ut samtidig.',
    ),
    h('button', { type: 'submit', class: 'liten' }, `Avslutt for ${member.personName}`),
  );
  onSubmit(form, async () => {
    await endTerm(arena.arenaId, member.memberId, controlsOf(form).termTo.value);
    await reload();
    announce(`Perioden for ${member.personName} er avsluttet.`, 'ok');
  });
  return form;
}

/**
 * @param {Arena} arena
 * @param {Partner[]} partners
 * @param {Reload} reload
 * @returns {MemberForm}
 */
function memberForm(arena, partners, reload) {
  /** @type {ArenaMember | null} */
  let editing = null;
  // The seats shown so far, one more with each page of the list.
  const seatChoice = h('select', { name: 'substituteForMemberId' }, h('option', { value: '' }, 'Ikke vara'));
  const heading = () => /** @type {HTMLElement} */ (document.getElementById('medlemsskjema-tittel'));
  const form = /** @type {MemberForm} */ (
    h(
      'form',
      { id: 'medlemsskjema', novalidate: true },
      field('Navn', h('input', { name: 'personName', autocomplete: 'off' })),
      field(
        'E-post',
        h('input', { name: 'email', type: 'email', autocomplete: 'off' }),
        'Varsler og innkallinger sendes hit.',
      ),
      field(
        'Type',
        h(
          'select',
          { name: 'kind' },
          Object.entries(kindNames).map(([value, text]) => h('option', { value }, text)),
        ),
      ),
      field(
        'Part',
        h(
          'select',
          { name: 'partnerId' },
          h('option', { value: '' }, 'Ingen (observatør eller sekretariat)'),
          partners.map((p) => h('option', { value: p.partnerId }, p.name)),
        ),
      ),
      field(
        'Rolle',
        h(
          'select',
          { name: 'role' },
          Object.entries(roleNames).map(([value, text]) =>
            h('option', { value, selected: value === MemberRole.MEMBER }, text),
          ),
        ),
      ),
      h(
        'div',
        { class: 'valg' },
        h('input', { type: 'checkbox', name: 'hasVotingRight', id: 'medlem-stemmerett', checked: true }),
        h('label', { for: 'medlem-stemmerett' }, 'Har stemmerett'),
      ),
      field('Vara for', seatChoice, 'Bare for rollen vara.'),
      field(
        'Varanummer',
        h('input', { name: 'substituteRank', type: 'number', min: '1', inputmode: 'numeric' }),
        '1 spørres først, så 2 …',
      ),
      field('Periode fra', h('input', { name: 'termFrom', type: 'date', value: osloToday })),
      field('Periode til', h('input', { name: 'termTo', type: 'date' }), 'Tom: til videre.'),
      h(
        'div',
        { class: 'knapper' },
        h('button', { type: 'submit' }, 'Lagre medlemmet'),
        h('button', { type: 'button', class: 'sekundær', onclick: () => reset() }, 'Tøm skjemaet'),
      ),
    )
  );
  const controls = controlsOf(form);
  const reset = () => {
    editing = null;
    form.reset();
    clearErrors(form);
    heading().textContent = 'Legg til medlem eller vara';
  };
  const seatOption = (/** @type {ArenaMember} */ seat, /** @type {string} */ note = '') =>
    h(
      'option',
      { value: seat.memberId },
      `${seat.personName}${seat.partnerName ? `, ${seat.partnerName}` : ''}${note}`,
    );
  const offers = (/** @type {string} */ seatId) => [...seatChoice.options].some((o) => o.value === seatId);
  form.addSeat = (seat) => seatChoice.append(seatOption(seat));
  form.edit = async (member) => {
    // A vara's seat not shown (not in the day's list) is read by its id, so the form keeps the vara where it is.
    const seatId = member.substituteForMemberId ?? '';
    if (seatId && !offers(seatId)) {
      const seat = await getMember(arena.arenaId, seatId);
      if (!offers(seatId)) seatChoice.append(seatOption(seat, ' (ikke med per denne datoen)'));
    }
    editing = member;
    clearErrors(form);
    const values = {
      personName: member.personName,
      email: member.email,
      kind: member.kind,
      partnerId: member.partnerId,
      role: member.role,
      substituteForMemberId: member.substituteForMemberId,
      substituteRank: member.substituteRank || '',
      termFrom: member.termFrom,
      termTo: member.termTo,
    };
    for (const [name, value] of Object.entries(values)) controls[name].value = String(value ?? '');
    controls.hasVotingRight.checked = member.hasVotingRight;
    heading().textContent = `Endre ${member.personName}`;
    heading().scrollIntoView();
    controls.personName.focus();
  };
  onSubmit(form, async () => {
    const data = new FormData(form);
    // NFC: Planning and Notifications run without ICU, so a decomposed "å" typed or pasted here would stay so.
    const text = (/** @type {string} */ name) =>
      String(data.get(name) ?? '')
        .trim()
        .normalize('NFC');
    if (!text('personName')) throw new ApiError(400, '', [{ field: 'personName', description: 'Fyll inn navnet.' }]);
    const substitute = text('role') === MemberRole.SUBSTITUTE;
    /** @type {MemberInput} */
    const json = {
      personName: text('personName'),
      email: text('email'),
      kind: text('kind'),
      partnerId: text('partnerId'),
      role: text('role'),
      hasVotingRight: controls.hasVotingRight.checked,
      termFrom: text('termFrom'),
      termTo: text('termTo'),
      substituteForMemberId: substitute ? text('substituteForMemberId') : '',
      substituteRank: substitute ? Number(text('substituteRank') || 0) : 0,
    };
    const saved = editing
      ? await updateMember(arena.arenaId, editing.memberId, json)
      : await addMember(arena.arenaId, json);
    await reload();
    announce(`${saved.personName} er lagret.`, 'ok');
  });
  return form;
}

// @ts-check
// Medlemmer: the seats of an arena on a date, each with its substitutes in order (vara 1, 2 …) and the other arenas the
// person sits in. The secretariat adds a member or a substitute, corrects a seat and ends a term here.
import { ApiError } from '../api.js';
import {
  listArenas,
  listPartners,
  listMembers,
  listMembersPage,
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
 * @typedef {HTMLFormElement & { edit: (member: ArenaMember) => void, addSeat: (seat: ArenaMember) => void }} MemberForm
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
 * The arena's seats a page at a time (leader first; the vara come last in the list and go under their seat), with
 * «Vis flere medlemmer» while more follow.
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
  // The other arenas' members on the date: to show who also sits elsewhere.
  const loaded = await loadPart(area, () =>
    Promise.all([
      listMembersPage(arena.arenaId, onDate),
      Promise.all(
        arenas
          .filter((a) => a.arenaId !== arena.arenaId)
          .map((a) => listMembers(a.arenaId, onDate).then((members) => ({ arena: a, members }))),
      ),
    ]),
  );
  if (!loaded) return;
  const [first, others] = loaded;
  const elsewhere = (/** @type {ArenaMember} */ member) =>
    others
      .filter((l) => l.members.some((m) => m.email.toLowerCase() === member.email.toLowerCase()))
      .map((l) => l.arena.name);
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
      if (cell) {
        if (!cell.firstElementChild) fill(cell, h('ol', { class: 'kompakt' }));
        cell.firstElementChild?.append(h('li', {}, `${member.personName} `, actions(arena, member, form, reload)));
      }
      return null;
    }
    seats += 1;
    voting += member.hasVotingRight ? 1 : 0;
    form.addSeat(member);
    const vara = h('td', {}, 'Ingen vara');
    varaOf.set(member.memberId, vara);
    return h(
      'tr',
      {},
      h('td', {}, h('strong', {}, member.personName), h('br'), h('span', { class: 'dempet' }, member.email)),
      h('td', {}, member.partnerName || kindNames[member.kind] || ''),
      h('td', {}, roleNames[member.role] ?? '', member.hasVotingRight ? ', stemmerett' : ', uten stemmerett'),
      h('td', {}, `${dateText(member.termFrom)}–${dateText(member.termTo)}`),
      vara,
      h('td', {}, elsewhere(member).join(', ') || '–'),
      h('td', {}, actions(arena, member, form, reload)),
    );
  };

  fill(
    area,
    count,
    first.items.length
      ? pagedTable({
          caption: `Seter i ${arena.name}`,
          headers: ['Navn', 'Part', 'Rolle', 'Periode', 'Vara', 'Sitter også i', 'Endre'],
          first,
          rowOf: seatRow,
          next: (pageToken) => listMembersPage(arena.arenaId, onDate, pageToken),
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
  edit.addEventListener('click', () => form.edit(member));
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
  form.addSeat = (seat) =>
    seatChoice.append(
      h('option', { value: seat.memberId }, `${seat.personName}${seat.partnerName ? `, ${seat.partnerName}` : ''}`),
    );
  form.edit = (member) => {
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
    const text = (/** @type {string} */ name) => String(data.get(name) ?? '').trim();
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

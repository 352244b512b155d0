// Medlemmer: the seats of an arena on a date, each with its substitutes in order (vara 1, 2 …) and the other arenas the
// person sits in. The secretariat adds a member or a substitute, corrects a seat and ends a term here.
import { api, ApiError } from '../api.js';
import { h, render, field, table, announce, fill, loading, osloDay } from '../dom.js';
import { onSubmit, clearErrors } from '../forms.js';
import { requireSecretariat, renderFailure } from './guard.js';
import { counted, memberKindNames as kindNames, memberRoleNames as roleNames } from '../labels.js';

const title = 'Medlemmer';
const osloToday = osloDay();
const dateText = (iso) => (iso ? iso.split('-').reverse().join('.') : '');

export async function show() {
  if (!requireSecretariat(title)) return;
  const query = new URLSearchParams(location.search);
  let arenas, partners;
  try {
    [arenas, partners] = await Promise.all([api('/api/planning/arenas'), api('/api/planning/partners')]);
  } catch (error) {
    renderFailure(title, error);
    return;
  }
  arenas = arenas.arenas ?? [];
  partners = partners.partners ?? [];
  const arenaId = query.get('arena') || arenas[0]?.arenaId || '';
  const onDate = query.get('dato') || osloToday;
  const arena = arenas.find((a) => a.arenaId === arenaId);
  const area = h('div', { id: 'medlemmer' }, loading());
  render(
    h('h1', {}, `${title}${arena ? ` i ${arena.name}` : ''}`),
    h('form', { class: 'filter', method: 'get', action: '/medlemmer' },
      field('Arena', h('select', { name: 'arena' }, arenas.map((a) => h('option', { value: a.arenaId, selected: a.arenaId === arenaId }, a.name)))),
      field('Per dato', h('input', { name: 'dato', type: 'date', value: onDate })),
      h('button', { type: 'submit' }, 'Vis')),
    area);
  const reload = () => load(area, arenas, arena, partners, onDate);
  await reload();
}

async function load(area, arenas, arena, partners, onDate) {
  if (!arena) {
    fill(area, h('p', {}, 'Ingen arenaer er lagt inn.'));
    return;
  }
  let lists;
  try {
    // Every arena's members on the date: to show who also sits elsewhere.
    lists = await Promise.all(arenas.map((a) => api(`/api/planning/arenas/${encodeURIComponent(a.arenaId)}/members?onDate=${onDate}`)
      .then((answer) => ({ arena: a, members: answer.members ?? [] }))));
  } catch (error) {
    fill(area, h('p', { class: 'feil', role: 'alert' }, error.message));
    return;
  }
  const members = lists.find((l) => l.arena.arenaId === arena.arenaId).members;
  const elsewhere = (member) => lists.filter((l) => l.arena.arenaId !== arena.arenaId
    && l.members.some((m) => m.email.toLowerCase() === member.email.toLowerCase())).map((l) => l.arena.name);
  const seats = members.filter((m) => m.role !== 'MEMBER_ROLE_SUBSTITUTE');
  const substitutesOf = (seat) => members.filter((m) => m.substituteForMemberId === seat.memberId).sort((a, b) => a.substituteRank - b.substituteRank);
  const reload = () => load(area, arenas, arena, partners, onDate);
  const form = memberForm(arena, partners, seats, reload);

  fill(area,
    h('p', {}, `${counted(seats.length, 'sete', 'seter')}, ${seats.filter((m) => m.hasVotingRight).length} med stemmerett, per ${dateText(onDate)}.`),
    seats.length
      ? table(`Seter i ${arena.name}`, ['Navn', 'Part', 'Rolle', 'Periode', 'Vara', 'Sitter også i', 'Endre'], seats.map((seat) => h('tr', {},
        h('td', {}, h('strong', {}, seat.personName), h('br'), h('span', { class: 'dempet' }, seat.email)),
        h('td', {}, seat.partnerName || kindNames[seat.kind] || ''),
        h('td', {}, roleNames[seat.role] ?? '', seat.hasVotingRight ? ', stemmerett' : ', uten stemmerett'),
        h('td', {}, `${dateText(seat.termFrom)}–${dateText(seat.termTo)}`),
        h('td', {}, substitutesOf(seat).length
          ? h('ol', { class: 'kompakt' }, substitutesOf(seat).map((s) => h('li', {}, `${s.personName} `, actions(arena, s, form, reload))))
          : 'Ingen vara'),
        h('td', {}, elsewhere(seat).join(', ') || '–'),
        h('td', {}, actions(arena, seat, form, reload)))))
      : h('p', {}, 'Ingen sitter i arenaen på denne datoen.'),
    h('section', { 'aria-labelledby': 'medlemsskjema-tittel' }, h('h2', { id: 'medlemsskjema-tittel' }, 'Legg til medlem eller vara'), form));
}

function actions(arena, member, form, reload) {
  const edit = h('button', { type: 'button', class: 'sekundær liten', 'aria-label': `Endre ${member.personName}` }, 'Endre');
  edit.addEventListener('click', () => form.edit(member));
  const end = h('details', { class: 'avslutt' },
    h('summary', {}, `Avslutt perioden for ${member.personName}`),
    endForm(arena, member, reload));
  return h('div', { class: 'knapper' }, edit, end);
}

function endForm(arena, member, reload) {
  const form = h('form', { novalidate: true },
    field('Siste dag i vervet', h('input', { name: 'termTo', type: 'date', value: osloToday }),
      member.role === 'MEMBER_ROLE_SUBSTITUTE' ? null : 'Varaene går ut samtidig.'),
    h('button', { type: 'submit', class: 'liten' }, `Avslutt for ${member.personName}`));
  onSubmit(form, async () => {
    await api(`/api/planning/arenas/${encodeURIComponent(arena.arenaId)}/members/${member.memberId}/end-term`, {
      method: 'POST', json: { termTo: form.elements.termTo.value },
    });
    await reload();
    announce(`Perioden for ${member.personName} er avsluttet.`, 'ok');
  });
  return form;
}

function memberForm(arena, partners, seats, reload) {
  let editing = null;
  const heading = () => document.getElementById('medlemsskjema-tittel');
  const form = h('form', { id: 'medlemsskjema', novalidate: true },
    field('Navn', h('input', { name: 'personName', autocomplete: 'off' })),
    field('E-post', h('input', { name: 'email', type: 'email', autocomplete: 'off' }), 'Varsler og innkallinger sendes hit.'),
    field('Type', h('select', { name: 'kind' }, Object.entries(kindNames).map(([value, text]) => h('option', { value }, text)))),
    field('Part', h('select', { name: 'partnerId' }, h('option', { value: '' }, 'Ingen (observatør eller sekretariat)'),
      partners.map((p) => h('option', { value: p.partnerId }, p.name)))),
    field('Rolle', h('select', { name: 'role' }, Object.entries(roleNames).map(([value, text]) => h('option', { value, selected: value === 'MEMBER_ROLE_MEMBER' }, text)))),
    h('div', { class: 'valg' }, h('input', { type: 'checkbox', name: 'hasVotingRight', id: 'medlem-stemmerett', checked: true }),
      h('label', { for: 'medlem-stemmerett' }, 'Har stemmerett')),
    field('Vara for', h('select', { name: 'substituteForMemberId' }, h('option', { value: '' }, 'Ikke vara'),
      seats.map((s) => h('option', { value: s.memberId }, `${s.personName}${s.partnerName ? `, ${s.partnerName}` : ''}`))), 'Bare for rollen vara.'),
    field('Varanummer', h('input', { name: 'substituteRank', type: 'number', min: '1', inputmode: 'numeric' }), '1 spørres først, så 2 …'),
    field('Periode fra', h('input', { name: 'termFrom', type: 'date', value: osloToday })),
    field('Periode til', h('input', { name: 'termTo', type: 'date' }), 'Tom: til videre.'),
    h('div', { class: 'knapper' },
      h('button', { type: 'submit' }, 'Lagre medlemmet'),
      h('button', { type: 'button', class: 'sekundær', onclick: () => reset() }, 'Tøm skjemaet')));
  const reset = () => {
    editing = null;
    form.reset();
    clearErrors(form);
    heading().textContent = 'Legg til medlem eller vara';
  };
  form.edit = (member) => {
    editing = member;
    clearErrors(form);
    const values = {
      personName: member.personName, email: member.email, kind: member.kind, partnerId: member.partnerId, role: member.role,
      substituteForMemberId: member.substituteForMemberId, substituteRank: member.substituteRank || '', termFrom: member.termFrom, termTo: member.termTo,
    };
    for (const [name, value] of Object.entries(values)) form.elements[name].value = value ?? '';
    form.elements.hasVotingRight.checked = member.hasVotingRight;
    heading().textContent = `Endre ${member.personName}`;
    heading().scrollIntoView();
    form.elements.personName.focus();
  };
  onSubmit(form, async () => {
    const data = new FormData(form);
    const text = (name) => String(data.get(name) ?? '').trim();
    if (!text('personName')) throw new ApiError(400, '', [{ field: 'personName', description: 'Fyll inn navnet.' }]);
    const json = {
      personName: text('personName'), email: text('email'), kind: text('kind'), partnerId: text('partnerId'), role: text('role'),
      hasVotingRight: form.elements.hasVotingRight.checked, termFrom: text('termFrom'), termTo: text('termTo'),
      substituteForMemberId: text('role') === 'MEMBER_ROLE_SUBSTITUTE' ? text('substituteForMemberId') : '',
      substituteRank: text('role') === 'MEMBER_ROLE_SUBSTITUTE' ? Number(text('substituteRank') || 0) : 0,
    };
    const base = `/api/planning/arenas/${encodeURIComponent(arena.arenaId)}/members`;
    const saved = editing
      ? await api(`${base}/${editing.memberId}`, { method: 'PUT', json })
      : await api(base, { method: 'POST', json });
    await reload();
    announce(`${saved.personName} er lagret.`, 'ok');
  });
  return form;
}

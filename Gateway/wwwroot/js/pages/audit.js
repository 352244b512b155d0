// Revisjonslogg: who changed what in plans, agendas, decisions and documents (the secretariat only).
import { api } from '../api.js';
import { h, render, table, formatDateTime } from '../dom.js';
import { requireSecretariat } from './guard.js';

const title = 'Revisjonslogg';
const services = [
  ['planning', 'Årsplan'],
  ['meetings', 'Møter'],
  ['documents', 'Dokumenter'],
  ['notifications', 'Varsler'],
];

export async function show() {
  if (!requireSecretariat(title)) return;
  const parts = await Promise.all(services.map(async ([service, name]) => {
    try {
      const answer = await api(`/api/${service}/audit`);
      const entries = Array.isArray(answer) ? answer : answer.entries ?? [];
      return h('section', {},
        h('h2', {}, name),
        entries.length
          ? table(`Endringer i ${name.toLowerCase()}, nyeste først`, ['Tidspunkt', 'Hvem', 'Hva', 'Gjelder'], entries.map((entry) => h('tr', {},
            h('td', {}, formatDateTime(entry.occurredAt ?? entry.at ?? entry.timestamp)),
            h('td', {}, entry.actorName ?? entry.actor ?? entry.userName ?? entry.user ?? ''),
            h('td', {}, entry.summary ?? entry.action ?? ''),
            h('td', {}, [entry.entityType ?? entry.entity, entry.entityId].filter(Boolean).join(' ')))))
          : h('p', {}, 'Ingen endringer er registrert.'));
    } catch (error) {
      return h('section', {}, h('h2', {}, name), h('p', { class: 'feil' }, error.status === 404 ? 'Loggen er ikke tilgjengelig for denne tjenesten ennå.' : error.message));
    }
  }));
  render(h('h1', {}, title), h('p', {}, 'Alle endringer i årsplaner, sakslister, vedtak og dokumenter, med hvem som gjorde dem.'), parts);
}

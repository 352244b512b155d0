// @ts-check
// Revisjonslogg: who changed what in plans, agendas, decisions and documents (the secretariat only).
import { getAuditLog } from '../hfi-api.js';
import { h, render, table, fill, formatDateTime } from '../dom.js';
import { roleNames } from '../labels.js';
import { requireSecretariat, loadPart } from './guard.js';

const title = 'Revisjonslogg';
// Looked up by whatever role an entry holds, so typed for any string.
/** @type {Record<string, string>} */
const roleNameOf = roleNames;
/** @type {['planning' | 'meetings' | 'documents' | 'notifications', string][]} */
const services = [
  ['planning', 'Årsplan og organisasjon'],
  ['meetings', 'Møter, sakslister og vedtak'],
  ['documents', 'Dokumenter'],
  ['notifications', 'Varsler'],
];

/** @type {Record<string, string>} */
const actions = {
  CreateArena: 'Opprettet arena',
  AddArenaMember: 'La til medlem',
  ImportPlan: 'Importerte årsplan',
  ApprovePlan: 'Vedtok årsplan',
  RescheduleMeeting: 'Flyttet planlagt møte',
  CancelMeeting: 'Avlyste planlagt møte',
  MarkMeetingHeld: 'Markerte planlagt møte som avholdt',
  CreateMeeting: 'Opprettet møte',
  UpdateMeeting: 'Endret møte',
  AddAgendaItem: 'La til punkt på sakslisten',
  UpdateAgendaItem: 'Endret punkt på sakslisten',
  WithdrawAgendaItem: 'Trakk punkt fra sakslisten',
  ReorderAgenda: 'Endret rekkefølgen på sakslisten',
  IssueNotice: 'Sendte innkalling',
  MarkHeld: 'Markerte møtet som avholdt',
  DraftMinutes: 'Lagde utkast til protokoll',
  ApproveMinutes: 'Godkjente protokollen',
  RecordAttendance: 'Registrerte oppmøte',
  ReportAbsence: 'Meldte forfall for et medlem',
  ReportMyAbsence: 'Meldte eget forfall',
  WithdrawMyAbsence: 'Trakk eget forfall',
  AnswerSubstituteRequest: 'Svarte på forespørsel om vara',
  GiveProxy: 'Ga fullmakt',
  RevokeProxy: 'Trakk fullmakt',
  RecordConflictOfInterest: 'Registrerte inhabilitet',
  RecordDecision: 'Registrerte vedtak',
  SetArenaRules: 'Endret arenaens regler',
  CreateFollowUp: 'Opprettet oppfølgingspunkt',
  UpdateFollowUp: 'Endret oppfølgingspunkt',
  UploadAttachment: 'Lastet opp vedlegg',
  DeleteAttachment: 'Slettet vedlegg',
  SetAttachmentAccess: 'Endret tilgang til vedlegg',
  RetryDelivery: 'Sendte varsel på nytt',
  SetMyPreferences: 'Endret egne varslingsvalg',
  MarkInboxItemRead: 'Leste varsel',
};

export async function show() {
  if (!requireSecretariat(title)) return;
  const sections = await Promise.all(services.map(([service, name]) => serviceLog(service, name)));
  render(
    h('h1', {}, title),
    h('p', {}, 'Hvem som har endret hva i årsplaner, sakslister, vedtak, dokumenter og varsler – nyeste først.'),
    sections,
  );
}

async function serviceLog(
  /** @type {'planning' | 'meetings' | 'documents' | 'notifications'} */ service,
  /** @type {string} */ name,
) {
  const rows = h('div', {});
  const section = h('section', {}, h('h2', {}, name), rows);
  const load = async (before = '') => {
    const page = await loadPart(rows, () => getAuditLog(service, before));
    if (page) {
      const entries = page.entries ?? [];
      const more = page.nextBefore ? h('button', { type: 'button', class: 'sekundær' }, 'Vis eldre endringer') : null;
      more?.addEventListener('click', () => load(page.nextBefore));
      fill(
        rows,
        entries.length
          ? table(
              `Endringer: ${name.toLowerCase()}`,
              ['Tidspunkt', 'Hvem', 'Hva', 'Detaljer'],
              entries.map((entry) =>
                h(
                  'tr',
                  {},
                  h('td', {}, formatDateTime(entry.at)),
                  h(
                    'td',
                    {},
                    entry.name || entry.subject || 'Ukjent',
                    entry.role ? ` (${(roleNameOf[entry.role] ?? entry.role).toLowerCase()})` : '',
                  ),
                  h('td', {}, actions[entry.action] ?? entry.action),
                  h('td', {}, entry.summary),
                ),
              ),
            )
          : h('p', {}, 'Ingen endringer er registrert.'),
        before
          ? h(
              'p',
              {},
              h('button', { type: 'button', class: 'sekundær', onclick: () => load() }, 'Tilbake til de nyeste'),
            )
          : null,
        more,
      );
    }
  };
  await load();
  return section;
}

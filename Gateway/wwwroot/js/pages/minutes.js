// Protokoll: the minutes of a meeting. The secretariat drafts them from the meeting, corrects the wording of a
// decision, approves them and creates follow-ups (handlingsdel) from the decisions; members read approved minutes
// and their PDF, which Documents generates on approval.
import { api } from '../api.js';
import { h, render, field, table, announce, formatDate, formatTime } from '../dom.js';
import { onSubmit } from '../forms.js';
import { isSecretariat } from '../session.js';
import { meetingStatusNames, followUpStatusNames } from '../labels.js';
import { downloadLink, fileSize } from '../download.js';
import { requireSignIn, renderFailure } from './guard.js';

const title = 'Protokoll';
const attendanceNames = { present: 'Til stede', absent: 'Forfall', substitute: 'Vara', 'proxy-given': 'Fullmakt gitt' };

export async function show(meetingId) {
  if (!requireSignIn(title)) return;
  const id = encodeURIComponent(meetingId);
  let meeting;
  try {
    meeting = await api(`/api/meetings/${id}`);
  } catch (error) {
    renderFailure(title, error);
    return;
  }
  // Before the draft (or, for a member, before approval) there are no minutes to read.
  const minutes = await api(`/api/meetings/${id}/minutes`).catch(() => null);
  const [attachments, followUps] = await Promise.all([
    api(`/api/documents/meetings/${id}/attachments`).catch(() => ({ attachments: [] })),
    api(`/api/meetings/arenas/${encodeURIComponent(meeting.arenaId)}/follow-ups`).catch(() => ({ followUps: [] })),
  ]);
  const reload = async () => { await show(meetingId); };
  const approved = meeting.status === 'MEETING_STATUS_MINUTES_APPROVED';
  const pdfs = (attachments.attachments ?? []).filter((file) => /^Protokoll/.test(file.title ?? ''));
  const mine = (followUps.followUps ?? []).filter((f) => f.meetingId === meeting.meetingId);

  render(
    h('h1', {}, `${title}: ${meeting.title}`),
    h('p', {}, `${formatDate(meeting.startsAt)} kl. ${formatTime(meeting.startsAt)}–${formatTime(meeting.endsAt)}, ${meeting.place || 'sted kommer'}. Status: ${meetingStatusNames[meeting.status] ?? ''}.`),
    h('ul', { class: 'knapper lenker' },
      h('li', {}, h('a', { href: `/moter/${id}` }, 'Sakslisten')),
      isSecretariat() ? h('li', {}, h('a', { href: `/moter/${id}/motet` }, 'Møtet (oppmøte og vedtak)')) : null),
    isSecretariat() ? stepSection(meeting, minutes, reload) : null,
    minutes && (approved || isSecretariat())
      ? minutesSection(meeting, minutes, mine, reload)
      : h('p', {}, approved ? 'Protokollen er ikke tilgjengelig.' : 'Protokollen er ikke godkjent ennå.'),
    pdfs.length ? h('section', { 'aria-labelledby': 'pdf-tittel' },
      h('h2', { id: 'pdf-tittel' }, 'Godkjent protokoll som fil'),
      h('ul', {}, pdfs.map((file) => h('li', {}, downloadLink(file.downloadPath, file.title, file.fileName), ` (${fileSize(file.sizeBytes)})`)))) : null);
}

function stepSection(meeting, minutes, reload) {
  const status = meeting.status;
  const message = h('p', { class: 'feltfeil', id: 'protokoll-feil', role: 'alert', hidden: true });
  const step = async (button, path, done) => {
    button.disabled = true;
    message.hidden = true;
    try {
      await api(`/api/meetings/${meeting.meetingId}/${path}`, { method: 'POST', json: {} });
      await reload();
      announce(done, 'ok');
    } catch (error) {
      button.disabled = false;
      message.textContent = (error.fieldViolations ?? []).map((v) => v.description).join(' ') || error.message;
      message.hidden = false;
    }
  };
  let button = null;
  let hint = null;
  if (status === 'MEETING_STATUS_HELD') {
    button = h('button', { type: 'button', id: 'lag-utkast' }, 'Lag utkast til protokoll');
    button.addEventListener('click', () => step(button, 'minutes', 'Utkastet til protokoll er laget fra møtet.'));
    hint = 'Utkastet bygges fra oppmøtet og vedtakene som er ført.';
  } else if (status === 'MEETING_STATUS_MINUTES_DRAFTED') {
    button = h('button', { type: 'button', id: 'godkjenn' }, 'Godkjenn protokollen');
    button.addEventListener('click', () => {
      if (!confirm('Godkjenne protokollen? Den sendes da til representantene og kan ikke endres.')) return;
      step(button, 'minutes/approve', 'Protokollen er godkjent og sendes til representantene.');
    });
    hint = 'Les gjennom utkastet under og rett ordlyden i vedtakene før du godkjenner.';
  } else if (status === 'MEETING_STATUS_NOTICE_ISSUED' || status === 'MEETING_STATUS_DRAFT') {
    hint = 'Protokollen kan lages når møtet er markert som avholdt (på siden «Møtet»).';
  }
  const previews = status === 'MEETING_STATUS_MINUTES_DRAFTED' ? previewLinks(meeting) : null;
  return h('section', { 'aria-labelledby': 'steg-tittel' },
    h('h2', { id: 'steg-tittel' }, minutes ? 'Protokollens status' : 'Lag protokoll'),
    hint ? h('p', {}, hint) : null,
    previews, button, message);
}

// The PDF each audience gets on approval, rendered by Documents from the draft; nothing is approved or stored.
function previewLinks(meeting) {
  const link = (audience, text, file) => h('li', {},
    downloadLink(`/api/meetings/${encodeURIComponent(meeting.meetingId)}/minutes/preview?audience=${audience}`, text, file));
  return h('ul', { class: 'lenker', 'aria-label': 'Forhåndsvis protokollen som PDF' },
    link('all-members', 'Forhåndsvis PDF: til alle representantene', 'protokoll-utkast.pdf'),
    link('municipal-representatives', 'Forhåndsvis PDF: til kommunale representanter', 'protokoll-utkast-kommunale-representanter.pdf'));
}

function minutesSection(meeting, minutes, followUps, reload) {
  const editable = isSecretariat() && meeting.status === 'MEETING_STATUS_MINUTES_DRAFTED';
  const canFollowUp = isSecretariat() && ['MEETING_STATUS_MINUTES_DRAFTED', 'MEETING_STATUS_MINUTES_APPROVED', 'MEETING_STATUS_HELD'].includes(meeting.status);
  const items = meeting.agenda?.items ?? [];
  const attendees = minutes.attendees ?? [];
  return h('section', { 'aria-labelledby': 'protokoll-tittel' },
    h('h2', { id: 'protokoll-tittel' }, minutes.status === 'MEETING_STATUS_MINUTES_APPROVED' ? 'Godkjent protokoll' : 'Utkast til protokoll'),
    h('h3', {}, 'Til stede og forfall'),
    attendees.length ? table('Oppmøte', ['Navn', 'Part', 'Oppmøte', 'Merknad'], attendees.map((a) => h('tr', {},
      h('td', {}, a.name),
      h('td', {}, a.partnerName ?? ''),
      h('td', {}, attendanceNames[a.attendance] ?? a.attendance),
      h('td', {}, [a.substituteFor ? `vara for ${a.substituteFor}` : null, a.proxyHolder ? `fullmakt til ${a.proxyHolder}` : null, a.partlyAbsent || null,
        a.hasVotingRight ? null : 'uten stemmerett'].filter(Boolean).join(', '))))) : h('p', {}, 'Ingen oppmøte er registrert.'),
    h('h3', {}, 'Vedtak'),
    (minutes.decisions ?? []).length
      ? h('ol', { class: 'saksliste' }, minutes.decisions.map((d) => decisionCard(meeting, d, items.find((i) => i.caseNumber === d.caseNumber), editable, canFollowUp,
        followUps.filter((f) => f.caseNumber === d.caseNumber), reload)))
      : h('p', {}, 'Ingen vedtak er ført.'));
}

function votesText(decision) {
  if (!decision) return '';
  const disqualified = decision.disqualified?.length ? ` Inhabile: ${decision.disqualified.join(', ')}.` : '';
  const count = decision.unanimous ? 'Enstemmig vedtatt' : `Vedtatt med ${decision.votesFor} mot ${decision.votesAgainst} stemmer, ${decision.votesBlank} avsto`;
  return `${count} (${decision.votesEntitled} stemmeberettigede).${disqualified}`;
}

function decisionCard(meeting, entry, item, editable, canFollowUp, followUps, reload) {
  const decision = entry.decision;
  const key = item?.itemId ?? entry.caseNumber;
  return h('li', { class: item?.audience === 'municipal-representatives' ? 'sak begrenset' : 'sak', id: `vedtak-${entry.caseNumber}` },
    item?.audience === 'municipal-representatives' ? h('p', { class: 'merkelapp begrenset' }, 'Sak kun for kommunale representanter') : null,
    h('h4', {}, `Sak ${entry.caseNumber} ${entry.title}`),
    h('p', {}, h('strong', {}, 'Vedtak: '), decision?.adoptedText ?? ''),
    h('p', { class: 'dempet' }, votesText(decision)),
    editable && item ? wordingForm(meeting, item, decision, reload) : null,
    followUps.length ? [h('h5', {}, 'Oppfølging'), h('ul', {}, followUps.map((f) =>
      h('li', {}, `${f.description} – ansvarlig ${f.owner}${f.dueDate ? `, frist ${f.dueDate.split('-').reverse().join('.')}` : ''} (${followUpStatusNames[f.status] ?? ''})`)))] : null,
    canFollowUp && item ? followUpForm(meeting, item, key, reload) : null);
}

function wordingForm(meeting, item, decision, reload) {
  const form = h('form', { novalidate: true, class: 'innfelt' },
    field(`Ordlyd i sak ${item.caseNumber}`, h('textarea', { name: 'amendedText', id: `ordlyd-${item.itemId}`, rows: '3', value: decision?.adoptedText ?? '' })),
    h('button', { type: 'submit', class: 'sekundær liten' }, `Lagre ordlyden i sak ${item.caseNumber}`));
  onSubmit(form, async () => {
    // A correction of the wording: the decision keeps how it was made (proposal, alternative, amended) and its votes.
    const json = { decisionWording: { [item.itemId]: form.elements.amendedText.value.trim() } };
    await api(`/api/meetings/${meeting.meetingId}/minutes`, { method: 'PUT', json });
    await reload();
    announce(`Ordlyden i sak ${item.caseNumber} er lagret.`, 'ok');
  });
  return form;
}

function followUpForm(meeting, item, key, reload) {
  const form = h('form', { novalidate: true, id: `oppfolging-${key}` },
    field('Tiltak', h('input', { name: 'description', id: `tiltak-${key}`, autocomplete: 'off' })),
    field('Ansvarlig', h('input', { name: 'owner', id: `ansvarlig-${key}`, autocomplete: 'off' })),
    field('Frist', h('input', { name: 'dueDate', id: `frist-${key}`, type: 'date' }), 'Valgfritt.'),
    h('button', { type: 'submit', class: 'sekundær liten' }, `Legg til oppfølging av sak ${item.caseNumber}`));
  onSubmit(form, async () => {
    await api(`/api/meetings/${meeting.meetingId}/follow-ups`, {
      method: 'POST',
      json: {
        itemId: item.itemId, description: form.elements.description.value.trim(), owner: form.elements.owner.value.trim(), dueDate: form.elements.dueDate.value,
      },
    });
    await reload();
    announce(`Oppfølgingen av sak ${item.caseNumber} er lagt til handlingsdelen.`, 'ok');
  });
  return h('details', { class: 'innfelt' }, h('summary', {}, `Ny oppfølging av sak ${item.caseNumber}`), form);
}

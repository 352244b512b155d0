// @ts-check
// The page e-mails link to for a document: it downloads the file, through sign-in when the reader must be signed in.
import { h, render } from '../dom.js';
import { currentSession, currentUser } from '../session.js';
import { statusText } from '../api.js';
import { documentPath } from '../hfi-api.js';
import { goToSignIn } from './guard.js';

export async function show(/** @type {string} */ documentId) {
  const title = 'Dokument';
  const version = new URLSearchParams(location.search).get('version');
  const path = documentPath(documentId, version);
  const token = currentSession()?.token;
  const response = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (response.status === 401 && !currentUser()) {
    render(h('h1', {}, title), h('p', {}, 'Du må være innlogget for å hente dokumentet.'));
    goToSignIn();
    return;
  }
  if (!response.ok) {
    render(h('h1', {}, title), h('p', { class: 'feil', role: 'alert' }, statusText(response.status)));
    return;
  }
  const fileName = fileNameOf(response.headers.get('Content-Disposition')) || 'dokument';
  const link = h('a', { href: URL.createObjectURL(await response.blob()), download: fileName }, `Last ned ${fileName}`);
  render(h('h1', {}, title), h('p', {}, 'Nedlastingen starter. Hvis den ikke gjør det: ', link));
  link.click();
}

function fileNameOf(/** @type {string | null} */ disposition) {
  if (!disposition) return '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) return decodeURIComponent(encoded[1]);
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? '';
}

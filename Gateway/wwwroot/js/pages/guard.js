// @ts-check
// What a page shows to someone who must sign in (or lacks the role) to use it.
import { h, render, fill } from '../dom.js';
import { currentUser, isSecretariat } from '../session.js';

const signInPath = () => `/logg-inn?neste=${encodeURIComponent(location.pathname + location.search)}`;

function signInLink() {
  return h('a', { href: signInPath() }, 'Logg inn');
}

/** Sends the reader to sign in and, once signed in, back to this page (e.g. from a link in an e-mail). */
export function goToSignIn() {
  location.replace(signInPath());
}

/** True when someone is signed in; otherwise takes the reader through sign-in and back to this page. */
export function requireSignIn(/** @type {string} */ title) {
  if (currentUser()) return true;
  render(h('h1', {}, title), h('p', {}, 'Du må være innlogget for å se denne siden. ', signInLink()));
  goToSignIn();
  return false;
}

/** True for the secretariat (and administrators); otherwise renders why the page is closed. */
export function requireSecretariat(/** @type {string} */ title) {
  if (!requireSignIn(title)) return false;
  if (isSecretariat()) return true;
  render(h('h1', {}, title), h('p', {}, 'Denne siden er bare for sekretariatet.'));
  return false;
}

/** Renders an error that stopped a page from loading. */
export function renderFailure(/** @type {string} */ title, /** @type {unknown} */ error) {
  const { message, status } = /** @type {{ message?: string, status?: number }} */ (error ?? {});
  render(
    h('h1', {}, title),
    h('p', { class: 'feil', role: 'alert' }, message || 'Noe gikk galt.'),
    status === 401 ? h('p', {}, signInLink()) : null,
  );
}

/**
 * What a page needs before it can show anything: loaded, or (on a refusal or a failure) the page titled with the
 * reason instead, and undefined.
 * @template T
 * @param {string} title
 * @param {() => Promise<T>} load
 * @returns {Promise<T | undefined>}
 */
export async function loadPage(title, load) {
  try {
    return await load();
  } catch (error) {
    renderFailure(title, error);
    return undefined;
  }
}

/**
 * The same for a part of a page: loaded, or the reason shown in its place, and undefined.
 * @template T
 * @param {HTMLElement} area
 * @param {() => Promise<T>} load
 * @returns {Promise<T | undefined>}
 */
export async function loadPart(area, load) {
  try {
    return await load();
  } catch (error) {
    fill(
      area,
      h('p', { class: 'feil', role: 'alert' }, /** @type {{ message?: string }} */ (error).message || 'Noe gikk galt.'),
    );
    return undefined;
  }
}

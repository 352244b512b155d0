// What a page shows to someone who must sign in (or lacks the role) to use it.
import { h, render } from '../dom.js';
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
export function requireSignIn(title) {
  if (currentUser()) return true;
  render(h('h1', {}, title), h('p', {}, 'Du må være innlogget for å se denne siden. ', signInLink()));
  goToSignIn();
  return false;
}

/** True for the secretariat (and administrators); otherwise renders why the page is closed. */
export function requireSecretariat(title) {
  if (!requireSignIn(title)) return false;
  if (isSecretariat()) return true;
  render(h('h1', {}, title), h('p', {}, 'Denne siden er bare for sekretariatet.'));
  return false;
}

/** Renders an error that stopped a page from loading. */
export function renderFailure(title, error) {
  render(h('h1', {}, title), h('p', { class: 'feil', role: 'alert' }, error.message || 'Noe gikk galt.'),
    error.status === 401 ? h('p', {}, signInLink()) : null);
}

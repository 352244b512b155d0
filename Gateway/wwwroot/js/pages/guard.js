// What a page shows to someone who must sign in (or lacks the role) to use it.
import { h, render } from '../dom.js';
import { currentUser, isSecretariat } from '../session.js';

function signInLink() {
  return h('a', { href: `/logg-inn?neste=${encodeURIComponent(location.pathname)}` }, 'Logg inn');
}

/** True when someone is signed in; otherwise renders a sign-in prompt under the page's heading. */
export function requireSignIn(title) {
  if (currentUser()) return true;
  render(h('h1', {}, title), h('p', {}, 'Du må være innlogget for å se denne siden. ', signInLink()));
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

// @ts-check
// The router: the gateway serves index.html for every page route; this module picks the page from the path.
import { h, render, announce } from './dom.js';
import { currentUser, isSecretariat, signOut } from './session.js';

/** @type {{ pattern: RegExp, load: () => Promise<{ show: (...parameters: string[]) => Promise<void> }> }[]} */
const routes = [
  { pattern: /^\/$/, load: () => import('./pages/home.js') },
  { pattern: /^\/logg-inn$/, load: () => import('./pages/signin.js') },
  { pattern: /^\/arsplan$/, load: () => import('./pages/plan.js') },
  { pattern: /^\/moter\/([^/]+)$/, load: () => import('./pages/meeting.js') },
  { pattern: /^\/moter\/([^/]+)\/innkalling$/, load: () => import('./pages/notice.js') },
  { pattern: /^\/moter\/([^/]+)\/forfall$/, load: () => import('./pages/absence.js') },
  { pattern: /^\/moter\/([^/]+)\/motet$/, load: () => import('./pages/meetingday.js') },
  { pattern: /^\/moter\/([^/]+)\/protokoll$/, load: () => import('./pages/minutes.js') },
  { pattern: /^\/moter\/([^/]+)\/vara\/([^/]+)$/, load: () => import('./pages/substitute.js') },
  { pattern: /^\/mine-moter$/, load: () => import('./pages/mymeetings.js') },
  { pattern: /^\/varsler$/, load: () => import('./pages/inbox.js') },
  { pattern: /^\/oppfolging$/, load: () => import('./pages/followups.js') },
  { pattern: /^\/medlemmer$/, load: () => import('./pages/members.js') },
  { pattern: /^\/revisjonslogg$/, load: () => import('./pages/audit.js') },
  { pattern: /^\/tilgjengelighet$/, load: () => import('./pages/accessibility.js') },
  { pattern: /^\/dokumenter\/([^/]+)$/, load: () => import('./pages/document.js') },
];

function renderMenu() {
  const user = currentUser();
  const links = [
    ['/', 'Møter'],
    ['/arsplan', 'Årsplan'],
    ['/oppfolging', 'Oppfølging'],
    user ? ['/mine-moter', 'Mine møter'] : null,
    user ? ['/varsler', 'Mine varsler'] : null,
    isSecretariat() ? ['/medlemmer', 'Medlemmer'] : null,
    isSecretariat() ? ['/revisjonslogg', 'Revisjonslogg'] : null,
    user ? null : ['/logg-inn', 'Logg inn'],
  ].filter((link) => link !== null);
  const here = location.pathname;
  /** @type {HTMLElement} */ (document.getElementById('meny')).replaceChildren(
    ...links.map(([href, text]) => h('li', {}, h('a', { href, 'aria-current': here === href ? 'page' : null }, text))),
  );

  const box = /** @type {HTMLElement} */ (document.getElementById('bruker'));
  box.replaceChildren();
  if (user) {
    box.append(
      h('span', {}, `Innlogget som ${user.name}`),
      h(
        'button',
        {
          type: 'button',
          class: 'knapp-lenke',
          onclick: () => {
            signOut();
            navigate('/');
            announce('Du er logget ut.');
          },
        },
        'Logg ut',
      ),
    );
  }
}

export async function navigate(/** @type {string} */ path, { replace = false } = {}) {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  await show();
}

async function show() {
  delete document.body.dataset.shown;
  renderMenu();
  const path = location.pathname.replace(/\/+$/, '') || '/';
  const route = routes.find((r) => r.pattern.test(path));
  if (!route) {
    render(h('h1', {}, 'Fant ikke siden'), h('p', {}, h('a', { href: '/' }, 'Gå til forsiden')));
    document.body.dataset.shown = path;
    return;
  }
  const parameters = (path.match(route.pattern) ?? []).slice(1).map(decodeURIComponent);
  const page = await route.load();
  await page.show(...parameters);
  if (document.body.dataset.started) document.getElementById('innhold')?.focus();
  document.body.dataset.started = 'true';
  // Tells a waiting reader (and the browser tests) that the page has finished loading its data.
  document.body.dataset.shown = path;
}

// Links inside the app change the page without reloading it; files and API links load as usual.
document.addEventListener('click', (event) => {
  const link = /** @type {HTMLAnchorElement | null} */ (
    event.target instanceof Element ? event.target.closest('a[href]') : null
  );
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/api/') || link.hasAttribute('download') || url.hash)
    return;
  event.preventDefault();
  navigate(url.pathname + url.search);
});

window.addEventListener('popstate', show);
show();

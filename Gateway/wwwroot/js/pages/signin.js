// @ts-check
// Logg inn: in development, pick one of the seeded demo users; the token is kept for this tab only.
import { listDevUsers, devSignIn } from '../hfi-api.js';
import { h, render, announce } from '../dom.js';
import { ApiError } from '../api.js';
import { onSubmit } from '../forms.js';
import { signIn } from '../session.js';
import { roleNames, partnerKindNames } from '../labels.js';
import { navigate } from '../app.js';
import { renderFailure } from './guard.js';
/** @import { User } from '../types.js' */

const title = 'Logg inn';

function describe(/** @type {User} */ user) {
  const role = /** @type {Record<string, string>} */ (roleNames)[user.role] ?? user.role;
  const kind = /** @type {Record<string, string>} */ (partnerKindNames)[user.partnerKind ?? ''];
  return kind ? `${user.name} – ${role}, ${kind}` : `${user.name} – ${role}`;
}

export async function show() {
  let users;
  try {
    users = await listDevUsers();
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      render(
        h('h1', {}, title),
        h(
          'p',
          {},
          'Innlogging med demobrukere finnes bare i utviklingsmiljøet. Logg inn gjennom virksomhetens innlogging (ID-porten).',
        ),
      );
      return;
    }
    renderFailure(title, error);
    return;
  }

  const choices = users.map((user, index) =>
    h(
      'div',
      { class: 'valg' },
      h('input', {
        type: 'radio',
        name: 'user',
        id: `bruker-${user.id}`,
        value: user.id,
        required: true,
        checked: index === 0,
      }),
      h('label', { for: `bruker-${user.id}` }, describe(user)),
    ),
  );
  const form = h(
    'form',
    { novalidate: true },
    h(
      'fieldset',
      {},
      h('legend', {}, 'Velg en demobruker'),
      choices,
      h('p', { class: 'feltfeil', id: 'user-feil', hidden: true }),
    ),
    h('button', { type: 'submit' }, 'Logg inn'),
  );

  onSubmit(form, async () => {
    const user = String(new FormData(form).get('user') ?? '');
    const answer = await devSignIn(user);
    signIn(answer);
    announce(`Du er logget inn som ${answer.user.name}.`, 'ok');
    const next = new URLSearchParams(location.search).get('neste');
    await navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true });
  });

  render(
    h('h1', {}, title),
    h('p', {}, 'Dette er utviklingsmiljøet: velg hvem du vil logge inn som. Innloggingen gjelder til du lukker fanen.'),
    form,
  );
}

// @ts-check
// Shows an API error next to the field it names, in Norwegian where the field is known, and in a summary.
import { ApiError, statusText } from './api.js';
import { h, announce } from './dom.js';

/** Clears earlier errors of a form. */
export function clearErrors(/** @type {HTMLFormElement} */ form) {
  form.querySelector('.feilsammendrag')?.remove();
  for (const message of form.querySelectorAll('.feltfeil')) {
    /** @type {HTMLElement} */ (message).hidden = true;
    message.textContent = '';
  }
  for (const control of form.querySelectorAll('[aria-invalid]')) {
    control.removeAttribute('aria-invalid');
    const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => !id.endsWith('-feil'));
    if (described.length) control.setAttribute('aria-describedby', described.join(' '));
    else control.removeAttribute('aria-describedby');
  }
}

const normalise = (/** @type {string | null | undefined} */ name) =>
  (name ?? '')
    .split('.')
    .pop()
    ?.replace(/[^a-z0-9]/gi, '')
    .toLowerCase() ?? '';

/** The control a violation's field names ("item.duration_minutes" → the control named durationMinutes). */
function controlFor(/** @type {HTMLFormElement} */ form, /** @type {string} */ field) {
  const wanted = normalise(field);
  if (!wanted) return null;
  return [...controlsOf(form)].find((control) => control.name && normalise(control.name) === wanted) ?? null;
}

/** A form's controls, those with a name also by name (form.elements, typed for reading and setting values). */
export function controlsOf(/** @type {HTMLFormElement} */ form) {
  return /** @type {HTMLInputElement[] & Record<string, HTMLInputElement>} */ (/** @type {unknown} */ (form.elements));
}

/** Marks the fields an error names and lists every problem at the top of the form; focus goes to the summary. */
export function showErrors(/** @type {HTMLFormElement} */ form, /** @type {unknown} */ error) {
  clearErrors(form);
  if (!(error instanceof ApiError)) {
    announce('Noe gikk galt. Prøv igjen.', 'feil');
    throw error;
  }
  const items = [];
  for (const violation of error.fieldViolations) {
    const control = controlFor(form, violation.field);
    if (control) {
      const label = form.querySelector(`label[for="${control.id}"]`)?.textContent ?? violation.field;
      /** @type {HTMLElement | null} */
      const message = form.querySelector(`#${CSS.escape(control.id)}-feil`);
      if (message) {
        message.textContent = violation.description;
        message.hidden = false;
      }
      control.setAttribute('aria-invalid', 'true');
      const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
      control.setAttribute('aria-describedby', [...described, `${control.id}-feil`].join(' '));
      items.push(h('li', {}, h('a', { href: `#${control.id}` }, `${label}: ${violation.description}`)));
    } else {
      items.push(h('li', {}, violation.description));
    }
  }
  const summary = h(
    'div',
    { class: 'feilsammendrag', role: 'alert', tabindex: '-1' },
    h('h2', {}, statusText(error.status)),
    items.length ? h('ul', {}, items) : null,
  );
  form.prepend(summary);
  summary.focus();
}

/** Runs a form's submit action with its button disabled, its errors cleared and shown. */
/**
 * @param {HTMLFormElement} form
 * @param {(event: SubmitEvent) => Promise<void>} action
 */
export function onSubmit(form, action) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const submitter = /** @type {HTMLButtonElement | null} */ (event.submitter);
    form.setAttribute('aria-busy', 'true');
    if (submitter) submitter.disabled = true;
    clearErrors(form);
    try {
      await action(event);
    } catch (error) {
      showErrors(form, error);
    } finally {
      form.removeAttribute('aria-busy');
      if (submitter) submitter.disabled = false;
    }
  });
  return form;
}

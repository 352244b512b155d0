// Shows an API error next to the field it names, in Norwegian where the field is known, and in a summary.
import { ApiError, statusText } from './api.js';
import { h, announce } from './dom.js';

/** Clears earlier errors of a form. */
export function clearErrors(form) {
  form.querySelector('.feilsammendrag')?.remove();
  for (const message of form.querySelectorAll('.feltfeil')) {
    message.hidden = true;
    message.textContent = '';
  }
  for (const control of form.querySelectorAll('[aria-invalid]')) {
    control.removeAttribute('aria-invalid');
    const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => !id.endsWith('-feil'));
    if (described.length) control.setAttribute('aria-describedby', described.join(' '));
    else control.removeAttribute('aria-describedby');
  }
}

const normalise = (name) => (name ?? '').split('.').pop().replace(/[^a-z0-9]/gi, '').toLowerCase();

/** The control a violation's field names ("item.duration_minutes" → the control named durationMinutes). */
function controlFor(form, field) {
  const wanted = normalise(field);
  if (!wanted) return null;
  return [...form.elements].find((control) => control.name && normalise(control.name) === wanted) ?? null;
}

/** Marks the fields an error names and lists every problem at the top of the form; focus goes to the summary. */
export function showErrors(form, error) {
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
  const summary = h('div', { class: 'feilsammendrag', role: 'alert', tabindex: '-1' },
    h('h2', {}, statusText(error.status)),
    items.length ? h('ul', {}, items) : null);
  form.prepend(summary);
  summary.focus();
}

/** Runs a form's submit action with its button disabled, its errors cleared and shown. */
export function onSubmit(form, action) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const submitter = event.submitter;
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

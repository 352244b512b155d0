// @ts-check
// Calls the gateway's REST API with the signed-in user's token, and turns error answers into ApiError.
import { currentSession } from './session.js';
import { inNorwegian } from './messages.js';

/**
 * An error answer read into one shape. Every refusal of ours is problem details (RFC 7807) with a stable `reason`
 * code, the Norwegian `detail` and Norwegian `errors` by field; those are what the user is shown, never the
 * English `message`.
 */
export class ApiError extends Error {
  /**
   * @param {number} status the HTTP status; 0 when the service could not be reached
   * @param {string} message Norwegian, for the user
   * @param {FieldViolation[]} fieldViolations
   * @param {string | null} [reason] the refusal's stable code
   */
  constructor(status, message, fieldViolations, reason = null) {
    super(message);
    this.status = status;
    this.fieldViolations = fieldViolations;
    this.reason = reason;
  }
}

/** @typedef {{ field: string, description: string }} FieldViolation */

/** @type {Record<number, string>} */
const statusTexts = {
  400: 'Noe i skjemaet må rettes.',
  401: 'Du må logge inn for å gjøre dette.',
  403: 'Du har ikke tilgang til dette.',
  404: 'Fant ikke det du ba om.',
  409: 'Noen andre har endret dette i mellomtiden. Last siden på nytt og prøv igjen.',
  413: 'Filen er for stor.',
  429: 'For mange forespørsler på kort tid. Vent litt og prøv igjen.',
};

/** A Norwegian sentence for an HTTP status, for messages shown to the user. */
export function statusText(/** @type {number} */ status) {
  return (
    statusTexts[status] ??
    (status >= 500 ? 'Tjenesten svarer ikke som den skal akkurat nå. Prøv igjen senere.' : `Uventet svar (${status}).`)
  );
}

/**
 * @typedef {object} RequestOptions
 * @property {string} [method]
 * @property {unknown} [json] sent as JSON
 * @property {BodyInit} [body] sent as it is, with contentType (or the browser's, for FormData)
 * @property {string} [contentType]
 * @property {AbortSignal} [signal]
 */

/**
 * The answer of one API call: its JSON (or text), null for 204. Only hfi-api.js calls this, and types the answer.
 * @param {string} path
 * @param {RequestOptions} [options]
 * @returns {Promise<any>}
 */
export async function api(path, { method = 'GET', json, body, contentType, signal } = {}) {
  /** @type {Record<string, string>} */
  const headers = { Accept: 'application/json' };
  const token = currentSession()?.token;
  if (token) headers.Authorization = `Bearer ${token}`;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (contentType) {
    headers['Content-Type'] = contentType;
  }

  let response;
  try {
    response = await fetch(path, { method, headers, body, signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'Fikk ikke kontakt med tjenesten. Sjekk nettforbindelsen og prøv igjen.', []);
  }
  if (response.ok) {
    if (response.status === 204) return null;
    const type = response.headers.get('Content-Type') ?? '';
    return type.includes('json') ? response.json() : response.text();
  }
  throw await errorOf(response);
}

async function errorOf(/** @type {Response} */ response) {
  let problem = null;
  try {
    problem = await response.json();
  } catch {
    // Not JSON: the status alone says enough.
  }
  return new ApiError(response.status, statusText(response.status), violationsOf(problem), problem?.reason ?? null);
}

/** Field violations in Norwegian: the problem's `errors` by field, or its Norwegian `detail` when it names no field. */
function violationsOf(/** @type {any} */ problem) {
  if (!problem) return [];
  /** @type {FieldViolation[]} */
  const violations = [];
  for (const detail of problem.details ?? []) {
    for (const violation of detail.fieldViolations ?? []) {
      violations.push({
        field: violation.field,
        description: violation.localizedMessage?.message ?? inNorwegian(violation.description),
      });
    }
  }
  for (const [field, messages] of Object.entries(problem.errors ?? {})) {
    for (const description of /** @type {string[]} */ ([]).concat(messages))
      violations.push({ field, description: inNorwegian(description) });
  }
  // With a reason code the detail is Norwegian; without one (not our answer) only a known sentence is shown.
  const message = problem.reason ? problem.detail : inNorwegian(problem.message ?? problem.detail ?? '');
  if (violations.length === 0 && message && (problem.reason || message !== (problem.message ?? problem.detail))) {
    violations.push({ field: '', description: message });
  }
  return violations;
}

/** What a refusal says, in Norwegian: the reasons it gives, or the sentence for its status. */
export function refusalText(/** @type {unknown} */ error) {
  if (!(error instanceof ApiError)) return 'Noe gikk galt. Prøv igjen.';
  const details = error.fieldViolations.map((violation) => inNorwegian(violation.description)).filter(Boolean);
  return details.length ? details.join(' ') : error.message;
}

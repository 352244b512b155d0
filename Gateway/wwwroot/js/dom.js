// @ts-check
// Small helpers to build the pages from data without ever parsing it as HTML.

/** @typedef {Node | string | number | null | undefined | false | readonly any[]} Child an array holds more children */
/** @typedef {Record<string, any>} Attributes */

/**
 * An element: h('a', { href: '/' }, 'Forsiden'). Attributes set to null/false are left out; 'on*' are listeners.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Attributes | null} [attributes]
 * @param {Child[]} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  /** @type {Record<string, any>} */
  const properties = element;
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'class') element.className = value;
    else if (name === 'value') continue;
    else if (name in element && typeof value !== 'string') properties[name] = value;
    else element.setAttribute(name, value === true ? '' : value);
  }
  append(element, children);
  // A select's value can only be set once its options are there; a textarea's is its content, not an attribute.
  if (attributes?.value !== undefined && attributes.value !== null) properties.value = attributes.value;
  return element;
}

function append(/** @type {Element} */ element, /** @type {Child[]} */ children) {
  for (const child of /** @type {(Node | string | number | null | undefined | false)[]} */ (children.flat(Infinity))) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces an element's content with the given children (arrays flattened, null and false left out). */
export function fill(/** @type {HTMLElement} */ element, /** @type {Child[]} */ ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/** Replaces the main content and moves focus to its heading, so screen readers hear that the page changed. */
export function render(/** @type {Child[]} */ ...children) {
  const main = /** @type {HTMLElement} */ (document.getElementById('innhold'));
  main.replaceChildren();
  append(main, children);
  const heading = main.querySelector('h1');
  document.title = heading ? `${heading.textContent} – Helsefellesskap Innlandet` : 'Helsefellesskap Innlandet';
}

/** A message in the polite live region (and visible at the bottom of the page). */
export function announce(/** @type {string} */ text, /** @type {'info' | 'ok' | 'feil'} */ kind = 'info') {
  const region = /** @type {HTMLElement} */ (document.getElementById('melding'));
  region.className = `melding melding-${kind}`;
  region.textContent = '';
  // A new text node after clearing makes screen readers announce even a repeated message.
  setTimeout(() => {
    region.textContent = text;
  }, 50);
}

let fieldCounter = 0;

/** A labelled control with a place for its error: field('Tittel', h('input', { name: 'title' })). */
export function field(
  /** @type {string} */ label,
  /** @type {HTMLElement} */ control,
  /** @type {string | null} */ hint = null,
) {
  const id = control.id || `felt-${++fieldCounter}`;
  control.id = id;
  const hintId = hint ? `${id}-hint` : null;
  if (hintId) control.setAttribute('aria-describedby', hintId);
  return h(
    'div',
    { class: 'felt' },
    h('label', { for: id }, label),
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
    control,
    h('p', { class: 'feltfeil', id: `${id}-feil`, hidden: true }),
  );
}

// Dates and times as the services write them (ServiceDefaults/Norwegian/NorwegianText.cs): "tirsdag 4. mars 2025",
// "kl. 16:00" with a colon, in Oslo time. Names and formats are spelled out, not taken from the browser's nb-NO data,
// which differs between browsers and versions (older ones write "16.00").
const weekdays = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];
const months = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];
const shortMonths = ['jan.', 'feb.', 'mar.', 'apr.', 'mai', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'];
const osloParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant's Oslo wall clock: year, month (1–12), day, weekday (0 is Sunday), and "HH:mm". */
/** @param {string} iso */
function inOslo(iso) {
  const parts = Object.fromEntries(osloParts.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  const [year, month, day] = [+parts.year, +parts.month, +parts.day];
  return {
    year,
    month,
    day,
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
    time: `${parts.hour}:${parts.minute}`,
  };
}

/** The day in Oslo as yyyy-MM-dd: of an instant, or today. */
/** @param {string} [iso] */
export function osloDay(iso) {
  const { year, month, day } = inOslo(iso ?? new Date().toISOString());
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "tirsdag 4. mars 2025". */
/** @param {string} [iso] */
export function formatDate(iso) {
  if (!iso) return '';
  const { year, month, day, weekday } = inOslo(iso);
  return `${weekdays[weekday]} ${day}. ${months[month - 1]} ${year}`;
}

/** "4. mars 2025 kl. 16:00", for when something happened. */
/** @param {string} [iso] */
export function formatDateTime(iso) {
  if (!iso) return '';
  const { year, month, day, time } = inOslo(iso);
  return `${day}. ${shortMonths[month - 1]} ${year} kl. ${time}`;
}

/** "13. feb. 2027", for a calendar day (yyyy-MM-dd) such as a due date, which has no time zone. */
/** @param {string} day */
export function formatShortDay(day) {
  const [year, month, date] = day.split('-').map(Number);
  return `${date}. ${shortMonths[month - 1]} ${year}`;
}

/** "16:00". */
export const formatTime = (/** @type {string | undefined} */ iso) => (iso ? inOslo(iso).time : '');

/** A table that scrolls sideways on a narrow screen, reachable and scrollable with the keyboard. */
export function table(
  /** @type {string} */ caption,
  /** @type {string[]} */ headers,
  /** @type {HTMLTableRowElement[]} */ rows,
) {
  const captionId = `tabell-${++fieldCounter}`;
  const body = h('tbody', {}, rows);
  // On a phone each row becomes a card, its cells labelled by their column (see site.css).
  for (const row of body.rows)
    [...row.cells].forEach((cell, index) => {
      cell.dataset.label = headers[index] ?? '';
    });
  return h(
    'div',
    { class: 'tabell-rull', role: 'region', 'aria-labelledby': captionId, tabindex: '0' },
    h(
      'table',
      {},
      h('caption', { id: captionId }, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          headers.map((header) => h('th', { scope: 'col' }, header)),
        ),
      ),
      body,
    ),
  );
}

export function loading() {
  return h('p', { class: 'laster' }, 'Laster …');
}

/** The UTC instant of a wall-clock date and time in Oslo ("2024-10-17", "16:00"), whatever the browser's zone. */
export function osloInstant(/** @type {string} */ date, /** @type {string} */ time) {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const wanted = Date.UTC(year, month - 1, day, hour, minute);
  let guess = wanted;
  for (let i = 0; i < 2; i++) {
    const parts = Object.fromEntries(osloParts.formatToParts(new Date(guess)).map((p) => [p.type, p.value]));
    const shown = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour % 24, +parts.minute);
    guess += wanted - shown;
  }
  return new Date(guess).toISOString();
}

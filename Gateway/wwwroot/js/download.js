// @ts-check
// Downloads a file through the API with the signed-in user's token (a plain link would go without it).
import { currentSession } from './session.js';
import { statusText } from './api.js';
import { h, announce } from './dom.js';

export function downloadLink(
  /** @type {string} */ path,
  /** @type {string} */ text,
  /** @type {string} */ fileName = '',
) {
  return h(
    'a',
    {
      href: path,
      download: fileName || true,
      onclick: async (/** @type {MouseEvent} */ event) => {
        event.preventDefault();
        const token = currentSession()?.token;
        const response = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
        if (!response.ok) {
          announce(statusText(response.status), 'feil');
          return;
        }
        const url = URL.createObjectURL(await response.blob());
        const save = h('a', { href: url, download: fileName || '' });
        document.body.append(save);
        save.click();
        save.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      },
    },
    text,
  );
}

export function fileSize(/** @type {string | number | undefined} */ bytes) {
  if (!bytes) return '';
  const size = Number(bytes);
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${Math.round(size / 1024)} kB`;
  return `${(size / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

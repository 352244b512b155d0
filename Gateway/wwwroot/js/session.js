// @ts-check
// The signed-in user and their token, kept for this browser tab only (sessionStorage).
/** @import { SignInAnswer, User } from './types.js' */
const key = 'hfi.session';

/** @returns {SignInAnswer | null} */
export function currentSession() {
  try {
    const stored = JSON.parse(sessionStorage.getItem(key) ?? 'null');
    if (!stored?.token) return null;
    if (stored.expiresAt && Date.parse(stored.expiresAt) <= Date.now()) {
      signOut();
      return null;
    }
    return stored;
  } catch {
    return null;
  }
}

export function signIn(/** @type {SignInAnswer} */ answer) {
  sessionStorage.setItem(key, JSON.stringify({ token: answer.token, expiresAt: answer.expiresAt, user: answer.user }));
}

export function signOut() {
  sessionStorage.removeItem(key);
}

/** @returns {User | null} */
export function currentUser() {
  return currentSession()?.user ?? null;
}

export function isSecretariat() {
  const role = currentUser()?.role;
  return role === 'secretariat' || role === 'admin';
}

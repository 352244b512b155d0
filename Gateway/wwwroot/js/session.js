// The signed-in user and their token, kept for this browser tab only (sessionStorage).
const key = 'hfi.session';

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

export function signIn(answer) {
  sessionStorage.setItem(key, JSON.stringify({ token: answer.token, expiresAt: answer.expiresAt, user: answer.user }));
}

export function signOut() {
  sessionStorage.removeItem(key);
}

export function currentUser() {
  return currentSession()?.user ?? null;
}

export function isSecretariat() {
  const role = currentUser()?.role;
  return role === 'secretariat' || role === 'admin';
}

// The dashboard's bearer token, kept in this tab's sessionStorage only: gone when the tab closes, never in localStorage or a cookie.
/// <reference lib="dom" />

const KEY = 'patient-journey.dashboard.token';

export function savedToken(): string | null {
  return sessionStorage.getItem(KEY);
}

export function saveToken(token: string): void {
  sessionStorage.setItem(KEY, token);
}

export function forgetToken(): void {
  sessionStorage.removeItem(KEY);
}

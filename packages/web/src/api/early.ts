// Requests started by the entry before any page code has loaded, so that on a cold visit the data and
// the code travel at the same time; the page's query takes the request instead of sending it again.
import { http } from './http.ts';

const started = new Map<string, Promise<unknown>>();

/** Starts GET /api{path} now (once). */
export function fetchEarly(path: string): void {
  if (!started.has(path)) started.set(path, http.get(path));
}

/** GET /api{path}: the request started early when there is one (used once), otherwise a new one. */
export function getOnce<T>(path: string): Promise<T> {
  const early = started.get(path) as Promise<T> | undefined;
  started.delete(path);
  return early ?? http.get<T>(path);
}

/** The API paths a public page reads first, from its address. */
export function publicPathsOf(pathname: string): string[] {
  const form = /^\/public\/forms\/([0-9a-f-]{36})\/?$/i.exec(pathname);
  if (form) return [`/public/forms/${form[1]}`];
  const disclosure = /^\/public\/disclosure\/([0-9a-f-]{36})\/(\d{4})\/?$/i.exec(pathname);
  if (disclosure) return [`/public/disclosures/${disclosure[1]}/${disclosure[2]}`];
  if (/^\/public\/?$/.test(pathname)) return ['/public/forms?limit=200', '/public/disclosures'];
  return [];
}

/**
 * URL scheme: Indonesian at the root, English under /en/. Every page exists in both languages
 * at the same path after the prefix, so the language switch is a pure function of the path.
 */
import type { Lang } from './lang.ts';

/** The language-neutral path ("/", "/wilayah/gianyar/") of a localized one. */
export function neutralPath(localizedPath: string): string {
  const p = localizedPath.startsWith('/') ? localizedPath : `/${localizedPath}`;
  if (p === '/en' || p === '/en/') return '/';
  return p.startsWith('/en/') ? p.slice(3) : p;
}

export function langOfPath(localizedPath: string): Lang {
  return /^\/en(?:\/|$)/.test(localizedPath) ? 'en' : 'id';
}

/** The path of a neutral page in a language: ("/", "en") → "/en/". */
export function localizedPath(neutral: string, lang: Lang): string {
  const p = neutral.startsWith('/') ? neutral : `/${neutral}`;
  return lang === 'id' ? p : `/en${p}`;
}

/** The same page in the other language. */
export function switchLanguagePath(currentPath: string, to: Lang): string {
  return localizedPath(neutralPath(currentPath), to);
}

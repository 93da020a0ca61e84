export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Locales for Intl formatting (British English writes dates as 14 October 2025). */
export const LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

export function otherLang(lang: Lang): Lang {
  return lang === 'id' ? 'en' : 'id';
}

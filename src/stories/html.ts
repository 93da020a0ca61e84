/**
 * The one place story HTML is escaped. Every string that comes from a CSV or a Markdown file
 * passes through `escapeHtml` before it reaches the page; templates never concatenate raw text.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Attributes as ` name="value"`, escaped; `undefined` values are left out. */
export function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`)
    .join('');
}

/** True for an absolute http(s) address: a link that leaves the site. */
export function isExternal(href: string): boolean {
  return /^https?:\/\//i.test(href);
}

/**
 * Only http(s), mailto and same-site links are allowed in stories. markdown-it already refuses
 * javascript:, vbscript:, file: and data: links; this narrows it further so a future scheme
 * (or an obfuscated one) cannot slip through.
 */
export function isSafeHref(href: string): boolean {
  const trimmed = href.trim();
  if (/^(?:https?:|mailto:)/i.test(trimmed)) return true;
  // Relative and same-site links: no scheme before the first / ? or #.
  return !/^[^/?#]*:/.test(trimmed);
}

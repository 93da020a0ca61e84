/**
 * Each page's Content-Security-Policy, written into its <head> once Astro has rendered it.
 * Astro's own `security.csp` hashes every script and style of the whole site into every page
 * (it collects them per build, not per page), so most hashes in a page matched nothing in it.
 * Here a page allows exactly the inline <script> and <style> elements it contains, plus files
 * from its own origin. `frame-ancestors` cannot be set in a <meta>; see headers.ts.
 */
import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';

/** What every page allows besides its own inline code: files from the site itself, images as data: URLs. */
export const BASE_DIRECTIVES = ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"] as const;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The text of each inline <script> (one without src) or <style> element, as the browser hashes
 * it (both are raw-text elements). The page is parsed, not searched: "<script>" written inside an
 * attribute or as escaped text is data, and must never earn a hash. A streaming tokenizer, not a
 * DOM: it is run on every page of the build, and building a tree of each page cost more than
 * rendering it.
 */
export function inlineContents(html: string, tag: 'script' | 'style'): string[] {
  const found: string[] = [];
  let current: string | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === tag && !('src' in attributes)) current = '';
      },
      ontext(text) {
        if (current !== undefined) current += text;
      },
      onclosetag(name) {
        if (name !== tag || current === undefined) return;
        found.push(current);
        current = undefined;
      },
    },
    // The tokenizer reads <script> and <style> as raw text (entities stay as written, as the
    // browser hashes them) and decodes entities elsewhere, so escaped "<script>" stays text.
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  return found;
}

export function pagePolicy(html: string): string {
  const directive = (name: string, tag: 'script' | 'style') => [name, "'self'", ...new Set(inlineContents(html, tag).map(sha256))].join(' ');
  return [...BASE_DIRECTIVES, directive('script-src', 'script'), directive('style-src', 'style')].join('; ');
}

/** The page with its policy as the first element after <meta charset>, before anything it governs. */
export function withPolicy(html: string): string {
  if (/<meta\s+http-equiv="content-security-policy"/i.test(html)) throw new Error('the page already has a Content-Security-Policy <meta>; only one place may write it');
  const charset = /<meta\s+charset="[^"]*"\s*\/?>/i.exec(html);
  if (!charset) throw new Error('the page has no <meta charset>; the policy goes right after it');
  const at = charset.index + charset[0].length;
  return `${html.slice(0, at)}<meta http-equiv="content-security-policy" content="${pagePolicy(html)}">${html.slice(at)}`;
}

/** A page's own Content-Security-Policy, on hand-written pages (hashes computed independently here). */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineContents, pagePolicy, withPolicy } from '../../src/hosting/csp.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (head: string, body = '') => `<!doctype html><html><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;

describe('inlineContents', () => {
  it.each([
    ['one inline script', '<script>a()</script>', 'script', ['a()']],
    ['a module script with attributes', '<script type="module">b()</script>', 'script', ['b()']],
    ['a script with src (a file from the site, allowed by self)', '<script src="/x.js"></script>', 'script', []],
    ['an empty script', '<script></script>', 'script', ['']],
    ['text spanning lines, kept byte for byte', '<script>\n  c();\n</script>', 'script', ['\n  c();\n']],
    ['two styles', '<style>p{}</style><STYLE media="print">q{}</STYLE>', 'style', ['p{}', 'q{}']],
    ['no style in a stylesheet link', '<link rel="stylesheet" href="/a.css">', 'style', []],
    ['"<script>" inside an attribute is data, not a script', '<meta name="description" content="Kota <script>alert(1)</script>">', 'script', []],
    ['escaped "<script>" in text is data', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>', 'script', []],
    ['entities and tags inside a script stay as written (raw text)', '<script>if (a &lt; b) x("</p>")</script>', 'script', ['if (a &lt; b) x("</p>")']],
  ] as const)('%s', (_, html, tag, expected) => {
    expect(inlineContents(page(html), tag)).toEqual(expected);
  });
});

describe('pagePolicy', () => {
  it('lists each distinct inline script and style once, after self', () => {
    const policy = pagePolicy(page('<style>p{}</style>', '<script>a()</script><script>a()</script><script src="/x.js"></script>'));
    expect(policy).toBe(
      `default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; script-src 'self' ${hash('a()')}; style-src 'self' ${hash('p{}')}`,
    );
  });

  it('allows no inline code on a page that has none', () => {
    expect(pagePolicy(page(''))).toMatch(/; script-src 'self'; style-src 'self'$/);
  });
});

describe('withPolicy', () => {
  it('puts the policy right after <meta charset>, before anything it governs', () => {
    const html = withPolicy(page('<style>p{}</style>'));
    expect(html).toContain(`<meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self';`);
    expect(html.indexOf('content-security-policy')).toBeLessThan(html.indexOf('<style>'));
  });

  it('refuses a page that already has a policy, or no <meta charset> to put it after', () => {
    expect(() => withPolicy(withPolicy(page('')))).toThrow(/already has a Content-Security-Policy/);
    expect(() => withPolicy('<html><head></head></html>')).toThrow(/no <meta charset>/);
  });
});

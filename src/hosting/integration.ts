/**
 * The Astro integration that finishes each build for hosting: every HTML page gets its own
 * Content-Security-Policy (csp.ts) and the output gets a `_headers` file (headers.ts).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withPolicy } from './csp.ts';
import { renderHeaders } from './headers.ts';

export function hosting(): AstroIntegration {
  return {
    name: 'cakupan-hosting',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        const files = (await readdir(out, { recursive: true, encoding: 'utf8' })).filter((f) => f.endsWith('.html'));
        for (const file of files) {
          const full = path.join(out, file);
          await writeFile(full, withPolicy(await readFile(full, 'utf8')));
        }
        const pages = files.filter((f) => path.basename(f) === 'index.html').map((f) => `/${f.slice(0, -'index.html'.length).split(path.sep).join('/')}`);
        await writeFile(path.join(out, '_headers'), renderHeaders(pages));
      },
    },
  };
}

// @ts-check
import { defineConfig } from 'astro/config';
import { siteUrl } from './src/config/site.ts';
import { hosting } from './src/hosting/integration.ts';

// The public address of every absolute link the build writes (src/config/site.ts): set
// CAKUPAN_SITE_URL when deploying; `npm run build:production` refuses the placeholder.
const site = siteUrl();

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  // Four pages at a time: the PNG exports and share cards are drawn off the main thread
  // (src/embeds/png.ts), so the build renders other pages while they are drawn.
  build: { format: 'directory', concurrency: 4 },
  devToolbar: { enabled: false },
  // Markdown is rendered by our own markdown-it pipeline; Astro's highlighter would need inline styles.
  markdown: { syntaxHighlight: false },
  // A strict Content-Security-Policy in every page that allows exactly that page's inline scripts
  // and styles, and the _headers file for static hosts (src/hosting/). Astro's own security.csp
  // is not used: it lists the hashes of the whole site's scripts in every page.
  integrations: [hosting()],
});

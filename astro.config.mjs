// @ts-check
import { defineConfig } from 'astro/config';

// The public address, used for canonical and hreflang links. Set CAKUPAN_SITE_URL when deploying;
// the default is a reserved documentation domain so nothing points at someone else's site.
const site = process.env.CAKUPAN_SITE_URL ?? 'https://cakupan-bali.example';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Markdown is rendered by our own markdown-it pipeline; Astro's highlighter would need inline styles.
  markdown: { syntaxHighlight: false },
  // A strict Content-Security-Policy in every page: Astro hashes its own scripts and styles;
  // nothing may load from another host.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
});

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
});

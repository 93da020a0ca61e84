/**
 * The site's public address. Every absolute address the build writes (canonical links, embed
 * codes, oEmbed files, the feed, share cards' addresses, credits baked into images) starts with
 * it. CAKUPAN_SITE_URL sets it; without it, development and test builds use a placeholder on a
 * reserved documentation domain, so nothing points at someone else's site. A production build
 * (`npm run build:production`, or NODE_ENV=production) refuses the placeholder: its embed codes
 * would point every journalist's article at nothing.
 */
export const PLACEHOLDER_SITE = 'https://cakupan-bali.example';

export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env['CAKUPAN_SITE_URL'] || PLACEHOLDER_SITE;
}

/** Why the address cannot be deployed, or undefined when it can. */
export function productionSiteProblem(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = env['CAKUPAN_SITE_URL'];
  if (!value) return `CAKUPAN_SITE_URL is not set: a production build needs the site's public address (e.g. CAKUPAN_SITE_URL=https://cakupanbali.id npm run build:production)`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `CAKUPAN_SITE_URL is not an address: "${value}"`;
  }
  if (url.origin === new URL(PLACEHOLDER_SITE).origin) return `CAKUPAN_SITE_URL is the placeholder ${PLACEHOLDER_SITE}; set the site's public address`;
  if (url.protocol !== 'https:') return `CAKUPAN_SITE_URL must be an https:// address (embeds are framed by https pages): "${value}"`;
  if (url.pathname !== '/' || url.search || url.hash) return `CAKUPAN_SITE_URL must be the site's root, with no path: "${value}"`;
  return undefined;
}

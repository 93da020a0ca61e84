/**
 * The public address: development and test builds may use the placeholder; a production build
 * refuses it (and anything else a journalist's embed code could not point at), and says why,
 * before it builds anything.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SITE, productionSiteProblem, siteUrl } from '../../src/config/site.ts';
import { fingerprint, previousBuild, runScript } from '../helpers/cli.ts';

describe('the site address', () => {
  it('is the placeholder unless CAKUPAN_SITE_URL says otherwise', () => {
    expect(siteUrl({})).toBe(PLACEHOLDER_SITE);
    expect(siteUrl({ CAKUPAN_SITE_URL: 'https://cakupanbali.id' })).toBe('https://cakupanbali.id');
  });

  it.each([
    [undefined, /is not set/],
    ['', /is not set/],
    [PLACEHOLDER_SITE, /is the placeholder/],
    [`${PLACEHOLDER_SITE}/`, /is the placeholder/],
    ['cakupanbali.id', /is not an address/],
    ['http://cakupanbali.id', /must be an https/],
    ['https://cakupanbali.id/data/', /must be the site's root/],
  ])('refuses %s for production', (value, message) => {
    expect(productionSiteProblem(value === undefined ? {} : { CAKUPAN_SITE_URL: value })).toMatch(message);
  });

  it('accepts a public https root for production', () => {
    expect(productionSiteProblem({ CAKUPAN_SITE_URL: 'https://cakupanbali.id' })).toBeUndefined();
    expect(productionSiteProblem({ CAKUPAN_SITE_URL: 'https://cakupanbali.id/' })).toBeUndefined();
  });

  it('stops a production build on the placeholder with one line and exit 1, leaving the previous build', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'cakupan-production-'));
    try {
      const out = await previousBuild(work);
      const before = await fingerprint(out);
      const env = { CAKUPAN_OUT_DIR: out, CAKUPAN_SITE_URL: '', NODE_ENV: '' };
      const { status, stderr } = runScript('scripts/build.ts', env, ['--production']);
      expect(status).toBe(1);
      expect(stderr).toMatch(/^build: CAKUPAN_SITE_URL is not set/);
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(await fingerprint(out)).toBe(before);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});

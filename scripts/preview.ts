/**
 * `npm run preview [-- --port N]`: serves the built dist/ with Astro's static server. Astro's
 * usage statistics are turned off for this process only (setting ASTRO_TELEMETRY_DISABLED here
 * works on every platform, unlike `VAR=1 cmd` in package.json; `astro telemetry disable` would
 * write to the user's own configuration).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { displayPath, outDir } from '../src/config/paths.ts';

if (!existsSync(path.join(outDir(), 'index.html'))) {
  console.error(`preview: ${displayPath(outDir())}/ is not built; run \`npm run build\` first.`);
  process.exit(1);
}
const astro = spawnSync(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'preview', '--outDir', outDir(), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
process.exit(astro.status ?? 1);

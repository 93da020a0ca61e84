// Why this exists: the npm registry mirror reachable here lacks some platform-specific optional
// packages (e.g. @astrojs/compiler-binding-darwin-arm64), so `npm install` leaves them out of
// package-lock.json and `npm ci` then refuses the lockfile as out of sync. This adds a lock
// entry (version, os, cpu; marked optional) for each missing optional platform package, which
// `npm ci` skips on this platform. Run `node scripts/lockfile-platforms.mjs` after `npm install`.
import { readFileSync, writeFileSync } from 'node:fs';

const OS = ['android', 'darwin', 'linux', 'win32', 'freebsd', 'openbsd', 'sunos', 'aix'];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'wasm32', 'riscv64', 'ppc64', 's390x', 'loong64'];

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const packages = lock.packages;
let added = 0;
for (const [, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (packages[key]) continue;
    const parts = name.split('/').pop().split('-');
    const os = parts.filter((p) => OS.includes(p));
    const cpu = parts.filter((p) => CPU.includes(p));
    if (cpu.length === 0) continue; // not a platform package: leave it to npm
    packages[key] = { version, ...(cpu.length ? { cpu } : {}), ...(os.length ? { os } : {}), optional: true };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lockfile-platforms: added ${added} optional platform entr${added === 1 ? 'y' : 'ies'}`);

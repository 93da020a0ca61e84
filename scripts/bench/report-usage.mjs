/**
 * Loaded into a benchmarked build with `node --import`: when the process exits, it writes its
 * own peak memory (maxRSS, in kilobytes) and CPU time to the file CAKUPAN_BENCH_USAGE names.
 * A parent process cannot read its child's resource usage in Node, and /usr/bin/time is not on
 * every machine.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.CAKUPAN_BENCH_USAGE;
if (file) {
  process.on('exit', (code) => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ code, maxRssKb: usage.maxRSS, userMs: usage.userCPUTime / 1000, systemMs: usage.systemCPUTime / 1000 }));
  });
}

/** `npm run check`: validate every file in data/ and list every problem, one per line. */
import { runEntry } from './lib/cli.ts';
import { checkData } from './steps/check.ts';
import { readmeCounts } from './steps/counts.ts';
import { checkStories } from './steps/stories.ts';

await runEntry('check', async () => {
  const data = await checkData();
  const stories = await checkStories(data);
  const counts = Object.entries(data).map(([table, rows]) => `${rows.length} ${table}`);
  console.log(`check: data/ is valid (${counts.join(', ')}, ${stories.length} story pages).`);
  const readme = await readmeCounts(data);
  if (readme && !readme.current) console.log(`check: the counts in ${readme.file} are out of date; \`npm run build\` rewrites them.`);
});

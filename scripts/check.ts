/** `npm run check`: validate every file in data/ and list every problem, one per line. */
import { runEntry } from './lib/cli.ts';
import { checkData } from './steps/check.ts';
import { checkStories } from './steps/stories.ts';

await runEntry('check', async () => {
  const data = await checkData();
  const stories = await checkStories(data);
  const counts = Object.entries(data).map(([table, rows]) => `${rows.length} ${table}`);
  console.log(`check: data/ is valid (${counts.join(', ')}, ${stories.length} story pages).`);
});

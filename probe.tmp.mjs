import { createServer } from 'node:http';
import sirv from 'sirv';
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const handler = sirv('dist', { dev: false });
const site = createServer((req, res) => handler(req, res, () => res.writeHead(404).end()));
await new Promise((r) => site.listen(4601, '127.0.0.1', r));
const ids = process.argv[2].split(',');
const lang = process.argv[3] ?? 'id';
const variant = process.argv[4] ?? '';
const host = createServer((req, res) => {
  const id = new URL(req.url, 'http://x').searchParams.get('id'); if (!id) return res.writeHead(404).end();
  const json = JSON.parse(readFileSync(`dist/${lang === 'en' ? 'en/' : ''}embed/${id}/oembed.json`, 'utf8'));
  let code = json.html.replace(/https:\/\/cakupan-bali\.example/g, 'http://127.0.0.1:4601').replace(/\n?<script[^>]*><\/script>/, '');
  if (variant) code = code.replace('/light/', `/${variant}`);
  res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html><body style="margin:0;background:#fafaf7"><p>Before</p>${code}<p>After</p></body></html>`);
});
await new Promise((r) => host.listen(4602, '127.0.0.1', r));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const id of ids) for (const width of [300, 320, 360, 768, 1280, 1400]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`http://127.0.0.1:4602/?id=${id}`);
  const frame = await (await page.$('iframe')).contentFrame();
  await frame.waitForLoadState('load');
  await frame.evaluate(() => document.fonts.ready);
  const r = await frame.evaluate(() => {
    const root = document.documentElement;
    const main = document.querySelector('main');
    const footer = document.querySelector('.embed-footer').getBoundingClientRect();
    root.dataset.measuring = '';
    const natural = main.getBoundingClientRect().height;
    delete root.dataset.measuring;
    return { frame: innerHeight, scroll: root.scrollHeight, natural: Math.round(natural), footerBottom: Math.round(footer.bottom), font: getComputedStyle(document.body).fontFamily };
  });
  console.log(id, width, JSON.stringify(r));
  if (process.env.SHOT) await page.screenshot({ path: `/tmp/probe-${id}-${width}.png`, fullPage: true });
  await page.close();
}
await browser.close(); site.close(); host.close();

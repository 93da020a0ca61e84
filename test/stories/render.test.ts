/**
 * The story renderer on the synthetic fixture (test/fixtures/data-minimal): every kind of bad
 * reference with its exact message and line, values formatted per locale (expected strings
 * written out by hand), citations, and escaping of hostile Markdown and hostile data.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/data/issues.ts';
import { loadDataset } from '../../src/data/load.ts';
import type { Dataset } from '../../src/data/schema/tables.ts';
import { renderStoryBody, type ChartResolver, type RenderContext } from '../../src/stories/render.ts';
import { FIXTURE, TODAY } from '../helpers/dataset.ts';

const FILE = 'data/stories/id/contoh.md';
/** Bodies start on line 7 of their file, after six lines of front matter. */
const BODY_LINE = 7;
const NBSP = '\u00a0';

let data: Dataset;
beforeAll(async () => {
  const result = await loadDataset(FIXTURE, { today: TODAY });
  if (!result.ok) throw new Error('fixture should be valid');
  data = result.data;
});

function render(body: string, ctx: Partial<RenderContext> = {}) {
  return renderStoryBody({ file: FILE, body, bodyLine: BODY_LINE }, { data, lang: 'id', ...ctx });
}
const messages = (body: string, ctx: Partial<RenderContext> = {}) => render(body, ctx).issues.map(formatIssue);

describe('unknown and malformed references fail with file:line', () => {
  const cases: { name: string; body: string; expected: string[] }[] = [
    { name: 'unknown figure', body: 'Cakupan {{figure:nope}}.', expected: [`${FILE}:7: unknown figure "nope"`] },
    { name: 'unknown figure close to a real id', body: 'Cakupan {{figure:f9}}.', expected: [`${FILE}:7: unknown figure "f9" (did you mean "f1"?)`] },
    { name: 'unknown figure in asof', body: 'Per {{asof:nope}}.', expected: [`${FILE}:7: unknown figure "nope"`] },
    { name: 'unknown quote', body: '{{quote:nope}}', expected: [`${FILE}:7: unknown quote "nope"`] },
    { name: 'unknown award', body: 'Juara{{award:nope}}.', expected: [`${FILE}:7: unknown award "nope"`] },
    { name: 'unknown source', body: 'Kata ANTARA{{source:nope}}.', expected: [`${FILE}:7: unknown source "nope"`] },
    { name: 'unknown regulation', body: 'Aturan {{regulation:nope}}.', expected: [`${FILE}:7: unknown regulation "nope"`] },
    { name: 'unknown chart', body: 'Teks.\n\n{{chart:peta}}\n', expected: [`${FILE}:9: unknown chart "peta"`] },
    { name: 'unknown award level', body: '{{awards:provinsi}}', expected: [`${FILE}:7: unknown award level "provinsi"; use one of: national, regional, provincial, local`] },
    {
      name: 'unknown kind of reference',
      body: 'Angka {{figur:f1}}.',
      expected: [`${FILE}:7: unknown reference "{{figur:f1}}"; use one of: figure, asof, quote, award, source, regulation, chart, awards`],
    },
    { name: 'malformed reference', body: 'Angka {{figure f1}} lagi.', expected: [`${FILE}:7: malformed reference "{{figure f1}}"; write {{kind:ID}}, e.g. {{figure:ID}}`] },
    { name: 'unclosed reference', body: 'Angka {{figure:f1 lagi.', expected: [`${FILE}:7: malformed reference "{{figure:f1 lagi."; write {{kind:ID}}, e.g. {{figure:ID}}`] },
    { name: 'reference without an id', body: 'Angka {{figure}}.', expected: [`${FILE}:7: {{figure}} needs an id: {{figure:ID}}`] },
    {
      name: 'a table reference inside a paragraph',
      body: 'Lihat tabel {{awards}} ini.',
      expected: [`${FILE}:7: {{awards}} must stand alone on its own line, with a blank line before and after`],
    },
    { name: 'a level-1 heading', body: 'Teks.\n\n# Judul kedua\n', expected: [`${FILE}:9: use ## for section headings; the page title (the only h1) comes from the front matter`] },
    {
      name: 'lines counted inside paragraphs, lists and quotes',
      body: 'Baris satu\nbaris dua {{figure:a}}\n\n- butir {{figure:b}}\n- butir\n  lanjutan {{figure:c}}\n\n> kutip\n> {{figure:d}}\n',
      expected: [`${FILE}:8: unknown figure "a"`, `${FILE}:10: unknown figure "b"`, `${FILE}:12: unknown figure "c"`, `${FILE}:15: unknown figure "d"`],
    },
    {
      name: 'every problem in one run',
      body: '{{figure:x}} {{figure:f1}} {{figure:y}}\n\n{{chart:z}}',
      expected: [`${FILE}:7: unknown figure "x"`, `${FILE}:7: unknown figure "y"`, `${FILE}:9: unknown chart "z"`],
    },
  ];
  it.each(cases)('$name', ({ body, expected }) => {
    expect(messages(body)).toEqual(expected);
  });

  it('leaves references in code and after a backslash alone', () => {
    const { html, issues } = render('Tulis `{{figure:ID}}` atau \\{{figure:ID}} untuk angka.');
    expect(issues).toEqual([]);
    expect(html).toBe('<p>Tulis <code>{{figure:ID}}</code> atau {{figure:ID}} untuk angka.</p>\n');
  });
});

describe('figures and other references render from the data row', () => {
  it('formats values per locale, as Indonesian and English readers write them', () => {
    const body = '{{figure:f1}} {{figure:f2}} {{figure:f3}} {{asof:f1}}';
    const id = render(body, { lang: 'id' });
    const en = render(body, { lang: 'en' });
    const values = (html: string) => [...html.matchAll(/<span class="story-figure" data-figure="(f\d)">([^<]*)<\/span>/g)].map((m) => [m[1], m[2]]);
    expect(values(id.html)).toEqual([
      ['f1', `65,6${NBSP}%`],
      ['f2', '130.300'],
      ['f3', `34${NBSP}%`],
    ]);
    expect(values(en.html)).toEqual([
      ['f1', '65.6%'],
      ['f2', '130,300'],
      ['f3', '34%'],
    ]);
    expect(id.html).toContain('<time datetime="2025-09" data-asof="f1">September 2025</time>');
    expect(id.figureIds).toEqual(['f1', 'f2', 'f3']);
  });

  it('numbers sources by first citation and links each mark to its note and back', () => {
    const { html, notes, notesHtml } = render('A {{figure:f3}}, B {{figure:f1}}, C {{figure:f2}}.');
    // f3 cites s2 (first), f1 and f2 cite s1 (second).
    expect(notes.map((n) => [n.number, n.source.id, n.citations])).toEqual([
      [1, 's2', ['cite-1-1']],
      [2, 's1', ['cite-2-1', 'cite-2-2']],
    ]);
    expect(html).toContain('<sup class="cite"><a href="#note-2" id="cite-2-2"><span class="visually-hidden">sumber </span>2</a></sup>');
    // s2 has no address and an inferred year; s1 links out with rel and to its own page under /sumber/ (published 2025).
    expect(notesHtml).toContain('<li id="note-1" data-source="s2">Outlet Dua, <cite lang="id">Judul dua</cite>, <time datetime="2024">2024</time> (tanggal terbit disimpulkan). <span class="note">alamat daring tidak diketahui</span>');
    expect(notesHtml).toContain('<a href="https://news.example.org/a" rel="noopener noreferrer" hreflang="id">Buka artikel<span class="visually-hidden">: <cite lang="id">Judul satu</cite></span></a>');
    expect(notesHtml).toContain('<a href="/sumber/2025/s1/">Semua data dari sumber ini</a> <a class="back" href="#cite-2-1" aria-label="Kembali ke teks">↩</a>');
  });

  it('names regulations in each language and quotes rows verbatim with the source language', () => {
    expect(render('{{regulation:r1}}', { lang: 'id' }).html).toContain('>Peraturan Bupati Alpha Nomor 35 Tahun 2025</span>');
    expect(render('{{regulation:r1}}', { lang: 'en' }).html).toContain('>Alpha Regent Regulation No. 35/2025</span>');
    expect(render('{{quote:f1}}').html).toContain('<q lang="id" data-quote="f1">mencapai 65,60 persen</q>');
  });

  it('places the awards table, and a chart only when the resolver knows it', () => {
    const awards = render('{{awards}}', { lang: 'en' }).html;
    expect(awards).toContain('<caption>Paritrana Award: results for entrants from Bali, by assessment year</caption>');
    expect(awards).toContain('<th scope="rowgroup" colspan="4" id="awards-2025">2025</th>');
    expect(awards).toContain('<td>1st place<br><span class="note">presented 14 October 2025</span></td>');
    expect(render('{{awards:national}}').html).not.toContain('data-award="a1"');

    const resolveChart: ChartResolver = (id, lang) => (id === 'tren' ? `<svg aria-label="tren ${lang}"></svg>` : undefined);
    const chart = render('{{chart:tren}}', { resolveChart });
    expect(chart.issues).toEqual([]);
    expect(chart.html).toBe('<div class="story-chart" data-chart="tren"><svg aria-label="tren id"></svg></div>');
  });
});

describe('hostile Markdown comes out as text', () => {
  it.each([
    ['a script tag', '<script>alert(1)</script>', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n'],
    ['an inline event handler', '<img src=x onerror=alert(1)>', '<p>&lt;img src=x onerror=alert(1)&gt;</p>\n'],
    ['an HTML comment', '<!-- hidden -->', '<p>&lt;!-- hidden --&gt;</p>\n'],
    ['a javascript: link', '[klik](javascript:alert(1))', '<p>[klik](javascript:alert(1))</p>\n'],
    ['a javascript: link in capitals', '[klik](JAVASCRIPT:alert(1))', '<p>[klik](JAVASCRIPT:alert(1))</p>\n'],
    ['a javascript: link behind an entity', '[klik](java&#115;cript:alert(1))', '<p>[klik](javascript:alert(1))</p>\n'],
    ['a javascript: autolink', '<javascript:alert(1)>', '<p>&lt;javascript:alert(1)&gt;</p>\n'],
    ['a data: link', '[klik](data:text/html;base64,PHNjcmlwdD4=)', '<p>[klik](data:text/html;base64,PHNjcmlwdD4=)</p>\n'],
    ['an image (a request to another host)', '![x](https://tracker.example/p.gif)', '<p>!<a href="https://tracker.example/p.gif" rel="noopener noreferrer">x</a></p>\n'],
  ])('%s', (_name, body, expected) => {
    expect(render(body).html).toBe(expected);
  });

  it('marks external links noopener noreferrer and leaves site links as they are', () => {
    expect(render('[ANTARA](https://bali.antaranews.com/) dan [metodologi](/metodologi/)').html).toBe(
      '<p><a href="https://bali.antaranews.com/" rel="noopener noreferrer">ANTARA</a> dan <a href="/metodologi/">metodologi</a></p>\n',
    );
  });
});

describe('hostile data comes out as text', () => {
  it('escapes quotes, titles, outlets, entity names and addresses taken from the CSVs', () => {
    const evil = structuredClone(data);
    evil.figures[0]!.quote = 'mencapai 65,60 persen"><script>alert(1)</script>';
    evil.sources[0]!.title = '<b onmouseover=alert(1)>Judul</b>';
    evil.sources[0]!.outlet = 'Outlet <i>Satu</i>';
    evil.sources[0]!.url = 'https://news.example.org/a?x="><script>alert(2)</script>';
    evil.awards[0]!.entity = '<img src=x onerror=alert(3)>';
    const { html, notesHtml } = renderStoryBody({ file: FILE, body: '{{quote:f1}}\n\n{{awards}}', bodyLine: BODY_LINE }, { data: evil, lang: 'id' });
    const all = html + notesHtml;
    expect(all).not.toMatch(/<script|<img|<b |<i>/);
    expect(html).toContain('<q lang="id" data-quote="f1">mencapai 65,60 persen&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</q>');
    expect(html).toContain('&lt;img src=x onerror=alert(3)&gt;');
    expect(notesHtml).toContain('Outlet &lt;i&gt;Satu&lt;/i&gt;, <cite lang="id">&lt;b onmouseover=alert(1)&gt;Judul&lt;/b&gt;</cite>');
    expect(notesHtml).toContain('href="https://news.example.org/a?x=&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;"');
  });
});

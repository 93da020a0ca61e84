/**
 * Exported images and oEmbed, on the synthetic chart fixture: what the image must carry (title,
 * source, credit), that resvg gets no CSS variables or currentColor, that the PNG is the stated
 * size and the same bytes every time, and the oEmbed response's required fields.
 */
import { Resvg } from '@resvg/resvg-js';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../src/charts/registry.ts';
import type { Dataset } from '../../src/data/schema/tables.ts';
import { embedCode } from '../../src/embeds/code.ts';
import { EXPORT_WIDTH, exportSvg, flatten } from '../../src/embeds/export-svg.ts';
import { chartFigure } from '../../src/charts/figure.ts';
import { sourceLineText } from '../../src/charts/source-line.ts';
import { EXPORT_FONT_FILES, FONT_FAMILY, FONT_FILES, hasGlyph, textWidth, wrapText } from '../../src/charts/fonts.ts';
import { isolateFallbackGlyphs } from '../../src/embeds/fallback-glyphs.ts';
import { oembed } from '../../src/embeds/oembed.ts';
import { exportPng } from '../../src/embeds/png.ts';
import { chartEmbeddable } from '../../src/embeds/registry.ts';
import { LANGS } from '../../src/i18n/lang.ts';
import { loadFixture } from '../helpers/charts.ts';
import { pngColorType, pngSize } from './png-header.ts';

let data: Dataset;
beforeAll(async () => {
  data = await loadFixture();
});

const PAGE = 'https://cakupan-bali.example/segmen/#chart-budgets';

/** The SVG's text as a reader of the image sees it: every <text> element's content, joined by spaces. */
function svgText(svg: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return [...document.querySelectorAll('text')].map((t) => t.textContent ?? '').join(' ').replace(/\s+/g, ' ');
}

describe('font metrics', () => {
  it('reads the same advance widths from the TTF as resvg lays out', () => {
    // resvg as the independent measure: a run of N+1 glyphs minus a run of N is one advance
    // (H = 741 and i = 258 units of 1000 in Noto Sans Regular; W = 967 in Bold).
    const advance = (ch: string, weight: 'regular' | 'bold') => {
      const run = (n: number) =>
        new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="30000" height="200"><text x="0" y="150" font-size="1000" font-weight="${weight === 'bold' ? 700 : 400}">H${ch.repeat(n)}H</text></svg>`, {
          font: { fontFiles: [FONT_FILES.regular, FONT_FILES.bold], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
        }).getBBox()!.width;
      return run(11) - run(10);
    };
    for (const [ch, weight] of [['H', 'regular'], ['i', 'regular'], ['·', 'regular'], ['W', 'bold'], ['m', 'bold']] as const) {
      expect(textWidth(ch, 1000, weight), `${ch} ${weight}`).toBeCloseTo(advance(ch, weight), 0);
    }
    expect(textWidth('H', 1000)).toBe(741);
    expect(textWidth('Hi', 10)).toBeCloseTo(9.99, 2);
  });

  it('measures a sign Noto Sans lacks by the fallback font resvg draws it in', () => {
    const width = (text: string) =>
      new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="30000" height="200"><text x="0" y="150" font-size="1000">${text}</text></svg>`, {
        font: { fontFiles: [...EXPORT_FONT_FILES], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
      }).getBBox()!.width;
    for (const sign of ['≈', '≥', '≤']) {
      expect(hasGlyph(sign), `${sign} is not in Noto Sans`).toBe(false);
      expect(textWidth(sign, 1000), sign).toBeCloseTo(width(`H${sign.repeat(11)}H`) - width(`H${sign.repeat(10)}H`), 0);
    }
  });

  it('wraps at word boundaries without exceeding the width', () => {
    const lines = wrapText('Anggaran daerah untuk jaminan sosial ketenagakerjaan', 150, 14);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Anggaran daerah untuk jaminan sosial ketenagakerjaan');
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(150);
  });

  it('wraps greedily: the next line’s first word would not have fitted on the line before', () => {
    const text = 'Sekitar 65,6 % pekerja di Kabupaten Gianyar terlindungi ≥ satu program jaminan sosial ketenagakerjaan';
    for (const [width, weight] of [[90, 'regular'], [150, 'bold'], [233, 'regular'], [400, 'bold']] as const) {
      const lines = wrapText(text, width, 14, weight);
      expect(lines.join(' ')).toBe(text);
      for (let i = 0; i + 1 < lines.length; i++) {
        const widened = `${lines[i]} ${lines[i + 1]!.split(' ')[0]}`;
        expect(textWidth(widened, 14, weight), `${width}px line ${i}`).toBeGreaterThan(width);
      }
    }
  });
});

describe('flatten', () => {
  it('writes the fallback of a CSS variable and the light ink for currentColor', () => {
    expect(flatten('<rect fill="var(--map-nodata-bg, #ffffff)" stroke="currentColor"/>')).toBe('<rect fill="#ffffff" stroke="#1a1a1a"/>');
  });
});

describe('export SVG', () => {
  for (const id of CHART_IDS) {
    for (const lang of LANGS) {
      it(`${id} (${lang}) carries title, source and credit, and nothing resvg cannot resolve`, () => {
        const item = chartEmbeddable(id, lang, data);
        const { svg, width, height } = exportSvg(item, PAGE);
        expect(width).toBe(EXPORT_WIDTH);
        expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="640" height="${height}"`));
        expect(svg).not.toContain('var(');
        expect(svg).not.toContain('currentColor');
        expect(svg).toContain('>Grafik: Cakupan Bali (cakupan-bali.example/segmen/)<'.replace('Grafik', lang === 'id' ? 'Grafik' : 'Chart'));
        // Title and source line are wrapped into lines of text; read back, they are whole.
        const lines = svgText(svg);
        expect(item.sources.length, 'the fixture gives every chart a source').toBeGreaterThan(0);
        expect(lines).toContain(item.title);
        expect(lines).toContain(sourceLineText(item.sources, item.lang));
      });
    }
  }

  it('names each source once, with its date, in the one source-line writer the pages use', () => {
    const item = chartEmbeddable('budgets', 'en', data);
    const line = sourceLineText(item.sources, item.lang);
    expect(line.startsWith(item.sources.length === 1 ? 'Source: ' : 'Sources: ')).toBe(true);
    expect(line.split('; ')).toHaveLength(item.sources.length);
  });

  it('says what the page says: the chart figure’s takeaway, legend and every note', () => {
    const item = chartEmbeddable('vulnerable-regions', 'en', data);
    const figure = chartFigure('vulnerable-regions', data, 'en');
    expect([item.takeaway, item.notes, item.legend.map((l) => l.label)]).toEqual([figure.takeaway, figure.notes, figure.legend.map((l) => l.label)]);
    const { svg } = exportSvg(item, PAGE);
    // Wrapped into lines, but every word of the takeaway is in the image.
    for (const word of figure.takeaway.split(' ')) expect(svg).toContain(word.replace(/'/g, '&#39;'));
  });
});

describe('PNG', () => {
  it('is a palette PNG twice the export size, and the same bytes on every render', async () => {
    const { svg, width, height } = exportSvg(chartEmbeddable('budgets', 'id', data), PAGE);
    const png = await exportPng(svg, width);
    expect(pngSize(png)).toEqual({ width: 1280, height: height * 2 });
    expect(pngColorType(png)).toBe(3);
    expect((await exportPng(svg, width)).equals(png)).toBe(true);
  });

  it('draws a bold run in bold when the same label holds a sign from the fallback font', () => {
    // resvg draws a whole text chunk in the fallback font once one glyph needs it; the export
    // gives such a sign a chunk of its own. The bold "BPU" must be the same pixels either way.
    const label = (value: string) =>
      isolateFallbackGlyphs(`<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40" font-family="'${FONT_FAMILY}'"><text x="10" y="28" font-size="20"><tspan font-weight="700">BPU </tspan>${value}</text></svg>`);
    const pixels = (svg: string) =>
      new Resvg(svg, { font: { fontFiles: [...EXPORT_FONT_FILES], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY }, background: '#ffffff' }).render().pixels;
    const bpu = (svg: string) => {
      const all = pixels(svg);
      // The first 52 px hold "BPU" in 20 px bold (about 45 px wide from x = 10).
      const rows: number[] = [];
      for (let y = 0; y < 40; y++) rows.push(...all.subarray(y * 200 * 4, (y * 200 + 52) * 4));
      return rows;
    };
    const withSign = label('≈26');
    expect(withSign).toMatch(/<tspan x="[\d.]+">≈<\/tspan>/);
    expect(bpu(withSign)).toEqual(bpu(label('26')));
    expect(bpu(withSign)).not.toEqual(bpu(label('26').replace(' font-weight="700"', '')));
  });
});

describe('oEmbed', () => {
  it('is a rich 1.0 response whose html is the iframe followed by the loader', () => {
    const json = oembed({ id: 'budgets', lang: 'en', title: 'Budgets', iframeTitle: 'Budgets (Cakupan Bali)', height: 500, exportHeight: 413, site: 'https://cakupan-bali.example' });
    expect(json).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: 'Budgets',
      provider_name: 'Cakupan Bali',
      provider_url: 'https://cakupan-bali.example/en/',
      width: 640,
      height: 500,
      thumbnail_url: 'https://cakupan-bali.example/en/embed/budgets/cakupan-bali-budgets.png',
      thumbnail_width: 1280,
      thumbnail_height: 826,
    });
    expect(json.html).toBe(
      '<iframe src="https://cakupan-bali.example/en/embed/budgets/light/" title="Budgets (Cakupan Bali)" data-cakupan-chart="budgets" width="100%" height="500" frameborder="0" loading="lazy" style="width:100%;max-width:100%;border:0;display:block"></iframe>\n' +
        '<script async src="https://cakupan-bali.example/embed/loader.js"></script>',
    );
  });

  it('escapes the title inside the embed code, leaving apostrophes readable', () => {
    const code = embedCode({ src: 'https://x.example/embed/a/', id: 'a', title: `A "quoted" <title> & workers' code`, height: 10 }, 'https://x.example', false);
    expect(code).toContain(`title="A &quot;quoted&quot; &lt;title&gt; &amp; workers' code"`);
    expect(code).not.toContain('<script');
  });
});

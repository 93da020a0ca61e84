/**
 * SVG snapshots of every chart in both languages at a phone's 320 px and a desktop's 960 px
 * (the width an export resolves the fluid scene to), built from the synthetic fixture so
 * curating data/ never changes them. CI runs with CI=true: a missing or changed snapshot fails
 * there. After an intended change, run `npx vitest run -u test/charts` and review the diff.
 * The values these snapshots hold are checked by hand in the chart tests beside them
 * (e.g. pu-bpu.test.ts places the province's dots at 320 and 960 px).
 */
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHART_IDS, buildChart } from '../../src/charts/registry.ts';
import { renderSvg } from '../../src/charts/render.ts';
import { NARROWEST } from '../../src/charts/scene.ts';
import { measure } from '../../src/charts/text.ts';
import type { Dataset } from '../../src/data/schema/tables.ts';
import { LANGS } from '../../src/i18n/lang.ts';
import { loadFixture, normaliseSvg } from '../helpers/charts.ts';

let data: Dataset;
beforeAll(async () => {
  data = await loadFixture();
});

describe('chart SVG snapshots', () => {
  for (const id of CHART_IDS) {
    for (const lang of LANGS) {
      for (const width of [320, 960]) {
        it(`${id} (${lang}, ${width} px)`, async () => {
          const svg = renderSvg(buildChart(id, data, { lang }), width);
          expect(svg, 'the fixture is rich enough to draw every chart').not.toBeNull();
          await expect(normaliseSvg(svg!)).toMatchFileSnapshot(`__snapshots__/${id}.${lang}.${width}.svg`);
        });
      }
    }
  }
});

/** Left and right edge of every text at a fixed width, from its position, anchor and measured spans. */
function textExtents(svg: string): { text: string; left: number; right: number }[] {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector('svg')!;
  return [...document.querySelectorAll('text')].map((t) => {
    // Anchored marks (targets) are nested <g translate> groups; a text sits in the root's coordinates.
    const size = Number(t.getAttribute('font-size') ?? root.getAttribute('font-size'));
    const spans = t.querySelectorAll('tspan').length > 0 ? [...t.querySelectorAll('tspan')] : [t];
    const width = spans.reduce((w, s) => w + measure(s.textContent ?? '', size, s.getAttribute('font-weight') === '700'), 0);
    const x = Number(t.getAttribute('x'));
    const anchor = t.getAttribute('text-anchor') ?? 'start';
    const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
    return { text: t.textContent ?? '', left, right: left + width };
  });
}

describe('labels at the narrowest width', () => {
  for (const id of CHART_IDS) {
    it(`${id}: every text fits inside ${NARROWEST} px in both languages`, () => {
      for (const lang of LANGS) {
        const outside = textExtents(renderSvg(buildChart(id, data, { lang }), NARROWEST)!).filter((e) => e.left < -0.5 || e.right > NARROWEST + 0.5);
        expect(outside, `${lang}: ${JSON.stringify(outside)}`).toEqual([]);
      }
    });
  }
});

describe('fluid and fixed renderings', () => {
  it('writes one width-independent SVG for pages (percent x, no viewBox) and pixels for an export', () => {
    const spec = buildChart('budgets', data, { lang: 'id' });
    const fluid = renderSvg(spec)!;
    expect(fluid).toMatch(/^<svg [^>]*width="100%"/);
    expect(fluid).not.toMatch(/viewBox/);
    expect(fluid).toMatch(/<rect x="0%"[^>]*width="\d+(\.\d+)?%"/);
    const fixed = renderSvg(spec, 320)!;
    expect(fixed).toMatch(/^<svg [^>]*width="320"[^>]*viewBox="0 0 320 \d+"/);
    expect(fixed).not.toMatch(/\d%"/);
    // The same scene: equal height at any width.
    expect(/height="(\d+)"/.exec(fluid)![1]).toBe(/height="(\d+)"/.exec(fixed)![1]);
  });
});

describe('normaliseSvg', () => {
  it('rounds geometry and renumbers ids so snapshots are stable', () => {
    expect(normaliseSvg('<g id="clip-a1"><path d="M1.04999,2.96" clip-path="url(#clip-a1)"/></g>')).toBe(
      '<g id="id0">\n<path d="M1,3" clip-path="url(#id0)"/>\n</g>\n',
    );
  });

  it('leaves text and labels exact (Indonesian 500.000 is not a decimal)', () => {
    expect(normaliseSvg('<text aria-label="500.000" y="0.32em">500.000</text>')).toBe('<text aria-label="500.000" y="0.3em">500.000</text>\n');
  });
});

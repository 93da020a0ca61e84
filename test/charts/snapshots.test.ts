/**
 * SVG snapshot of every chart in both languages, built from the synthetic fixture so curating
 * data/ never changes them. CI runs with CI=true: a missing or changed snapshot fails there.
 * After an intended change, run `npx vitest run -u test/charts` and review the diff.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CHART_IDS, buildChart } from '../../src/charts/registry.ts';
import { renderSvg } from '../../src/charts/render.ts';
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
      it(`${id} (${lang})`, async () => {
        const svg = renderSvg(buildChart(id, data, { lang, width: 640 }));
        expect(svg, 'the fixture is rich enough to draw every chart').not.toBeNull();
        await expect(normaliseSvg(svg!)).toMatchFileSnapshot(`__snapshots__/${id}.${lang}.svg`);
      });
    }
  }
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

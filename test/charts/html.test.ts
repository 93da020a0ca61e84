/**
 * The chart figure and its one HTML renderer: what a page, a story and an embed show around a
 * chart (title, takeaway, legend, the SVG once, notes, sources, the data table), all escaped.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { chartFigure } from '../../src/charts/figure.ts';
import { figureHtml, makeChartResolver } from '../../src/charts/html.ts';
import { sourceLineText } from '../../src/charts/source-line.ts';
import { loadFixture } from '../helpers/charts.ts';

const doc = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

describe('figureHtml', () => {
  it('renders the SVG once, with caption, legend, every note, the source line and a closed data table', async () => {
    const data = await loadFixture();
    const figure = chartFigure('vulnerable-regions', data, 'en');
    const page = doc(figureHtml(figure, { level: 3, anchor: 'chart-vulnerable-regions', table: true }));
    expect(page.querySelectorAll('svg[data-chart="vulnerable-regions"]')).toHaveLength(1);
    expect(page.querySelector('figure')!.id).toBe('chart-vulnerable-regions');
    expect(page.querySelector('figcaption h3')!.textContent).toBe(figure.title);
    expect(page.querySelector('.chart-takeaway')!.textContent).toBe(figure.takeaway);
    expect([...page.querySelectorAll('.chart-legend li')].map((li) => li.textContent)).toEqual(figure.legend.map((l) => l.label));
    expect([...page.querySelectorAll('.chart-notes li')].map((li) => li.textContent)).toEqual(figure.notes);
    expect(page.querySelector('.chart-source')!.textContent).toBe(sourceLineText(figure.sources, 'en'));
    const table = page.querySelector('details.chart-data')!;
    expect(table.hasAttribute('open')).toBe(false);
    expect([...table.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-figure'))).toEqual(figure.rows.map((r) => r.figure.id));
    // Every cell but the row header names its column, for the stacked cards on a phone.
    for (const td of table.querySelectorAll('td')) expect(td.getAttribute('data-label')).toBeTruthy();
    // figcaption is the figure's first child, as HTML requires.
    expect(page.querySelector('figure')!.firstElementChild!.tagName).toBe('FIGCAPTION');
  });

  it('leaves out the table in an embed', async () => {
    const figure = chartFigure('budgets', await loadFixture(), 'id');
    expect(doc(figureHtml(figure, { level: 1, table: false })).querySelector('table')).toBeNull();
  });
});

describe('makeChartResolver', () => {
  it('renders a registered chart for a story with its legend, notes and table (the same figure as on a page)', async () => {
    const data = await loadFixture();
    const html = makeChartResolver(data)('vulnerable-regions', 'en')!;
    const figure = chartFigure('vulnerable-regions', data, 'en');
    expect(html).toBe(figureHtml(figure, { level: 3, table: true, more: { href: '/en/grafik/vulnerable-regions/', label: 'This chart’s page: embed and download' } }));
    expect(doc(html).querySelector('.chart-more a')!.getAttribute('href')).toBe('/en/grafik/vulnerable-regions/');
    expect(doc(html).querySelectorAll('.chart-notes li').length).toBe(figure.notes.length);
    expect(doc(html).querySelectorAll('.chart-legend li').length).toBeGreaterThan(0);
  });

  it('escapes text from the data', async () => {
    const data = await loadFixture();
    for (const source of data.sources) source.outlet = '<b>Outlet</b>';
    const html = makeChartResolver(data)('vulnerable-regions', 'id')!;
    expect(html).not.toContain('<b>Outlet</b>');
    expect(html).toContain('&lt;b&gt;Outlet&lt;/b&gt;');
  });

  it('renders a region\'s own timeline by its id, titled with the region', async () => {
    const data = await loadFixture();
    const region = data.regions.find((r) => r.type !== 'provinsi' && data.figures.filter((f) => f.region === r.code && f.indicator === 'coverage_rate' && f.segment === 'all' && f.kind === 'actual').length >= 2);
    if (!region) throw new Error('the fixture needs a regency with two coverage rates');
    const html = makeChartResolver(data)(`coverage-trends-${region.slug}`, 'id')!;
    expect(doc(html).querySelector('.chart-title')!.textContent).toBe(`Tingkat cakupan dari waktu ke waktu: ${region.short_name}`);
    const drawn = [...doc(html).querySelectorAll('tr[data-figure]')].map((tr) => tr.getAttribute('data-figure'));
    expect(drawn.length).toBeGreaterThan(1);
    for (const id of drawn) expect(data.figures.find((f) => f.id === id)!.region).toBe(region.code);
  });

  it('returns nothing for an unknown id, so the story check reports it', async () => {
    expect(makeChartResolver(await loadFixture())('no-such-chart', 'id')).toBeUndefined();
  });
});

/** `{{chart:ID}}` in stories: the resolver renders registered charts as escaped HTML figures and knows no others. */
import { describe, expect, it } from 'vitest';
import { makeChartResolver } from '../../src/charts/html.ts';
import { loadFixture } from '../helpers/charts.ts';

describe('makeChartResolver', () => {
  it('renders a registered chart with both widths, its title and a link to its data table', async () => {
    const data = await loadFixture();
    const html = makeChartResolver(data)('vulnerable-regions', 'en');
    expect(html).toBeDefined();
    expect(html!.match(/<svg[^>]*data-chart="vulnerable-regions"/g)).toHaveLength(2);
    expect(html).toContain('href="/en/segmen/#chart-vulnerable-regions"');
  });

  it('escapes text from the data', async () => {
    const data = await loadFixture();
    for (const source of data.sources) source.outlet = '<b>Outlet</b>';
    const html = makeChartResolver(data)('vulnerable-regions', 'id')!;
    expect(html).not.toContain('<b>Outlet</b>');
    expect(html).toContain('&lt;b&gt;Outlet&lt;/b&gt;');
  });

  it('returns nothing for an unknown id, so the story check reports it', async () => {
    expect(makeChartResolver(await loadFixture())('no-such-chart', 'id')).toBeUndefined();
  });
});

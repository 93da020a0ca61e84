/**
 * The static paths of the pages made per row of the data (regions, their indicators and older
 * years, the years of sources and each source), once for both languages: a page file in
 * src/pages/ and its English twin under src/pages/en/ export the same list.
 */
import { indicatorYears, regionIndicators } from '../data/derive.ts';
import { indexOf } from '../data/index.ts';
import { dataset } from './dataset.ts';

const index = indexOf(dataset);

export const regionPaths = () => index.regencies.map((region) => ({ params: { slug: region.slug }, props: { region } }));

export const regionIndicatorPaths = () =>
  index.regencies.flatMap((region) =>
    regionIndicators(dataset, region.code).map(({ indicator }) => ({ params: { slug: region.slug, indicator: indicator.id }, props: { region, indicator } })),
  );

export const regionIndicatorYearPaths = () =>
  index.regencies.flatMap((region) =>
    regionIndicators(dataset, region.code).flatMap(({ indicator, figures }) =>
      indicatorYears(figures).older.map(({ year }) => ({ params: { slug: region.slug, indicator: indicator.id, year: String(year) }, props: { region, indicator, year } })),
    ),
  );

export const sourceYearPaths = () => [...index.sourcesByYear.keys()].map((year) => ({ params: { year: String(year) }, props: { year } }));

export const sourcePaths = () => dataset.sources.map((source) => ({ params: { year: String(source.published.year), source: source.id }, props: { source } }));

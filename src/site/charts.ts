/**
 * How stories find charts: `{{chart:ID}}` asks this resolver for the chart's server-rendered
 * HTML, built from the site's dataset (see src/charts/html.ts).
 */
import { makeChartResolver } from '../charts/html.ts';
import { dataset } from './dataset.ts';

export const resolveChart = makeChartResolver(dataset);

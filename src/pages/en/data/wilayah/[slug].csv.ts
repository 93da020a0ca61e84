/** /en/data/wilayah/<slug>.csv: a region's figures, labels in English (see src/pages/data/wilayah/_region-csv.ts). */
import { regionCsvPaths, regionCsvRoute } from '../../../data/wilayah/_region-csv.ts';

export const getStaticPaths = regionCsvPaths;
export const GET = regionCsvRoute('en');

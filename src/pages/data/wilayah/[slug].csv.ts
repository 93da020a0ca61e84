/** /data/wilayah/<slug>.csv: a region's figures, labels in Indonesian (see _region-csv.ts). */
import { regionCsvPaths, regionCsvRoute } from './_region-csv.ts';

export const getStaticPaths = regionCsvPaths;
export const GET = regionCsvRoute('id');

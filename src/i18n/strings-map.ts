/** Text of the choropleth, its legend, tooltip and summary sentence, in both languages. */
import type { Lang } from './lang.ts';

export interface MapStrings {
  mapTitle: string;
  mapDescription: string;
  legendTitle: string;
  classification: string;
  binLabel: (min: string, max: string, last: boolean) => string;
  noData: string;
  noDataLegend: string;
  oldLegend: (months: number) => string;
  otherMethodLegend: (method: string) => string;
  regionAria: (name: string, value: string, date: string, method: string, source: string, flags: string[]) => string;
  regionAriaNoData: (name: string) => string;
  flagOld: string;
  flagOtherMethod: string;
  headline: (value: string, date: string, method: string) => string;
  headlineMissing: string;
  range: (low: string, lowName: string, high: string, highName: string) => string;
  onlyOne: (value: string, name: string) => string;
  missingCount: (count: number) => string;
  tooltipOpen: string;
  tooltipClose: string;
  asOf: string;
  method: string;
  source: string;
  credit: string;
  keyboardHint: string;
  panHint: string;
}

export const MAP_STRINGS: Record<Lang, MapStrings> = {
  id: {
    mapTitle: 'Tingkat cakupan jaminan sosial ketenagakerjaan per kabupaten/kota',
    mapDescription: 'Angka terbaru yang dipublikasikan untuk setiap kabupaten/kota di Bali.',
    legendTitle: 'Pekerja terlindungi',
    classification: 'Kelas tetap selebar 20 poin persen.',
    binLabel: (min, max, last) => (last ? `${min}–${max}` : `${min} – <${max}`),
    noData: 'Belum ada data',
    noDataLegend: 'Belum ada angka yang dipublikasikan',
    oldLegend: (months) => `Angka lebih dari ${months} bulan lebih tua daripada angka terbaru di peta`,
    otherMethodLegend: (method) => `Metode berbeda dari kebanyakan angka di peta (${method})`,
    regionAria: (name, value, date, method, source, flags) =>
      `${name}: ${value}, per ${date}; metode: ${method}; sumber: ${source}${flags.length ? `; ${flags.join('; ')}` : ''}`,
    regionAriaNoData: (name) => `${name}: belum ada angka cakupan yang dipublikasikan`,
    flagOld: 'angka lama',
    flagOtherMethod: 'metode berbeda',
    headline: (value, date, method) => `Di tingkat provinsi, ${value} pekerja Bali terlindungi per ${date}. Metode: ${method}.`,
    headlineMissing: 'Belum ada angka cakupan tingkat provinsi dalam data.',
    range: (low, lowName, high, highName) => `Cakupan berkisar dari ${low} di ${lowName} hingga ${high} di ${highName}.`,
    onlyOne: (value, name) => `Hanya ${name} yang memiliki angka cakupan: ${value}.`,
    missingCount: (count) =>
      count === 0 ? 'Semua kabupaten/kota memiliki angka cakupan.' : `${count} kabupaten/kota belum memiliki angka cakupan yang dipublikasikan.`,
    tooltipOpen: 'Buka halaman wilayah',
    tooltipClose: 'Tutup',
    asOf: 'Per',
    method: 'Metode',
    source: 'Sumber',
    credit: 'Batas wilayah: Badan Informasi Geospasial (RBI 1:50.000, 2023)',
    keyboardHint: 'Gunakan Tab atau tombol panah untuk berpindah antarwilayah; Enter membuka halaman wilayah.',
    panHint: '← Geser peta ke samping untuk melihat seluruh Bali →',
  },
  en: {
    mapTitle: 'Social-security coverage rate by regency/city',
    mapDescription: 'The latest published figure for each regency and city of Bali.',
    legendTitle: 'Workers protected',
    classification: 'Fixed classes 20 percentage points wide.',
    binLabel: (min, max, last) => (last ? `${min}–${max}` : `${min} – <${max}`),
    noData: 'No data',
    noDataLegend: 'No published figure',
    oldLegend: (months) => `Figure more than ${months} months older than the newest on the map`,
    otherMethodLegend: (method) => `Different method from most figures on the map (${method})`,
    regionAria: (name, value, date, method, source, flags) =>
      `${name}: ${value}, as of ${date}; method: ${method}; source: ${source}${flags.length ? `; ${flags.join('; ')}` : ''}`,
    regionAriaNoData: (name) => `${name}: no published coverage rate`,
    flagOld: 'older figure',
    flagOtherMethod: 'different method',
    headline: (value, date, method) => `Province-wide, ${value} of Bali's workers were protected as of ${date}. Method: ${method}.`,
    headlineMissing: 'The data holds no province-wide coverage rate yet.',
    range: (low, lowName, high, highName) => `Coverage ranges from ${low} in ${lowName} to ${high} in ${highName}.`,
    onlyOne: (value, name) => `Only ${name} has a coverage rate: ${value}.`,
    missingCount: (count) =>
      count === 0
        ? 'Every regency and city has a coverage rate.'
        : `${count} ${count === 1 ? 'regency or city has' : 'regencies and cities have'} no published coverage rate.`,
    tooltipOpen: 'Open the region page',
    tooltipClose: 'Close',
    asOf: 'As of',
    method: 'Method',
    source: 'Source',
    credit: 'Boundaries: Indonesian Geospatial Information Agency (BIG), RBI 1:50,000, 2023',
    keyboardHint: 'Use Tab or the arrow keys to move between regions; Enter opens the region page.',
    panHint: '← Swipe the map sideways to see all of Bali →',
  },
};

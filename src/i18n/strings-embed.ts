/** Text of embed pages, the "Embed & download" box, exported images and oEmbed, in both languages. */
import type { Lang } from './lang.ts';

export interface EmbedStrings {
  /** Summary of the box under each chart. */
  boxSummary: string;
  boxIntro: string;
  preview: string;
  downloads: string;
  downloadPng: string;
  downloadSvg: string;
  downloadCsv: string;
  copy: string;
  copied: string;
  /** The iframe's title attribute (screen readers announce it). */
  iframeTitle: (title: string) => string;
  /** Link from an embed back to the full page. */
  backLink: string;
  credit: string;
  /** Baked into exported images: "Chart: Cakupan Bali (address)". */
  exportCredit: (address: string) => string;
  /** The map in embeds, exports and oEmbed. */
  embedDescription: (title: string) => string;
  chartDownloadsHeading: string;
  chartDownloadsIntro: string;
  /** The chart's own page (/grafik/<id>/). */
  chartPageDescription: (title: string, takeaway: string) => string;
  /** Link from a chart's page to where the site shows it among others. */
  inContext: (where: string) => string;
  chartPageSources: string;
  /** Link from a source to its entry on the sources page (every figure quoted from it). */
  allFromSource: string;
  /** In the embed box: the address a CMS turns into the embed (oEmbed). */
  pasteAddress: string;
  pasteAddressHint: string;
  /** Link from a chart to its own page. */
  chartPageLink: string;
  themeLegend: string;
  themes: { auto: string; light: string; dark: string };
  transparent: string;
  codeLabel: string;
  codeHint: string;
}

export const EMBED_STRINGS: Record<Lang, EmbedStrings> = {
  id: {
    boxSummary: 'Sematkan & unduh',
    boxIntro: 'Boleh dipakai ulang dengan menyebut Cakupan Bali dan sumber aslinya.',
    preview: 'Pratinjau sematan',
    downloads: 'Unduh',
    downloadPng: 'Gambar PNG',
    downloadSvg: 'Gambar SVG',
    downloadCsv: 'Data CSV',
    copy: 'Salin',
    copied: 'Tersalin',
    iframeTitle: (title) => `${title} (Cakupan Bali)`,
    backLink: 'Lihat selengkapnya di Cakupan Bali',
    credit: 'Grafik: Cakupan Bali',
    exportCredit: (address) => `Grafik: Cakupan Bali (${address})`,
    embedDescription: (title) => `${title}: grafik Cakupan Bali untuk disematkan, dengan sumber setiap angka.`,
    chartDownloadsHeading: 'Grafik dan peta',
    chartDownloadsIntro: 'Setiap grafik dan peta sebagai gambar (PNG, SVG) dan sebagai CSV berisi tepat angka yang digambar, dengan kolom sumbernya.',
    chartPageDescription: (title, takeaway) => `${title}. ${takeaway}`.trim(),
    inContext: (where) => `Lihat grafik ini di ${where}`,
    chartPageSources: 'Sumber angka dalam grafik ini',
    allFromSource: 'Semua angka dari sumber ini',
    pasteAddress: 'Alamat untuk ditempel di CMS',
    pasteAddressHint: 'WordPress dan CMS lain yang mendukung oEmbed menyematkan grafik ini sendiri dari alamat halaman ini.',
    chartPageLink: 'Halaman grafik ini',
    themeLegend: 'Tampilan',
    themes: { auto: 'Otomatis (mengikuti mode gelap/terang pembaca)', light: 'Terang', dark: 'Gelap' },
    transparent: 'Latar transparan (warna latar halaman Anda yang tampil)',
    codeLabel: 'Kode sematan',
    codeHint: 'Skrip di baris kedua menyesuaikan tinggi bingkai dengan isinya. Tanpa skrip itu (CMS yang membuangnya, atau WordPress) tingginya tetap, dan seluruh grafik beserta kreditnya tetap terlihat pada lebar mana pun, dari kolom ponsel sampai halaman lebar.',
  },
  en: {
    boxSummary: 'Embed & download',
    boxIntro: 'Free to reuse with credit to Cakupan Bali and the original source.',
    preview: 'Preview the embed',
    downloads: 'Download',
    downloadPng: 'PNG image',
    downloadSvg: 'SVG image',
    downloadCsv: 'CSV data',
    copy: 'Copy',
    copied: 'Copied',
    iframeTitle: (title) => `${title} (Cakupan Bali)`,
    backLink: 'See the full page on Cakupan Bali',
    credit: 'Chart: Cakupan Bali',
    exportCredit: (address) => `Chart: Cakupan Bali (${address})`,
    embedDescription: (title) => `${title}: a Cakupan Bali chart to embed, with the source of every figure.`,
    chartDownloadsHeading: 'Charts and map',
    chartDownloadsIntro: 'Every chart and the map as an image (PNG, SVG) and as a CSV of exactly the figures drawn, with their source columns.',
    chartPageDescription: (title, takeaway) => `${title}. ${takeaway}`.trim(),
    inContext: (where) => `See this chart on ${where}`,
    chartPageSources: 'Sources of the figures in this chart',
    allFromSource: 'Every figure from this source',
    pasteAddress: 'Address to paste into a CMS',
    pasteAddressHint: 'WordPress and other CMSs that support oEmbed embed this chart by themselves from this page’s address.',
    chartPageLink: 'This chart’s page',
    themeLegend: 'Appearance',
    themes: { auto: 'Automatic (follows the reader’s dark or light mode)', light: 'Light', dark: 'Dark' },
    transparent: 'Transparent background (your page’s background shows)',
    codeLabel: 'Embed code',
    codeHint: 'The script on the second line fits the frame’s height to its content. Without it (a CMS that strips it, or WordPress) the height is fixed, and the whole chart with its credit still shows at any width, from a phone’s column to a wide page.',
  },
};

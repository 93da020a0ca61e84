/**
 * The site's share cards (src/embeds/card.ts): one for the site (the province's figure and the
 * map), one per regency/city (its figure and a locator), one per published chart (its title,
 * takeaway and the chart). Each is drawn once per language however many pages use it.
 */
import { chartFigure } from '../charts/figure.ts';
import { chartIds } from '../charts/registry.ts';
import { coverageByRegion } from '../data/derive.ts';
import { indexOf } from '../data/index.ts';
import { cardSvg, CARD_WIDTH, type CardContent } from '../embeds/card.ts';
import { displayAddress } from '../embeds/export-svg.ts';
import { exportPng } from '../embeds/png.ts';
import { figureValue } from '../i18n/figure-text.ts';
import { formatPartialDate } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { MAP_STRINGS } from '../i18n/strings-map.ts';
import { REGION_STRINGS } from '../i18n/strings-region.ts';
import { STRINGS } from '../i18n/strings.ts';
import { locatorSvg } from '../map/locator.ts';
import { segmentShort } from '../map/model.ts';
import { absolute, CARD_NAMES, localizedPath } from '../routes.ts';
import { dataset } from './dataset.ts';
import { MAP_ID } from '../embeds/registry.ts';
import { siteEmbeddable } from './embeds.ts';
import { locatorMap } from './topology.ts';

const regencies = dataset.regions.filter((r) => r.type !== 'provinsi');

/** Every card the site draws, by name (routes.ts CARD_NAMES). */
export const CARD_LIST: readonly string[] = [CARD_NAMES.home, ...regencies.map((r) => CARD_NAMES.region(r.slug)), ...chartIds(dataset).map((id) => CARD_NAMES.chart(id))];

/** The map drawn for a card: the export's body at a card's picture width. */
const MAP_CARD_WIDTH = 560;

function content(name: string, lang: Lang, site: URL | string): CardContent {
  const index = indexOf(dataset);
  const base = { kicker: STRINGS[lang].siteName, address: displayAddress(absolute(localizedPath('/', lang), site)).replace(/\/$/, '') };
  if (name === CARD_NAMES.home) {
    const m = MAP_STRINGS[lang];
    const province = coverageByRegion(dataset).find((c) => c.region.type === 'provinsi')?.latest;
    return {
      ...base,
      title: STRINGS[lang].homeTitle,
      ...(province
        ? { big: { value: figureValue(province.figure, lang, index), sentence: `${m.headlineLead} ${m.headlineSentence(formatPartialDate(province.figure.as_of, lang))}` } }
        : { text: m.headlineMissing }),
      picture: siteEmbeddable(MAP_ID, lang).body(MAP_CARD_WIDTH)!,
    };
  }
  const region = regencies.find((r) => CARD_NAMES.region(r.slug) === name);
  if (region) {
    const t = REGION_STRINGS[lang];
    const regionName = lang === 'id' ? region.name : region.name_en;
    const coverage = coverageByRegion(dataset).find((c) => c.region.code === region.code)!;
    const locator = locatorSvg(locatorMap, region.code, t.locatorLabel(regionName));
    const size = (attr: string) => Number(new RegExp(` ${attr}="([\\d.]+)"`).exec(locator)![1]);
    const picture = { svg: locator, width: size('width'), height: size('height') };
    if (coverage.latest) {
      const f = coverage.latest.figure;
      return { ...base, title: regionName, big: { value: figureValue(f, lang, index), sentence: t.headlineSentence(formatPartialDate(f.as_of, lang)) }, picture };
    }
    const segments = coverage.segments.map((c) => `${segmentShort(index, c.figure.segment, lang)} ${figureValue(c.figure, lang, index)} (${formatPartialDate(c.figure.as_of, lang)})`);
    return { ...base, title: regionName, text: segments.length > 0 ? `${t.segmentsOnly(regionName)} ${segments.join('; ')}.` : t.headlineMissing(regionName), picture };
  }
  const id = chartIds(dataset).find((c) => CARD_NAMES.chart(c) === name);
  if (!id) throw new Error(`no share card named "${name}"`);
  const figure = chartFigure(id, dataset, lang);
  const body = siteEmbeddable(id, lang).body(MAP_CARD_WIDTH);
  // A chart far taller than the card's picture would shrink to an unreadable stamp: then the card says it in words.
  const fits = body && body.height <= 2.2 * 470;
  return { ...base, title: figure.title, text: figure.takeaway || figure.thin || figure.subtitle, ...(fits ? { picture: body } : {}) };
}

/** The card's alternative text: what it shows, in words. */
export function siteCardAlt(name: string, lang: Lang): string {
  const c = content(name, lang, 'https://x.invalid/');
  return [c.title, c.big ? `${c.big.value} ${c.big.sentence}` : c.text].filter(Boolean).join(': ');
}

const memo = new Map<string, Promise<Buffer>>();
export function siteCardPng(name: string, lang: Lang, site: URL | string): Promise<Buffer> {
  const key = `${name}:${lang}`;
  if (!memo.has(key)) memo.set(key, exportPng(cardSvg(content(name, lang, site)), CARD_WIDTH, 1));
  return memo.get(key)!;
}

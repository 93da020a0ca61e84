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
import { cardLocatorMap } from './topology.ts';

const regencies = dataset.regions.filter((r) => r.type !== 'provinsi');

/** The map drawn for a card: the export's body at a card's picture width. */
const MAP_CARD_WIDTH = 560;

type CardKind = { kind: 'home' } | { kind: 'region'; region: (typeof regencies)[number] } | { kind: 'chart'; id: string };
const CARD_KINDS = new Map<string, CardKind>([
  [CARD_NAMES.home, { kind: 'home' }],
  ...regencies.map((region) => [CARD_NAMES.region(region.slug), { kind: 'region', region }] as const),
  ...chartIds(dataset).map((id) => [CARD_NAMES.chart(id), { kind: 'chart', id }] as const),
]);

function kindOf(name: string): CardKind {
  const kind = CARD_KINDS.get(name);
  if (!kind) throw new Error(`no share card named "${name}"`);
  return kind;
}

/** A card's words: its title and its figure or text. */
type CardWords = Pick<CardContent, 'title' | 'big' | 'text'>;

/**
 * Every page names a card in its preview tags (most of them the site's card), so the words are
 * worked out once per card and language, and the picture only when the PNG is drawn.
 */
const wordsMemo = new Map<string, CardWords>();
function cardWords(name: string, lang: Lang): CardWords {
  const key = `${name}:${lang}`;
  let words = wordsMemo.get(key);
  if (!words) wordsMemo.set(key, (words = wordsOf(kindOf(name), lang)));
  return words;
}

function wordsOf(card: CardKind, lang: Lang): CardWords {
  const index = indexOf(dataset);
  if (card.kind === 'home') {
    const m = MAP_STRINGS[lang];
    const province = coverageByRegion(dataset).find((c) => c.region.type === 'provinsi')?.latest;
    return {
      title: STRINGS[lang].homeTitle,
      ...(province
        ? { big: { value: figureValue(province.figure, lang, index), sentence: `${m.headlineLead} ${m.headlineSentence(formatPartialDate(province.figure.as_of, lang))}` } }
        : { text: m.headlineMissing }),
    };
  }
  if (card.kind === 'region') {
    const { region } = card;
    const t = REGION_STRINGS[lang];
    const regionName = lang === 'id' ? region.name : region.name_en;
    const coverage = coverageByRegion(dataset).find((c) => c.region.code === region.code)!;
    if (coverage.latest) {
      const f = coverage.latest.figure;
      return { title: regionName, big: { value: figureValue(f, lang, index), sentence: t.headlineSentence(formatPartialDate(f.as_of, lang)) } };
    }
    const segments = coverage.segments.map((c) => `${segmentShort(index, c.figure.segment, lang)} ${figureValue(c.figure, lang, index)} (${formatPartialDate(c.figure.as_of, lang)})`);
    return { title: regionName, text: segments.length > 0 ? `${t.segmentsOnly(regionName)} ${segments.join('; ')}.` : t.headlineMissing(regionName) };
  }
  const figure = chartFigure(card.id, dataset, lang);
  return { title: figure.title, text: figure.takeaway || figure.thin || figure.subtitle };
}

/** The card's picture: the map, the region's locator, or the chart (none when the chart is too tall to read small). */
function cardPicture(card: CardKind, lang: Lang): CardContent['picture'] {
  if (card.kind === 'home') return siteEmbeddable(MAP_ID, lang).body(MAP_CARD_WIDTH)!;
  if (card.kind === 'region') {
    const regionName = lang === 'id' ? card.region.name : card.region.name_en;
    const locator = locatorSvg(cardLocatorMap, card.region.code, REGION_STRINGS[lang].locatorLabel(regionName));
    const size = (attr: string) => Number(new RegExp(` ${attr}="([\\d.]+)"`).exec(locator)![1]);
    return { svg: locator, width: size('width'), height: size('height') };
  }
  const body = siteEmbeddable(card.id, lang).body(MAP_CARD_WIDTH);
  // A chart far taller than the card's picture would shrink to an unreadable stamp: then the card says it in words.
  return body && body.height <= 2.2 * 470 ? body : undefined;
}

function content(name: string, lang: Lang, site: URL | string): CardContent {
  const picture = cardPicture(kindOf(name), lang);
  return {
    kicker: STRINGS[lang].siteName,
    address: displayAddress(absolute(localizedPath('/', lang), site)).replace(/\/$/, ''),
    ...cardWords(name, lang),
    ...(picture ? { picture } : {}),
  };
}

/** The card's alternative text: what it shows, in words. */
export function siteCardAlt(name: string, lang: Lang): string {
  const c = cardWords(name, lang);
  return [c.title, c.big ? `${c.big.value} ${c.big.sentence}` : c.text].filter(Boolean).join(': ');
}

/** Every card the site draws, by name (routes.ts CARD_NAMES). */
export const CARD_LIST: readonly string[] = [...CARD_KINDS.keys()];

/** Drawn when its file is written, and not kept: only that one route asks for it. */
export function siteCardPng(name: string, lang: Lang, site: URL | string): Promise<Buffer> {
  return exportPng(cardSvg(content(name, lang, site)), CARD_WIDTH, 1);
}

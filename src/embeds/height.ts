/**
 * The iframe's fallback `height`: what the frame uses when the loader is absent (a CMS stripped
 * the script) or has not run yet. It is an estimate of the embed page's height in a typical
 * article column, made generous so the whole chart shows at column widths and wider (where
 * the chart keeps its height at any width); on a phone, without the loader, the frame scrolls.
 * test/browser/embeds.test.ts checks it against the real page.
 */
import { textWidth } from '../charts/fonts.ts';
import { MAP_STRINGS } from '../i18n/strings-map.ts';
import { MAP_ID, type Embeddable } from './registry.ts';

/** A common article column. */
export const REFERENCE_WIDTH = 600;
const PAD = 12; // .embed padding, src/styles/embed.css
/** Reader fonts vary (system-ui); assume them this much wider than Noto Sans. */
const FONT_SLACK = 1.25;

function lines(text: string, size: number, width: number, weight: 'regular' | 'bold' = 'regular'): number {
  // Whole words wrap, so a line holds less than its full width on average.
  return Math.max(1, Math.ceil((textWidth(text, size, weight) * FONT_SLACK) / (width * 0.9)));
}

export function fallbackHeight(item: Embeddable, frameWidth = REFERENCE_WIDTH): number {
  const inner = frameWidth - 2 * PAD;
  let h = 2 * PAD;
  h += lines(item.title, 19.2, inner, 'bold') * 25 + 4;
  if (item.takeaway) h += lines(item.takeaway, 16, inner) * 24 + 4;
  h += lines(item.subtitle, 15.2, inner) * 23 + 8;
  if (item.legendTitle) h += lines(item.legendTitle, 14.4, inner) * 22;
  // Legend entries flow in rows; count the rows by laying them out.
  let x = 0;
  let rows = item.legend.length ? 1 : 0;
  for (const entry of item.legend) {
    const w = entry.width + 6 + textWidth(entry.label, 14, 'regular') * FONT_SLACK + 16;
    if (x > 0 && x + w > inner) {
      rows++;
      x = 0;
    }
    x += w;
  }
  h += rows * 24 + 8;
  // A chart is as tall at any width (only the map scales with the frame).
  const body = item.body(inner);
  if (body) h += body.height + 8;
  else if (item.thin) h += lines(item.thin, 16, inner - 16) * 24 + 24;
  const small = (text: string) => lines(text, 14, inner) * 21;
  for (const note of item.notes) h += small(note);
  // The map's figure also says how to move between regions by keyboard.
  if (item.id === MAP_ID) h += small(MAP_STRINGS[item.lang].keyboardHint) + 12;
  if (item.sources.length) h += small(item.sources.map((s) => `${s.outlet} (${s.published.iso})`).join('; ') + ' Sumber: ');
  h += 2 * 21 + 16; // footer: credit and links
  h += 24; // room for what the estimate cannot see (a reader's larger font, a wrapped link)
  return Math.ceil(h / 10) * 10;
}

/**
 * The font exported images are drawn in, installed from npm (Noto Sans, OFL) so a PNG renders
 * the same on a fresh machine as on ours, and its advance widths, read straight from the TTF
 * tables, so text in an export can be wrapped at build time without a browser to measure it.
 * Kerning is ignored; it only ever narrows Latin text, so measured lines err on the short side.
 *
 * Noto Sans has no mathematical operators, and the site writes qualifiers with them ("≈38 %",
 * "≥ 20"). Noto Sans Math (also from npm, OFL) has them: resvg picks a glyph from it when the
 * text's own font lacks one, and the metrics below do the same, so those signs are drawn and
 * measured rather than boxed. It has one weight, so a bold "≈" is drawn regular.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// Resolved from the project root: the build runs there, and bundled chunks live elsewhere.
const require = createRequire(path.join(process.cwd(), 'package.json'));

export const FONT_FAMILY = 'Noto Sans';
export const FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
} as const;
/** Where a glyph missing from Noto Sans is taken from (resvg's per-glyph fallback). */
export const FALLBACK_FONT_FILE = require.resolve('@expo-google-fonts/noto-sans-math/400Regular/NotoSansMath_400Regular.ttf');
/** Every font file a renderer of the exports needs, the fallback last. */
export const EXPORT_FONT_FILES: readonly string[] = [FONT_FILES.regular, FONT_FILES.bold, FALLBACK_FONT_FILE];
export type Weight = keyof typeof FONT_FILES;

interface Metrics {
  unitsPerEm: number;
  /** Advance in font units, or undefined when the font has no glyph for the code point. */
  advance: (codePoint: number) => number | undefined;
  /** Advance of the .notdef glyph. */
  advanceOfMissing: number;
}

function parseMetrics(font: Buffer): Metrics {
  const tables = new Map<string, number>();
  for (let i = 0; i < font.readUInt16BE(4); i++) {
    const record = 12 + 16 * i;
    tables.set(font.toString('latin1', record, record + 4), font.readUInt32BE(record + 8));
  }
  const table = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`font has no ${tag} table`);
    return offset;
  };
  const unitsPerEm = font.readUInt16BE(table('head') + 18);
  const hmetrics = font.readUInt16BE(table('hhea') + 34);
  const hmtx = table('hmtx');
  const advanceOfGlyph = (glyph: number) => font.readUInt16BE(hmtx + 4 * Math.min(glyph, hmetrics - 1));
  const glyphOf = cmapLookup(font, table('cmap'));
  return {
    unitsPerEm,
    advanceOfMissing: advanceOfGlyph(0),
    advance: (cp) => {
      const glyph = glyphOf(cp);
      return glyph === 0 ? undefined : advanceOfGlyph(glyph);
    },
  };
}

/** Code point → glyph id, from the Windows Unicode subtable (format 12 preferred, else 4). */
function cmapLookup(font: Buffer, cmap: number): (cp: number) => number {
  const subtables: { platform: number; encoding: number; offset: number }[] = [];
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const r = cmap + 4 + 8 * i;
    subtables.push({ platform: font.readUInt16BE(r), encoding: font.readUInt16BE(r + 2), offset: cmap + font.readUInt32BE(r + 4) });
  }
  const full = subtables.find((s) => s.platform === 3 && s.encoding === 10 && font.readUInt16BE(s.offset) === 12);
  if (full) {
    const groups = font.readUInt32BE(full.offset + 12);
    return (cp) => {
      for (let g = 0; g < groups; g++) {
        const r = full.offset + 16 + 12 * g;
        const start = font.readUInt32BE(r);
        if (cp >= start && cp <= font.readUInt32BE(r + 4)) return font.readUInt32BE(r + 8) + cp - start;
      }
      return 0;
    };
  }
  const bmp = subtables.find((s) => s.platform === 3 && s.encoding === 1 && font.readUInt16BE(s.offset) === 4);
  if (!bmp) throw new Error('font has no Unicode cmap subtable');
  const o = bmp.offset;
  const segments = font.readUInt16BE(o + 6) / 2;
  const ends = o + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  return (cp) => {
    for (let s = 0; s < segments; s++) {
      if (font.readUInt16BE(ends + 2 * s) < cp) continue;
      const start = font.readUInt16BE(starts + 2 * s);
      if (start > cp) return 0;
      const delta = font.readInt16BE(deltas + 2 * s);
      const at = rangeOffsets + 2 * s;
      const rangeOffset = font.readUInt16BE(at);
      if (rangeOffset === 0) return (cp + delta) & 0xffff;
      const glyph = font.readUInt16BE(at + rangeOffset + 2 * (cp - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

const metrics = new Map<string, Metrics>();
function metricsOf(file: string): Metrics {
  let m = metrics.get(file);
  if (!m) metrics.set(file, (m = parseMetrics(readFileSync(file))));
  return m;
}

/**
 * Advance of a code point in ems, from the first font that has it (as resvg draws it); a glyph no
 * font has is drawn as the first font's .notdef box. Cached per weight: the cmap lookup scans
 * the font's tables, and the build measures the same few hundred characters millions of times.
 */
const emCache: Record<Weight, Map<number, number>> = { regular: new Map(), bold: new Map() };
function emWidth(cp: number, weight: Weight): number {
  let em = emCache[weight].get(cp);
  if (em === undefined) {
    const fonts = [metricsOf(FONT_FILES[weight]), metricsOf(FALLBACK_FONT_FILE)];
    const font = fonts.find((f) => f.advance(cp) !== undefined) ?? fonts[0]!;
    em = (font.advance(cp) ?? font.advanceOfMissing) / font.unitsPerEm;
    emCache[weight].set(cp, em);
  }
  return em;
}

/** `width` plus the width of `text` at `size` px, added glyph by glyph. */
function addWidth(width: number, text: string, size: number, weight: Weight): number {
  for (const ch of text) width += emWidth(ch.codePointAt(0)!, weight) * size;
  return width;
}

/** Width of `text` in px at `size` px. */
export function textWidth(text: string, size: number, weight: Weight = 'regular'): number {
  return addWidth(0, text, size, weight);
}

/** Whether Noto Sans itself (not the fallback) has a glyph for the character. */
export function hasGlyph(ch: string, weight: Weight = 'regular'): boolean {
  return metricsOf(FONT_FILES[weight]).advance(ch.codePointAt(0)!) !== undefined;
}

/**
 * Greedy word wrap to `width` px; a single word longer than the line gets a line of its own.
 * Widths add up glyph by glyph (kerning is ignored), so a candidate line is measured from the
 * line so far, not from its start: the sum is the same as textWidth's, in linear time.
 */
export function wrapText(text: string, width: number, size: number, weight: Weight = 'regular'): string[] {
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of text.split(/ +/)) {
    const candidateWidth = line ? addWidth(lineWidth, ` ${word}`, size, weight) : textWidth(word, size, weight);
    if (line && candidateWidth > width) {
      lines.push(line);
      line = word;
      lineWidth = textWidth(word, size, weight);
    } else {
      line = line ? `${line} ${word}` : word;
      lineWidth = candidateWidth;
    }
  }
  if (line) lines.push(line);
  return lines;
}

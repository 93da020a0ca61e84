/**
 * A chart drawn once for every width. Horizontal positions are fractions of the chart's width
 * (written as percentages), vertical positions and text sizes are pixels, and the SVG has no
 * viewBox: it fills its column from a 320 px phone to a wide desktop without scaling its text,
 * so one rendering serves every width and labels stay at their drawn size.
 *
 * Layouts make that safe by fitting text at the narrowest width the site has (NARROWEST): a
 * label that fits there fits everywhere, since only the gaps between marks grow. A mark that
 * needs pixel offsets from a fractional position (a target tick, an axis break) is an `anchored`
 * group, written as a nested <svg> at the fraction whose children are in pixels.
 *
 * The same scene is also written at a fixed width (every position resolved to pixels) for the
 * exported SVG and PNG, which leave the page and its CSS.
 *
 * A chart may also be drawn taller than its scene (an embed fills the height its frame gives it,
 * src/styles/embed.css): its rows or panels are `band`s, each placed at its share of the height
 * (a percentage) with its marks in pixels inside, so a taller chart spreads its rows apart and
 * never stretches a mark or its label. At the scene's own height it is drawn exactly as laid out.
 */
import { escape } from 'html-escaper';

/** The narrowest chart the site draws: a 320 px phone less the page's side padding. */
export const NARROWEST = 288;

export const INK = 'currentColor';
export const MUTED = 'var(--muted, #595959)';
export const BACKGROUND = 'var(--bg, #ffffff)';
export const RULE = 'var(--rule, #d0d0d0)';

export type Anchor = 'start' | 'middle' | 'end';

/** A run of text within one label, e.g. a bold name followed by a muted date. */
export interface Span {
  text: string;
  bold?: boolean;
  muted?: boolean;
}

interface Common {
  /** The figure row a mark draws (tests and the client find marks by it). */
  figure?: string;
  /** A native tooltip: the mark's value in words. */
  title?: string;
  /** Shown or hidden by the stylesheet by width (e.g. minor ticks), see charts.css. */
  className?: string;
}

export type Mark =
  | (Common & { type: 'rect'; x: number; x2: number; y: number; height: number; fill: string; fillOpacity?: number; stroke?: string; dashed?: boolean })
  | (Common & { type: 'rule'; x1: number; x2: number; y1: number; y2: number; stroke: string; width?: number; dashed?: boolean; opacity?: number })
  | (Common & { type: 'dot'; x: number; y: number; r: number; fill: string; stroke: string; dashed?: boolean })
  | (Common & {
      type: 'text';
      x: number;
      y: number;
      /** Pixel offset from x. */
      dx?: number;
      anchor?: Anchor;
      spans: Span[];
      size?: number;
      fill?: string;
      /** A background-coloured outline, so a label stays legible over lines and grid. */
      halo?: boolean;
    })
  | (Common & { type: 'anchored'; x: number; y: number; children: string })
  /**
   * A row or panel: its marks' y are pixels from the band's top, `y` (the band's top in the
   * scene). A band of `height` px that `stretches` (a timeline's panel) grows with the chart:
   * its marks' y become shares of its height, so its value axis grows taller; otherwise its
   * marks keep their pixel offsets and only the gaps between bands grow (a bar chart's groups).
   */
  | (Common & { type: 'band'; y: number; marks: Mark[]; stretch?: { height: number } });

export interface Scene {
  /** Height in px; the width is the column's. */
  height: number;
  marks: Mark[];
}

export interface SvgAttributes {
  id: string;
  /** Accessible name and description. */
  title: string;
  alt: string;
  className: string;
}

/** Marks laid out at absolute y (pixels in the scene), gathered into a band whose top is `top`. */
export function band(top: number, marks: readonly Mark[], stretchHeight?: number): Mark {
  const shift = (m: Mark): Mark => {
    switch (m.type) {
      case 'rule':
        return { ...m, y1: m.y1 - top, y2: m.y2 - top };
      case 'band':
        return { ...m, y: m.y - top };
      default:
        return { ...m, y: m.y - top };
    }
  };
  return { type: 'band', y: top, marks: marks.map(shift), ...(stretchHeight ? { stretch: { height: stretchHeight } } : {}) };
}

const TEXT_SIZE = 13;
const num = (n: number) => String(Math.round(n * 100) / 100);

/** A horizontal position: a percentage when fluid, pixels at a fixed width. */
function xAt(fraction: number, width: number | undefined, dx = 0): string {
  return width === undefined ? `${num(fraction * 100)}%` : num(fraction * width + dx);
}

function common(mark: Common): string {
  return (mark.figure ? ` data-figure="${escape(mark.figure)}"` : '') + (mark.className ? ` class="${escape(mark.className)}"` : '');
}

function tooltip(mark: Common): string {
  return mark.title ? `<title>${escape(mark.title)}</title>` : '';
}

function closeWith(mark: Common, open: string): string {
  return mark.title ? `${open}>${tooltip(mark)}</${open.slice(1, open.indexOf(' '))}>` : `${open}/>`;
}

function spans(list: readonly Span[]): string {
  if (list.length === 1 && !list[0]!.bold && !list[0]!.muted) return escape(list[0]!.text);
  return list
    .map((s) => `<tspan${s.bold ? ' font-weight="700"' : ''}${s.muted ? ` fill="${MUTED}"` : ''}>${escape(s.text)}</tspan>`)
    .join('');
}

/** A band's top: a share of the chart's height when fluid, pixels at a fixed width. */
function bandTop(y: number, height: number, width: number | undefined): string {
  return width === undefined ? `${num((y / height) * 100)}%` : num(y);
}

/**
 * A vertical position: pixels, or (in a fluid band that stretches, `of` px tall as laid out) a
 * share of the band's height.
 */
function yAt(y: number, of: number | undefined): string {
  return of === undefined ? num(y) : `${num((y / of) * 100)}%`;
}

function markSvg(mark: Mark, width: number | undefined, height = 0, of?: number): string {
  const dash = (dashed?: boolean) => (dashed ? ' stroke-dasharray="4 3"' : '');
  switch (mark.type) {
    case 'rect': {
      const w = width === undefined ? `${num((mark.x2 - mark.x) * 100)}%` : num((mark.x2 - mark.x) * width);
      const stroke = mark.stroke ? ` stroke="${mark.stroke}" stroke-width="2"${dash(mark.dashed)}` : '';
      const opacity = mark.fillOpacity !== undefined ? ` fill-opacity="${mark.fillOpacity}"` : '';
      return closeWith(mark, `<rect x="${xAt(mark.x, width)}" y="${yAt(mark.y, of)}" width="${w}" height="${num(mark.height)}" fill="${mark.fill}"${opacity}${stroke}${common(mark)}`);
    }
    case 'rule': {
      const opacity = mark.opacity !== undefined ? ` stroke-opacity="${mark.opacity}"` : '';
      return closeWith(
        mark,
        `<line x1="${xAt(mark.x1, width)}" x2="${xAt(mark.x2, width)}" y1="${yAt(mark.y1, of)}" y2="${yAt(mark.y2, of)}" stroke="${mark.stroke}" stroke-width="${mark.width ?? 1}"${opacity}${dash(mark.dashed)}${common(mark)}`,
      );
    }
    case 'dot':
      return closeWith(
        mark,
        `<circle cx="${xAt(mark.x, width)}" cy="${yAt(mark.y, of)}" r="${mark.r}" fill="${mark.fill}" stroke="${mark.stroke}" stroke-width="2"${dash(mark.dashed)}${common(mark)}`,
      );
    case 'text': {
      const dx = mark.dx && width === undefined ? ` dx="${num(mark.dx)}"` : '';
      const anchor = mark.anchor && mark.anchor !== 'start' ? ` text-anchor="${mark.anchor}"` : '';
      const size = mark.size && mark.size !== TEXT_SIZE ? ` font-size="${mark.size}"` : '';
      const halo = mark.halo ? ` stroke="${BACKGROUND}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"` : '';
      return `<text x="${xAt(mark.x, width, mark.dx)}" y="${yAt(mark.y, of)}"${dx}${anchor}${size} fill="${mark.fill ?? INK}"${halo}${common(mark)}>${spans(mark.spans)}${tooltip(mark)}</text>`;
    }
    case 'band': {
      const stretch = width === undefined ? mark.stretch : undefined;
      const inner = mark.marks.map((m) => markSvg(m, width, 0, stretch?.height)).join('');
      if (width !== undefined) return `<g transform="translate(0,${num(mark.y)})"${common(mark)}>${inner}</g>`;
      const size = stretch ? ` height="${num((stretch.height / height) * 100)}%"` : '';
      return `<svg y="${bandTop(mark.y, height, width)}"${size} overflow="visible"${common(mark)}>${inner}</svg>`;
    }
    case 'anchored':
      return width === undefined
        ? `<svg x="${xAt(mark.x, width)}" y="${yAt(mark.y, of)}" width="1" height="1" overflow="visible"${common(mark)}>${mark.children}${tooltip(mark)}</svg>`
        : `<g transform="translate(${xAt(mark.x, width)},${num(mark.y)})"${common(mark)}>${mark.children}${tooltip(mark)}</g>`;
  }
}

/**
 * The scene as an SVG element: fluid (width 100%, percentages) without `width`, or resolved to
 * pixels at `width` for an export.
 */
export function sceneSvg(scene: Scene, attributes: SvgAttributes, width?: number): string {
  const size = width === undefined ? `width="100%" height="${scene.height}"` : `width="${width}" height="${scene.height}" viewBox="0 0 ${width} ${scene.height}"`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="${escape(attributes.className)}" ${size} role="img" aria-label="${escape(`${attributes.title}. ${attributes.alt}`)}" ` +
    `data-chart="${escape(attributes.id)}" font-size="${TEXT_SIZE}">` +
    `<title>${escape(attributes.title)}</title><desc>${escape(attributes.alt)}</desc>` +
    scene.marks.map((m) => markSvg(m, width, scene.height)).join('') +
    '</svg>'
  );
}

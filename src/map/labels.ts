/**
 * Places one label per regency so that no label crosses a border between regions: inside its
 * own region where it fits (it may spill over its own coast into the sea), otherwise out in
 * the sea with a leader line back to the region. Deterministic: a grid search, no randomness.
 *
 * Labels keep their size in CSS pixels at every width (they are positioned in percent of the
 * map, see render.ts), so the layout is made for the narrowest map the site draws: on a wider
 * map the same label takes relatively less room and still fits where it was placed.
 */
import polylabel from 'polylabel';
import RBush from 'rbush';
import { textWidth } from '../charts/fonts.ts';
import { LandGrid } from './land.ts';
import type { Point, Ring } from './path.ts';
import { boxesOverlap, edgesCrossSegment, edgesOf, edgesTouchBox, extentOf, nearestOnBox, polygonContains, segmentExtent, segmentsCross, segmentTouchesBox, type Box, type Edges, type Extent } from './plane.ts';

/** Room one comparability marker takes after a value, in CSS pixels. */
export const MARKER_ADVANCE = 14;
/** Line spacing of multi-line labels, beyond the font size. */
const LEADING = 2;
export interface LabelLayout {
  /** The narrowest map (CSS px) the layout is made for; it holds on every wider one. */
  mapWidth: number;
  /** Label text size in CSS pixels (never below 11, the house minimum). */
  fontSize: number;
}

/**
 * Label layouts, narrowest first; the page shows the widest one that fits its map (container
 * queries in map.css repeat these widths; a test keeps them in step). 276 px is a 300 px embed
 * frame less its padding; 320 px the narrowest phone (the map runs edge to edge on phones); 560 px
 * a desktop column.
 */
export const LABEL_LAYOUTS: readonly LabelLayout[] = [
  { mapWidth: 276, fontSize: 11 },
  { mapWidth: 320, fontSize: 11 },
  { mapWidth: 560, fontSize: 12 },
];

export const lineHeight = (fontSize: number) => fontSize + LEADING;
/** Longest leader line, in CSS pixels: farther than this, a label no longer reads as its region's. */
const MAX_LEADER = 110;
/** Clear space around a label's text, in CSS pixels. */
const PAD = 2;
/**
 * Widths are measured with Noto Sans (src/embeds/fonts.ts), but a browser draws the reader's
 * system font; DejaVu Sans, the widest common one, runs up to 17 % wider (25 % in bold), so the
 * boxes allow for it.
 */
const WIDTH_ALLOWANCE = { regular: 1.18, bold: 1.25 } as const;

export type MarkerKind = 'old' | 'method';

/** A run of text in a label line; `strong` runs (the values) are bold. */
export interface Run {
  text: string;
  strong?: boolean;
}

export interface LabelLine {
  runs: Run[];
  markers: MarkerKind[];
}

/** The credit line's size in CSS pixels. */
export const CREDIT_FONT_SIZE = 11;

/** Width of a text in CSS pixels, with the allowance for wider system fonts. */
export function measure(text: string, size: number, strong = false): number {
  const weight = strong ? 'bold' : 'regular';
  return textWidth(text, size, weight) * WIDTH_ALLOWANCE[weight];
}

/** Width of a line in CSS pixels at a font size, with room for its markers. */
export function lineWidth(line: LabelLine, fontSize: number): number {
  return Math.ceil(line.runs.reduce((sum, run) => sum + measure(run.text, fontSize, run.strong), 0) + line.markers.length * MARKER_ADVANCE);
}

export interface LabelRequest {
  code: string;
  /** Ways to write the whole label, preferred first (e.g. name and value on one line, then two). */
  variants: LabelLine[][];
  /** Shorter ways (the name alone), used only where no whole label finds room. */
  fallbacks: LabelLine[][];
  /** The region's polygons, largest first. */
  polygons: Ring[][];
}

export interface PlacedLabel {
  code: string;
  lines: LabelLine[];
  /** Centre of the label, in drawing units. */
  x: number;
  y: number;
  /** Size in CSS pixels (constant at every width). */
  width: number;
  height: number;
  /** The region's label point (pole of inaccessibility of its largest polygon), in drawing units. */
  anchorX: number;
  anchorY: number;
  /** Out in the sea, joined to the region by a leader line. */
  callout: boolean;
  fontSize: number;
}

export interface Frame {
  width: number;
  height: number;
  /** Boxes labels must keep clear of (the credit line), in drawing units. */
  obstacles: Box[];
}

interface Region {
  request: LabelRequest;
  edges: Edges;
  bounds: Box;
  anchor: Point;
}

function boundsOf(polygons: readonly Ring[][]): Box {
  const points = polygons.flatMap((p) => p[0]!);
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return { x: (x0 + x1) / 2, y: (y0 + y1) / 2, width: x1 - x0, height: y1 - y0 };
}

function inAny(polygons: readonly Ring[][], point: Point): boolean {
  return polygons.some((polygon) => polygonContains(polygon, point));
}

/**
 * Things on the map indexed by their extent (an R-tree), so a candidate box is tested only
 * against what lies near it: with hundreds of regions, testing every region, label and leader
 * for each of thousands of candidate boxes made the search quadratic (30 s for 514 regions).
 * A search returns a superset of what the exact tests accept, so the placement is the same.
 */
class Near<T> {
  private readonly tree = new RBush<Extent & { item: T }>();
  constructor(entries: [T, Extent][] = []) {
    this.tree.load(entries.map(([item, extent]) => ({ ...extent, item })));
  }
  add(item: T, extent: Extent): void {
    this.tree.insert({ ...extent, item });
  }
  /** Items whose extent touches `extent`, in no particular order. */
  around(extent: Extent): T[] {
    return this.tree.search(extent).map((entry) => entry.item);
  }
  /** True when `test` holds for an item whose extent touches `extent`. */
  some(extent: Extent, test: (item: T) => boolean): boolean {
    return this.tree.search(extent).some((entry) => test(entry.item));
  }
}

/** Lays out labels in `fontSize` px for a map drawn `scale` CSS pixels per drawing unit at its narrowest. */
export function placeLabels(requests: readonly LabelRequest[], frame: Frame, scale: number, fontSize: number): PlacedLabel[] {
  const regions: Region[] = requests.map((request) => {
    const pole = polylabel(request.polygons[0]!, 0.5);
    return { request, edges: edgesOf(request.polygons), bounds: boundsOf(request.polygons), anchor: [pole[0], pole[1]] };
  });
  const boxIn = (lines: LabelLine[], x: number, y: number): Box => ({
    x,
    y,
    width: (Math.max(...lines.map((line) => lineWidth(line, fontSize))) + 2 * PAD) / scale,
    height: (lines.length * lineHeight(fontSize) + 2 * PAD) / scale,
  });
  const withinFrame = (box: Box) =>
    box.x - box.width / 2 >= 0 && box.x + box.width / 2 <= frame.width && box.y - box.height / 2 >= 0 && box.y + box.height / 2 <= frame.height;
  /** True when the box touches a region's shape (edges, or lying inside it). */
  const touches = (region: Region, box: Box) =>
    boxesOverlap(region.bounds, box) && (edgesTouchBox(region.edges, box) || inAny(region.request.polygons, [box.x, box.y]));
  const nearRegions = new Near(regions.map((r): [Region, Extent] => [r, extentOf(r.bounds)]));
  const land = new LandGrid(
    requests.flatMap((r) => r.polygons),
    frame.width,
    frame.height,
  );
  /** True when the box touches any region's shape other than `except` (the land grid settles most boxes at once). */
  const touchesAny = (box: Box, except?: Region) => {
    if (land.clearOf(box)) return false;
    if (!except && (land.deepInside(box.x, box.y) || land.holdsVertex(box))) return true;
    return nearRegions.some(extentOf(box), (r) => r !== except && touches(r, box));
  };

  const placed: PlacedLabel[] = [];
  const leaders: [Point, Point][] = [];
  // Labels are kept apart by a pixel: their extents are indexed with that margin.
  const gap = 1 / scale;
  const nearLabels = new Near<PlacedLabel>();
  const nearLeaders = new Near<[Point, Point]>();
  const place = (label: PlacedLabel) => {
    placed.push(label);
    nearLabels.add(label, extentOf(boxOf(label), gap));
  };
  const taken = (box: Box) =>
    frame.obstacles.some((o) => boxesOverlap(o, box)) ||
    nearLabels.some(extentOf(box), (p) => boxesOverlap(boxOf(p), box, gap)) ||
    nearLeaders.some(extentOf(box), ([a, b]) => segmentTouchesBox(a, b, box));
  const boxOf = (p: PlacedLabel): Box => ({ x: p.x, y: p.y, width: p.width / scale, height: p.height / scale });
  const result = (region: Region, lines: LabelLine[], box: Box, callout: boolean): PlacedLabel => ({
    code: region.request.code,
    lines,
    x: box.x,
    y: box.y,
    width: box.width * scale,
    height: box.height * scale,
    anchorX: region.anchor[0],
    anchorY: region.anchor[1],
    callout,
    fontSize,
  });

  /** Inside: centre in the region, touching no other region; nearest the label point wins, spilling over the coast costs a little. */
  function inside(region: Region, variants: LabelLine[][]): PlacedLabel | undefined {
    const step = 2 / scale;
    for (const lines of variants) {
      const probe = boxIn(lines, 0, 0);
      let best: { box: Box; score: number } | undefined;
      const { x: bx, y: by, width: bw, height: bh } = region.bounds;
      for (let y = by - bh / 2; y <= by + bh / 2; y += step) {
        for (let x = bx - bw / 2; x <= bx + bw / 2; x += step) {
          const box = { ...probe, x, y };
          const distance = Math.hypot(x - region.anchor[0], y - region.anchor[1]);
          if (best && distance >= best.score) continue;
          const score = distance + (edgesTouchBox(region.edges, box) ? 12 / scale : 0);
          if (best && score >= best.score) continue;
          if (!inAny(region.request.polygons, [x, y]) || !withinFrame(box) || taken(box)) continue;
          if (touchesAny(box, region)) continue;
          best = { box, score };
        }
      }
      if (best) return result(region, lines, best.box, false);
    }
    return undefined;
  }

  /**
   * Candidate boxes for a callout of `lines`: in the frame, touching no land, within reach of
   * the leader. They depend only on the region and the text, not on the labels placed so far,
   * so each list is found once (the count that orders the regions and the search reuse it).
   */
  const candidates = new Map<Region, Map<LabelLine[], Map<number, { box: Box; length: number }[]>>>();
  function seaBoxes(region: Region, lines: LabelLine[], maxLeader: number): { box: Box; length: number }[] {
    let byLines = candidates.get(region);
    if (!byLines) candidates.set(region, (byLines = new Map()));
    let byReach = byLines.get(lines);
    if (!byReach) byLines.set(lines, (byReach = new Map()));
    const cached = byReach.get(maxLeader);
    if (cached) return cached;
    const found: { box: Box; length: number }[] = [];
    const step = 3 / scale;
    const probe = boxIn(lines, 0, 0);
    const [ax, ay] = region.anchor;
    // Farther than this from the label point (in drawing units, past the box's half size), a box is out of reach.
    const reach = maxLeader / scale;
    for (let y = probe.height / 2; y <= frame.height - probe.height / 2; y += step) {
      if (Math.abs(y - ay) - probe.height / 2 > reach) continue;
      for (let x = probe.width / 2; x <= frame.width - probe.width / 2; x += step) {
        if (Math.abs(x - ax) - probe.width / 2 > reach) continue;
        const box = { ...probe, x, y };
        // Land first: the grid settles most boxes at once, and most of a crowded map is land.
        if (touchesAny(box) || frame.obstacles.some((o) => boxesOverlap(o, box))) continue;
        const edge = nearestOnBox(box, region.anchor);
        const length = Math.hypot(edge[0] - ax, edge[1] - ay);
        if (length * scale > maxLeader) continue;
        found.push({ box, length });
      }
    }
    byReach.set(maxLeader, found);
    return found;
  }

  /** In the sea: a short leader that crosses few borders and no other label or leader wins. */
  function callout(region: Region, variants: LabelLine[][], maxLeader = MAX_LEADER): PlacedLabel | undefined {
    for (const lines of variants) {
      let best: { box: Box; score: number } | undefined;
      for (const { box, length } of seaBoxes(region, lines, maxLeader)) {
        if ((best && length >= best.score) || taken(box)) continue;
        // The leader is drawn to the label's centre; the label's box hides its last stretch.
        const end: Point = [box.x, box.y];
        const span = { x: (end[0] + region.anchor[0]) / 2, y: (end[1] + region.anchor[1]) / 2, width: Math.abs(end[0] - region.anchor[0]), height: Math.abs(end[1] - region.anchor[1]) };
        const reach = segmentExtent(region.anchor, end);
        const crossings = nearRegions.around(reach).reduce((n, r) => n + (r !== region && boxesOverlap(r.bounds, span) ? edgesCrossSegment(r.edges, region.anchor, end) : 0), 0);
        const overLabels = nearLabels.around(reach).filter((p) => segmentTouchesBox(region.anchor, end, boxOf(p))).length;
        const overLeaders = nearLeaders.around(reach).filter(([a, b]) => segmentsCross(region.anchor, end, a, b)).length;
        const score = length + crossings * (40 / scale) + (overLabels + overLeaders) * (400 / scale);
        if (!best || score < best.score) best = { box, score };
      }
      if (best) {
        const leader: [Point, Point] = [region.anchor, [best.box.x, best.box.y]];
        leaders.push(leader);
        nearLeaders.add(leader, segmentExtent(...leader));
        return result(region, lines, best.box, true);
      }
    }
    return undefined;
  }

  // Roomy regions first, so they take the places nearest their label points.
  const order = [...regions].sort((a, b) => b.bounds.width * b.bounds.height - a.bounds.width * a.bounds.height);
  const pending: Region[] = [];
  for (const region of order) {
    const label = inside(region, region.request.variants);
    if (label) place(label);
    else pending.push(region);
  }
  // The rest go out to sea, those with the fewest places within reach first; a region that
  // finds no room there for its whole label gets its name alone, inside or out, or no label.
  const room = new Map(pending.map((r) => [r, seaBoxes(r, r.request.variants.at(-1)!, MAX_LEADER).length]));
  const deferred: Region[] = [];
  for (const region of pending.sort((a, b) => room.get(a)! - room.get(b)!)) {
    const label = callout(region, region.request.variants);
    if (label) place(label);
    else deferred.push(region);
  }
  for (const region of deferred) {
    const { fallbacks } = region.request;
    // No room even for the name (a very long name, or hundreds of regions on a small map): the
    // region goes unlabelled rather than covering another's label. Its name, value and date stay
    // in its accessible name, its card and the table beside the map.
    const label = inside(region, fallbacks) ?? callout(region, fallbacks) ?? callout(region, fallbacks, Infinity);
    place(label ?? result(region, [], { x: region.anchor[0], y: region.anchor[1], width: 0, height: 0 }, false));
  }
  const byCode = new Map(placed.map((p) => [p.code, p]));
  return requests.map((r) => byCode.get(r.code)!);
}

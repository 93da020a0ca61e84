/**
 * Places one label per regency inside its largest polygon (at the pole of inaccessibility),
 * then nudges overlapping labels apart. Deterministic: no randomness, a fixed number of passes.
 */
import polylabel from 'polylabel';

export interface LabelBox {
  code: string;
  text: string;
  /** Anchor: where the label would ideally sit (centre). */
  anchorX: number;
  anchorY: number;
  /** Placed centre. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export const LABEL_FONT_SIZE = 13;
/** Average advance of the system sans-serif fonts at 1em, generous so estimates do not under-shoot. */
const CHAR_WIDTH_EM = 0.6;

export function estimateWidth(text: string, fontSize = LABEL_FONT_SIZE): number {
  return Math.ceil(text.length * CHAR_WIDTH_EM * fontSize) + 4;
}

export function overlaps(a: LabelBox, b: LabelBox): boolean {
  return Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height;
}

/** Horizontal room one comparability marker takes after a label. */
export const MARKER_ADVANCE = 12;

export function placeLabels(items: { code: string; text: string; markers: number; rings: [number, number][][] }[], passes = 200): LabelBox[] {
  const boxes: LabelBox[] = items.map(({ code, text, markers, rings }) => {
    const [x, y] = polylabel(rings, 0.5);
    return { code, text, anchorX: x, anchorY: y, x, y, width: estimateWidth(text) + markers * MARKER_ADVANCE, height: LABEL_FONT_SIZE + 4 };
  });
  for (let pass = 0; pass < passes; pass++) {
    let moved = false;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (!overlaps(a, b)) continue;
        moved = true;
        // Push apart vertically unless a sideways move is much smaller: stacked labels read
        // best, and regencies in Bali run north-south more than east-west.
        const dy = (a.height + b.height) / 2 - Math.abs(a.y - b.y);
        const dx = (a.width + b.width) / 2 - Math.abs(a.x - b.x);
        if (dy <= dx * 3) {
          const sign = a.y <= b.y ? -1 : 1;
          a.y += (sign * (dy + 1)) / 2;
          b.y -= (sign * (dy + 1)) / 2;
        } else {
          const sign = a.x <= b.x ? -1 : 1;
          a.x += (sign * (dx + 1)) / 2;
          b.x -= (sign * (dx + 1)) / 2;
        }
      }
    }
    if (!moved) break;
  }
  return boxes;
}

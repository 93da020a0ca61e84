/**
 * Land on a grid of unit cells, to decide most candidate label boxes without exact geometry.
 * The label search tries thousands of boxes per region; with hundreds of regions, testing each
 * against the shapes near it dominated the build. This grid answers two questions in constant
 * time, and each answer is certain, so the placement stays exactly what the exact tests give:
 * - `clearOf(box)`: no cell the box overlaps holds any land, so the box touches no shape;
 * - `deepInside(point)`: the point's cell lies inside a shape and no border crosses it, so the
 *   point is inside that shape;
 * - `holdsVertex(box)`: a corner of a shape lies strictly inside the box, so the box touches
 *   that shape's border (on a map of hundreds of small regions, most boxes do).
 * Anything else (a box near a coast or a border) is left to the exact test.
 */
import type { Ring } from './path.ts';
import type { Box } from './plane.ts';

export class LandGrid {
  private readonly columns: number;
  private readonly rows: number;
  /** Cells a border may cross (every cell of each edge's extent). */
  private readonly border: Uint8Array;
  /** Cells with land in them: border cells, and cells whose centre lies inside a shape. */
  private readonly land: Uint8Array;
  /** Summed-area tables of `land` and of the shapes' vertices per cell, (columns + 1) × (rows + 1). */
  private readonly sums: Int32Array;
  private readonly vertexSums: Int32Array;

  constructor(polygons: readonly (readonly Ring[])[], width: number, height: number) {
    this.columns = Math.max(1, Math.ceil(width));
    this.rows = Math.max(1, Math.ceil(height));
    const { columns, rows } = this;
    this.border = new Uint8Array(columns * rows);
    this.land = new Uint8Array(columns * rows);
    const clampX = (x: number) => Math.min(columns - 1, Math.max(0, Math.floor(x)));
    const clampY = (y: number) => Math.min(rows - 1, Math.max(0, Math.floor(y)));
    for (const polygon of polygons) {
      for (const ring of polygon) {
        for (let i = 0; i < ring.length; i++) {
          const [ax, ay] = ring[i]!;
          const [bx, by] = ring[(i + 1) % ring.length]!;
          for (let y = clampY(Math.min(ay, by)); y <= clampY(Math.max(ay, by)); y++) {
            for (let x = clampX(Math.min(ax, bx)); x <= clampX(Math.max(ax, bx)); x++) this.border[y * columns + x] = 1;
          }
        }
      }
      // Interior by scanline at each row's centre, even-odd over the polygon's rings (holes stay sea).
      for (let y = 0; y < rows; y++) {
        const cy = y + 0.5;
        const crossings: number[] = [];
        for (const ring of polygon) {
          for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            const [xi, yi] = ring[i]!;
            const [xj, yj] = ring[j]!;
            if (yi > cy !== yj > cy) crossings.push(((xj - xi) * (cy - yi)) / (yj - yi) + xi);
          }
        }
        crossings.sort((a, b) => a - b);
        for (let k = 0; k + 1 < crossings.length; k += 2) {
          // Cells whose centre lies strictly between the two crossings.
          for (let x = Math.max(0, Math.ceil(crossings[k]! - 0.5)); x < columns && x + 0.5 < crossings[k + 1]!; x++) {
            if (x + 0.5 > crossings[k]!) this.land[y * columns + x] = 1;
          }
        }
      }
    }
    for (let i = 0; i < this.land.length; i++) if (this.border[i]) this.land[i] = 1;
    const vertices = new Uint8Array(columns * rows);
    for (const polygon of polygons) {
      for (const ring of polygon) {
        for (const [x, y] of ring) if (x >= 0 && y >= 0 && x < columns && y < rows) vertices[Math.floor(y) * columns + Math.floor(x)] = 1;
      }
    }
    this.sums = summedArea(this.land, columns, rows);
    this.vertexSums = summedArea(vertices, columns, rows);
  }

  private total(sums: Int32Array, x0: number, y0: number, x1: number, y1: number): number {
    const w = this.columns + 1;
    return sums[y1 * w + x1]! - sums[y0 * w + x1]! - sums[y1 * w + x0]! + sums[y0 * w + x0]!;
  }

  /** True only when no land lies in any cell the box overlaps (so the box touches no shape). */
  clearOf(box: Box): boolean {
    const { columns, rows } = this;
    const x0 = Math.max(0, Math.floor(box.x - box.width / 2));
    const y0 = Math.max(0, Math.floor(box.y - box.height / 2));
    const x1 = Math.min(columns, Math.floor(box.x + box.width / 2) + 1);
    const y1 = Math.min(rows, Math.floor(box.y + box.height / 2) + 1);
    if (x0 >= x1 || y0 >= y1) return true;
    return this.total(this.sums, x0, y0, x1, y1) === 0;
  }

  /** True only when a vertex of a shape lies strictly inside the box (in a cell strictly inside it). */
  holdsVertex(box: Box): boolean {
    // Cells c with c > left and c + 1 < right: every point of them lies strictly inside the box.
    const x0 = Math.max(0, Math.floor(box.x - box.width / 2) + 1);
    const y0 = Math.max(0, Math.floor(box.y - box.height / 2) + 1);
    const x1 = Math.min(this.columns, Math.ceil(box.x + box.width / 2) - 1);
    const y1 = Math.min(this.rows, Math.ceil(box.y + box.height / 2) - 1);
    if (x0 >= x1 || y0 >= y1) return false;
    return this.total(this.vertexSums, x0, y0, x1, y1) > 0;
  }

  /** True only when the point's cell lies inside a shape with no border crossing it. */
  deepInside(x: number, y: number): boolean {
    const cx = Math.floor(x);
    const cy = Math.floor(y);
    if (cx < 0 || cy < 0 || cx >= this.columns || cy >= this.rows) return false;
    const i = cy * this.columns + cx;
    return this.land[i] === 1 && this.border[i] === 0;
  }
}

function summedArea(cells: Uint8Array, columns: number, rows: number): Int32Array {
  const sums = new Int32Array((columns + 1) * (rows + 1));
  for (let y = 0; y < rows; y++) {
    let row = 0;
    for (let x = 0; x < columns; x++) {
      row += cells[y * columns + x]!;
      sums[(y + 1) * (columns + 1) + x + 1] = sums[y * (columns + 1) + x + 1]! + row;
    }
  }
  return sums;
}

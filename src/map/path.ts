/**
 * SVG path data as lean as the drawing allows: coordinates rounded to whole units of the drawn
 * scale, relative commands (`l`) after each ring's first point, no repeated points, no point in
 * the middle of a straight run (it lies on the line either way, so shared borders still meet),
 * and no ring that rounds away to nothing (a speck of an islet collapses to a line at map scale).
 */
export type Point = [number, number];
export type Ring = Point[];

/** Signed area of a ring (positive or negative by winding). */
export function ringArea(ring: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x, y] = ring[i]!;
    const [nx, ny] = ring[(i + 1) % ring.length]!;
    sum += x * ny - nx * y;
  }
  return sum / 2;
}

/** A ring on the integer grid, without repeated points or a closing duplicate; empty when it has no area left. */
export function roundRing(ring: readonly Point[]): Ring {
  const points: Ring = [];
  for (const [x, y] of ring) {
    const p: Point = [Math.round(x), Math.round(y)];
    const last = points.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) points.push(p);
  }
  const first = points[0];
  const last = points.at(-1);
  if (points.length > 1 && first![0] === last![0] && first![1] === last![1]) points.pop();
  const kept = withoutStraightRuns(points);
  return kept.length >= 3 && ringArea(kept) !== 0 ? kept : [];
}

/** Drops each point that lies on the straight line from its predecessor to its successor (on the grid, runs like "1 0 1 0" are common). */
function withoutStraightRuns(points: Ring): Ring {
  const kept: Ring = [];
  for (let i = 0; i < points.length; i++) {
    const [ax, ay] = kept.at(-1) ?? points.at(-1)!;
    const [bx, by] = points[i]!;
    const [cx, cy] = points[(i + 1) % points.length]!;
    const straight = (bx - ax) * (cy - by) - (by - ay) * (cx - bx) === 0 && (bx - ax) * (cx - bx) + (by - ay) * (cy - by) > 0;
    if (!straight) kept.push([bx, by]);
  }
  return kept;
}

/** Numbers joined as SVG allows: a minus sign separates as well as a space does. */
function joinNumbers(numbers: readonly number[]): string {
  return numbers.map((n, i) => (i === 0 || n < 0 ? String(n) : ` ${n}`)).join('');
}

/** "M12 34l3-2 4 5z…" for rings already projected to the drawn scale. */
export function pathData(rings: readonly (readonly Point[])[]): string {
  let d = '';
  for (const ring of rings) {
    const points = roundRing(ring);
    if (points.length === 0) continue;
    let [px, py] = points[0]!;
    const steps: number[] = [];
    for (const [x, y] of points.slice(1)) {
      steps.push(x - px, y - py);
      px = x;
      py = y;
    }
    d += `M${joinNumbers(points[0]!)}l${joinNumbers(steps)}z`;
  }
  return d;
}

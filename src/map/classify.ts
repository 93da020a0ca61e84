/**
 * The choropleth's classification: fixed, labelled bins of 20 percentage points. Fixed bins
 * (rather than quantiles) keep a colour's meaning stable when a new figure arrives, and say
 * plainly where "half the workers" lies.
 */
export interface Bin {
  /** Inclusive lower bound, in percent. */
  min: number;
  /** Exclusive upper bound (the last bin includes 100). */
  max: number;
  /** Fill colour from ColorBrewer's YlGnBu (a sequential scheme readable with colour-vision deficiencies), the two darkest steps taken from its 9-class version so white labels keep 4.5:1 contrast. */
  color: string;
}

export const BINS: readonly Bin[] = [
  { min: 0, max: 20, color: '#ffffcc' },
  { min: 20, max: 40, color: '#a1dab4' },
  { min: 40, max: 60, color: '#41b6c4' },
  { min: 60, max: 80, color: '#225ea8' },
  { min: 80, max: 100, color: '#081d58' },
];

export function binIndex(value: number): number {
  if (value < 0 || value > 100 || Number.isNaN(value)) throw new RangeError(`${value} is not a percentage`);
  const index = BINS.findIndex((b) => value >= b.min && value < b.max);
  return index === -1 ? BINS.length - 1 : index;
}

/** Text colour for a label drawn on a bin's fill (contrast ≥ 4.5:1 either way). */
export function labelColor(index: number): string {
  return index >= 3 ? '#ffffff' : '#1a1a1a';
}

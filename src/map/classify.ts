/**
 * The choropleth's classification: fixed, labelled bins of 20 percentage points. Fixed bins
 * (rather than quantiles) keep a colour's meaning stable when a new figure arrives, and say
 * plainly where "half the workers" lies.
 *
 * Colours: one ramp per colour scheme, each stepping evenly in lightness (so it reads in grey
 * and with every colour-vision deficiency) through the same hues, olive to blue. On white the
 * more covered, the darker; on the dark background the more covered, the brighter. Every bin
 * keeps at least 3:1 against its page background, so a region never melts into the page; labels
 * carry their own halo and need no particular fill. The dark values are repeated in
 * src/styles/global.css and embed.css (a test keeps them in step).
 */
export interface Bin {
  /** Inclusive lower bound, in percent. */
  min: number;
  /** Exclusive upper bound (the last bin includes 100). */
  max: number;
  /** Fill on the light background (also the value baked into exports). */
  light: string;
  /** Fill on the dark background. */
  dark: string;
}

export const BINS: readonly Bin[] = [
  { min: 0, max: 20, light: '#919842', dark: '#747c26' },
  { min: 20, max: 40, light: '#39884b', dark: '#5ba062' },
  { min: 40, max: 60, light: '#007064', dark: '#4bbeaa' },
  { min: 60, max: 80, light: '#005474', dark: '#6fd6ec' },
  { min: 80, max: 100, light: '#00346c', dark: '#b7e8ff' },
];

/** Page backgrounds the bins are drawn on (global.css `--bg`). */
export const BACKGROUNDS = { light: '#ffffff', dark: '#121212' } as const;

export function binIndex(value: number): number {
  if (value < 0 || value > 100 || Number.isNaN(value)) throw new RangeError(`${value} is not a percentage`);
  const index = BINS.findIndex((b) => value >= b.min && value < b.max);
  return index === -1 ? BINS.length - 1 : index;
}

/** The CSS custom property that carries a bin's colour in the current scheme. */
export const binVariable = (index: number) => `--map-bin-${index}`;

/** A bin's fill as an SVG attribute value: the scheme's colour, or the light one where no stylesheet applies. */
export function binFill(index: number): string {
  return `var(${binVariable(index)}, ${BINS[index]!.light})`;
}

/**
 * Quiet treatments that are not bins: a figure too old to be drawn as current gets a plain grey
 * (no bin colour at all), and a region without a figure a faint hatch, both lighter than any bin
 * on white and darker than any on black, so the data is always the loudest thing on the map.
 */
export const QUIET = {
  stale: { variable: '--map-stale', light: '#d6d6d6', dark: '#333333' },
  nodataBase: { variable: '--map-nodata-bg', light: '#f0f0f0', dark: '#1f1f1f' },
  nodataLine: { variable: '--map-nodata-line', light: '#c9c9c9', dark: '#3d3d3d' },
  /** The coast, drawn once under the fills; inner borders are gaps in the page colour. */
  coast: { variable: '--map-outline', light: '#767676', dark: '#8a8a8a' },
} as const;

export function quietFill(kind: keyof typeof QUIET): string {
  return `var(${QUIET[kind].variable}, ${QUIET[kind].light})`;
}

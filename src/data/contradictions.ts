/**
 * Contradictory reports and notes, as the methodology page lists them: pairs of figures where one
 * supersedes the other, and the other figures that carry a note. Newest first, and at most
 * `LISTED` of each: every pair and every note also stands beside its figure on the figure's
 * source page and region page, so the methodology page can stop at a page's worth as the
 * data grows.
 */
import { compareNewestFirst } from './derive.ts';
import { indexOf, perDataset } from './index.ts';
import type { Figure } from './schema/tables.ts';

/** The most pairs (and, apart, the most noted figures) the methodology page lists. */
export const LISTED = 60;

export interface Contradiction {
  /** The figure headline views use. */
  used: Figure;
  /** The figure it supersedes. */
  setAside: Figure;
}

/** Every pair, newest first by the figure used. */
export const contradictions = perDataset((data): Contradiction[] => {
  const { figures } = indexOf(data);
  return data.figures
    .filter((f) => f.supersedes !== undefined)
    .sort(compareNewestFirst)
    .map((used) => ({ used, setAside: figures.get(used.supersedes!)! }));
});

/** Figures with a note that belong to no pair, newest first. */
export const notedFigures = perDataset((data): Figure[] => {
  const inPairs = new Set(contradictions(data).flatMap((p) => [p.used.id, p.setAside.id]));
  return data.figures.filter((f) => f.note_id !== undefined && !inPairs.has(f.id)).sort(compareNewestFirst);
});

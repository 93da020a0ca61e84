/**
 * The few legend entries a chart still needs once its series are labelled directly: the quiet
 * marker for another method, the target dash, the planned bar. Derived from the rows drawn, so
 * a legend never lists what is absent.
 */
import type { Lang } from '../i18n/lang.ts';
import { CHART_STRINGS } from '../i18n/strings-charts.ts';
import { INK } from './scene.ts';
import type { LegendItem } from './types.ts';

export interface MarkerUse {
  otherMethod?: boolean;
  target?: boolean;
  planned?: boolean;
  /** A target or plan drawn as a tick on a bar chart. */
  targetTick?: boolean;
}

/** `reference` names the method a hollow dot departs from. */
export function markerLegend(used: MarkerUse, lang: Lang, reference = ''): LegendItem[] {
  const t = CHART_STRINGS[lang].legend;
  return [
    ...(used.otherMethod ? [{ label: t.otherMethod(reference), color: INK, mark: 'hollow' as const }] : []),
    ...(used.target ? [{ label: t.target, color: INK, mark: 'target' as const }] : []),
    ...(used.planned ? [{ label: t.planned, color: INK, mark: 'planned' as const }] : []),
    ...(used.targetTick ? [{ label: t.planned, color: INK, mark: 'tick' as const }] : []),
  ];
}

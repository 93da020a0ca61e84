/**
 * Who pays the contributions a vulnerable-worker figure counts (`payer`, where the source says):
 * one colour per payer, the legend entries for the payers drawn, and a note naming every region
 * whose figure a regional budget does not pay, or whose source does not say who pays. A chart
 * about budget-paid workers must not pass off a company's CSR as a budget.
 */
import type { Payer } from '../data/schema/tables.ts';
import { PAYERS } from '../data/schema/tables.ts';
import { ENUM_LABELS } from '../i18n/enums.ts';
import type { Lang } from '../i18n/lang.ts';
import { CHART_STRINGS } from '../i18n/strings-charts.ts';
import { rowPhrase } from './describe.ts';
import { SERIES } from './ink.ts';
import type { ChartRow, LegendItem } from './types.ts';

/** Okabe–Ito hues (≥3:1 on both backgrounds, test/charts/ink.test.ts); grey where no payer is stated. */
export const PAYER_COLORS: Record<Payer | 'unstated', string> = {
  apbd: SERIES.blue,
  apbdes: SERIES.green,
  csr: SERIES.vermillion,
  mixed: SERIES.purple,
  unstated: SERIES.grey,
};

export function payerColor(row: ChartRow): string {
  return PAYER_COLORS[row.figure.payer ?? 'unstated'];
}

export function payerLabel(payer: Payer, lang: Lang): string {
  return ENUM_LABELS[lang].payers[payer];
}

/** One bar entry per payer drawn, in the schema's order, then "not stated". */
export function payerLegend(rows: readonly ChartRow[], lang: Lang): LegendItem[] {
  const present = new Set(rows.map((r) => r.figure.payer ?? 'unstated'));
  return [
    ...PAYERS.filter((p) => present.has(p)).map((p) => ({ label: payerLabel(p, lang), color: PAYER_COLORS[p], mark: 'bar' as const })),
    ...(present.has('unstated') ? [{ label: CHART_STRINGS[lang].legend.payerUnstated, color: PAYER_COLORS.unstated, mark: 'bar' as const }] : []),
  ];
}

/** "Not paid by a regional budget: Buleleng 1,074 (2020): company CSR. The source does not say who pays for Gianyar 1,136 (2025)." */
export function payerNote(rows: readonly ChartRow[], label: (row: ChartRow) => string, lang: Lang): string[] {
  const notBudget = rows.filter((r) => r.figure.payer && r.figure.payer !== 'apbd').map((r) => `${rowPhrase(r, label(r), lang)}: ${payerLabel(r.figure.payer!, lang)}`);
  const unstated = rows.filter((r) => !r.figure.payer).map((r) => rowPhrase(r, label(r), lang));
  const note = CHART_STRINGS[lang].payerNote(notBudget, unstated);
  return note ? [note] : [];
}

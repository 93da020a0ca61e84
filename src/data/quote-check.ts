/**
 * Cross-check for figures.csv: every figure's quote must state the figure's value (see
 * quote.ts for how Indonesian numbers are read), and a value the quote qualifies ("sekitar",
 * "lebih dari") must not be recorded as exact. A row whose number was typed, rounded or
 * computed rather than copied from its source fails here, with the numbers the quote does hold.
 */
import type { DataIssue } from './issues.ts';
import { numbersInQuote, qualifierCue } from './quote.ts';

/** The part of a figure row this check reads (a `Figure` from schema/tables.ts fits). */
export interface QuotedFigure {
  line: number;
  value: number;
  quote: string;
  qualifier: string;
}

/** Where figures.csv lives and its header, for file:line:column messages. */
export interface QuoteFileLocation {
  file: string;
  header: readonly string[];
}

/**
 * `alreadyReported`: issues found earlier in the same run. A figure whose `value` already has
 * an issue (e.g. 134 for a percentage) is skipped, so one slip is reported once, not twice.
 */
export function checkQuotes(
  figures: readonly QuotedFigure[],
  located: QuoteFileLocation,
  alreadyReported: readonly DataIssue[] = [],
): DataIssue[] {
  const issues: DataIssue[] = [];
  const column = located.header.indexOf('quote') + 1;
  const badValueLines = new Set(
    alreadyReported.filter((i) => i.file === located.file && i.field === 'value' && i.line !== undefined).map((i) => i.line),
  );
  for (const figure of figures) {
    if (badValueLines.has(figure.line)) continue;
    const found = numbersInQuote(figure.quote);
    if (found.some((n) => n === figure.value)) {
      // "sekitar 26 persen" recorded as an exact 26 would lose what the source says.
      const cue = qualifierCue(figure.quote, figure.value);
      if (cue && figure.qualifier === 'exact') {
        const qualifierColumn = located.header.indexOf('qualifier') + 1;
        issues.push({
          file: located.file,
          line: figure.line,
          ...(qualifierColumn > 0 ? { column: qualifierColumn } : {}),
          field: 'qualifier',
          message: `is exact, but the quote qualifies ${figure.value} (set qualifier to ${cue})`,
        });
      }
      continue;
    }
    const listed = found.length > 0 ? found.join(', ') : 'no numbers';
    issues.push({
      file: located.file,
      line: figure.line,
      ...(column > 0 ? { column } : {}),
      field: 'quote',
      message: `does not contain the value ${figure.value} (found: ${listed}); quote the sentence that states it, or fix the value`,
    });
  }
  return issues;
}

/**
 * Turns raw CSV rows into typed rows (per-cell checks from the schema), then checks what no
 * single cell can: unique keys, references between files, ranges that depend on the
 * indicator's unit, and dates that must not lie after their source's publication.
 */
import { closest } from 'fastest-levenshtein';
import type { RawTable } from './csv.ts';
import type { DataIssue } from './issues.ts';
import { dayDate, isAfter } from './schema/dates.ts';
import { checkNote } from './notes.ts';
import { unexplainedJumps } from './series.ts';
import type { Columns, RowOf, TableSchema } from './schema/table.ts';
import type { Dataset } from './schema/tables.ts';
import { checkQuotes } from './quote-check.ts';
import { TABLES } from './schema/tables.ts';

export interface Located {
  /** Path shown in messages, e.g. `data/figures.csv`. */
  file: string;
  header: string[];
}

export function validateRows<C extends Columns>(
  schema: TableSchema<C>,
  raw: RawTable,
  file: string,
): { rows: RowOf<C>[]; partial: Record<string, unknown>[]; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const rows: RowOf<C>[] = [];
  // Every row with the cells that did parse: references are checked on these too, so a row
  // with a bad value and an unknown region gets both messages in the same run.
  const partial: Record<string, unknown>[] = [];
  const columnOf = (name: string) => raw.header.indexOf(name) + 1;
  const seen = new Map<string, Map<string, number>>();

  for (const { line, cells } of raw.rows) {
    const row: Record<string, unknown> = { line };
    let valid = true;
    for (const [name, column] of Object.entries(schema.columns)) {
      const cell = cells[name] ?? '';
      const result = column.schema.safeParse(cell);
      if (!result.success) {
        valid = false;
        for (const issue of result.error.issues) {
          issues.push({ file, line, column: columnOf(name), field: name, message: issue.message });
        }
        continue;
      }
      row[name] = result.data;
      if (column.meta.unique && cell !== '') {
        const values = seen.get(name) ?? new Map<string, number>();
        seen.set(name, values);
        const first = values.get(cell);
        if (first !== undefined) {
          issues.push({ file, line, column: columnOf(name), field: name, message: `"${cell}" is already used on line ${first}; ids must be unique` });
          valid = false;
        } else values.set(cell, line);
      }
    }
    partial.push(row);
    if (valid) rows.push(row as RowOf<C>);
  }
  return { rows, partial, issues };
}

export { isAfter };

export interface CrossCheckContext {
  /** Path shown in messages for each table, plus its header (for column numbers). */
  located: Record<keyof Dataset, Located>;
  /** Today, as YYYY-MM-DD; dates after it are rejected (except targets and plans). */
  today: string;
  /**
   * Key values as written, including rows that failed their own checks: a row with a bad URL
   * still exists, and citing it must not raise a second, false alarm.
   */
  keys: Record<keyof Dataset, string[]>;
  /** Rows with whichever cells parsed, including rows that failed other cells. */
  partial: Record<keyof Dataset, Record<string, unknown>[]>;
}

/** Checks across rows and files. Runs on rows that passed their own cell checks. */
export function crossCheck(data: Dataset, ctx: CrossCheckContext): DataIssue[] {
  const issues: DataIssue[] = [];
  const at = (table: keyof Dataset, line: number, field: string, message: string) => {
    const { file, header } = ctx.located[table];
    const column = header.indexOf(field) + 1;
    issues.push({ file, line, ...(column > 0 ? { column } : {}), field, message });
  };

  // Referential integrity, declared in the schema (`references`).
  for (const schema of TABLES) {
    const rows = ctx.partial[schema.name];
    for (const [field, column] of Object.entries(schema.columns)) {
      const target = column.meta.references;
      if (!target) continue;
      const targetSchema = TABLES.find((t) => t.name === target)!;
      const keys = ctx.keys[target as keyof Dataset];
      const keySet = new Set(keys);
      for (const row of rows) {
        const value = row[field];
        if (value === undefined || keySet.has(String(value))) continue;
        const hint = keys.length > 0 ? ` (did you mean ${closest(String(value), keys)}?)` : '';
        at(schema.name, row.line as number, field, `"${String(value)}" is not a known ${targetSchema.key} in ${targetSchema.file}${hint}`);
      }
    }
  }

  const today = dayDate(ctx.today);
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const indicators = new Map(data.indicators.map((i) => [i.id, i]));
  const figuresById = new Map(data.figures.map((f) => [f.id, f]));

  for (const source of data.sources) {
    if (isAfter(source.published, today)) at('sources', source.line, 'published', `${source.published.iso} is in the future`);
  }

  for (const figure of data.figures) {
    const indicator = indicators.get(figure.indicator);
    if (indicator) {
      if (indicator.unit === 'percent' && figure.value > 100) {
        at('figures', figure.line, 'value', `${figure.value} is not a percentage between 0 and 100 (indicator ${indicator.id} is in percent)`);
      }
      if ((indicator.unit === 'workers' || indicator.unit === 'count') && !Number.isInteger(figure.value)) {
        // 130.300 parses as a decimal; in an Indonesian source it is most likely 130300.
        const times1000 = Math.round(figure.value * 1000);
        const thousands = Math.abs(figure.value * 1000 - times1000) < 1e-6 ? `; if it was copied with a thousands separator, write ${times1000}` : '';
        at('figures', figure.line, 'value', `${figure.value} is not a whole number (indicator ${indicator.id} counts ${indicator.unit})${thousands}`);
      }
    }
    const plannedAhead = figure.kind === 'target' || figure.kind === 'plan';
    if (!plannedAhead) {
      // One message per problem: a date in the future is also after its source, but saying so twice helps nobody.
      const source = sources.get(figure.source);
      const ahead = isAfter(figure.as_of, today) ? 'is in the future' : source && isAfter(figure.as_of, source.published) ? `is after its source was published (${source.published.iso})` : undefined;
      if (ahead) at('figures', figure.line, 'as_of', `${figure.as_of.iso} ${ahead}; only a target or a plan may be dated ahead (if this is one, set kind to target or plan)`);
    }
    if (indicator) {
      if (indicator.unit === 'percent' && figure.base === undefined) {
        at('figures', figure.line, 'base', `is empty, but ${indicator.id} is a rate: say what it is a share of (employed, labour_force, local_estimate, potential, or unstated)`);
      }
      if (indicator.unit !== 'percent' && figure.base !== undefined) {
        at('figures', figure.line, 'base', `only rates have a base, and ${indicator.id} is in ${indicator.unit}; leave it empty`);
      }
    }
    if (isAfter(figure.added, today)) at('figures', figure.line, 'added', `${figure.added.iso} is in the future; it is the day the row was added`);
    if (figure.supersedes !== undefined) {
      const other = figuresById.get(figure.supersedes);
      if (figure.note_en === undefined) at('figures', figure.line, 'note_en', `is empty, but the row supersedes "${figure.supersedes}"; say why it is preferred (note_id and note_en)`);
      if (other === figure) at('figures', figure.line, 'supersedes', 'a figure cannot supersede itself');
      else if (other && (other.region !== figure.region || other.indicator !== figure.indicator || other.segment !== figure.segment)) {
        at('figures', figure.line, 'supersedes', `"${other.id}" is about another region, indicator or segment; supersedes links contradicting reports of the same thing`);
      }
    }
  }

  for (const award of data.awards) {
    if (award.result !== 'winner' && award.rank !== undefined) at('awards', award.line, 'rank', `a rank is only given to winners, but result is ${award.result}`);
    const source = sources.get(award.source);
    if (source && award.ceremony && isAfter(award.ceremony, source.published)) {
      at('awards', award.line, 'ceremony', `${award.ceremony.iso} is after its source was published (${source.published.iso})`);
    }
  }

  for (const regulation of data.regulations) {
    if (regulation.status === 'issued' && (regulation.number === undefined || regulation.year === undefined)) {
      at('regulations', regulation.line, regulation.number === undefined ? 'number' : 'year', 'an issued regulation needs its number and year');
    }
  }

  checkNotes(data, at);
  const known = data.figures.filter((f) => indicators.has(f.indicator));
  for (const { previous, figure, months } of unexplainedJumps(known, (f) => indicators.get(f.indicator)!.unit)) {
    at(
      'figures',
      figure.line,
      'value',
      `${figure.value} jumps from ${previous.value} (${previous.id}, ${previous.as_of.iso}) within ${months} month${months === 1 ? '' : 's'} in the same series; explain the jump in note_id and note_en`,
    );
  }

  const sourceOfSeed = new Map<string, number>();
  for (const source of data.sources) {
    if (!source.seed_file) continue;
    const first = sourceOfSeed.get(source.seed_file);
    if (first !== undefined) at('sources', source.line, 'seed_file', `"${source.seed_file}" is already cited by the source on line ${first}`);
    else sourceOfSeed.set(source.seed_file, source.line);
  }
  issues.push(...checkQuotes(data.figures, ctx.located.figures, issues));
  return issues;
}

type At = (table: keyof Dataset, line: number, field: string, message: string) => void;

/** Tables whose rows carry a note in both languages. */
const NOTED_TABLES = ['sources', 'figures', 'awards', 'regulations'] as const;

/** Notes come in both languages or not at all, and hold no number that no row holds. */
function checkNotes(data: Dataset, at: At): void {
  const context = { figureIds: new Set(data.figures.map((f) => f.id)), regulationIds: new Set(data.regulations.map((r) => r.id)) };
  for (const table of NOTED_TABLES) {
    for (const row of data[table] as { line: number; note_id?: string; note_en?: string }[]) {
      if ((row.note_id === undefined) !== (row.note_en === undefined)) {
        const missing = row.note_id === undefined ? 'note_id' : 'note_en';
        at(table, row.line, missing, `is empty, but ${missing === 'note_id' ? 'note_en' : 'note_id'} is not; write the note in both languages`);
      }
      for (const field of ['note_id', 'note_en'] as const) {
        const note = row[field];
        if (note !== undefined) for (const problem of checkNote(note, context)) at(table, row.line, field, problem);
      }
    }
  }
}

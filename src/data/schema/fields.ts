/**
 * Field builders for CSV columns. Every CSV cell arrives as a (trimmed) string; each builder
 * returns a zod schema that turns that string into a typed value or an issue whose message a
 * maintainer can act on ("use a dot: 65.60"). The attached `ColumnMeta` drives the data docs
 * (data/README.md) and later the Frictionless Table Schema, so a column is declared once.
 */
import { z } from 'zod';
import { parsePeriod, parsePoint, PERIOD_FORMAT_TEXT, POINT_FORMAT_TEXT, type PartialDate } from './dates.ts';

export type ColumnType = 'string' | 'integer' | 'number' | 'date' | 'period' | 'boolean' | 'url' | 'enum';

export interface ColumnMeta {
  type: ColumnType;
  description: string;
  required: boolean;
  /** Allowed values, for enum columns. */
  values?: readonly string[];
  /** Name of the table whose key this column references. */
  references?: TableName;
  /** Values must be unique within the file. */
  unique?: boolean;
  /** A plausible value, for the docs. */
  example?: string;
  /** Extra constraint text for the docs, e.g. "YYYY, YYYY-MM or YYYY-MM-DD". */
  format?: string;
}

export type TableName =
  | 'regions'
  | 'indicators'
  | 'segments'
  | 'sources'
  | 'figures'
  | 'awards'
  | 'regulations'
  | 'boundaries';

export interface Column<T> {
  schema: z.ZodType<T, string>;
  meta: ColumnMeta;
}

type Described = { description: string; example?: string; unique?: boolean };

const required = z.string().min(1, { error: 'is empty, but a value is required' });

/** Makes a column optional: an empty cell becomes `undefined`. */
export function optional<T>(column: Column<T>): Column<T | undefined> {
  const inner = column.schema;
  return {
    schema: z.string().transform((raw, ctx): T | undefined => {
      if (raw === '') return undefined;
      const result = inner.safeParse(raw);
      if (result.success) return result.data;
      for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
      return z.NEVER;
    }),
    meta: { ...column.meta, required: false },
  };
}

export function text(d: Described & { maxLength?: number }): Column<string> {
  const schema = d.maxLength
    ? required.max(d.maxLength, { error: (iss) => `is ${String((iss.input as string).length)} characters long; the limit is ${d.maxLength}` })
    : required;
  const { maxLength, ...described } = d;
  return { schema, meta: { type: 'string', required: true, ...(maxLength ? { format: `at most ${maxLength} characters` } : {}), ...described } };
}

const ID_PATTERN = /^[a-z0-9]+(?:[_-][a-z0-9]+)*$/;

/** A lowercase identifier such as `coverage_rate` or `antara-2025-10-gianyar`. */
export function identifier(d: Described): Column<string> {
  return {
    schema: required.regex(ID_PATTERN, {
      error: (iss) =>
        `"${String(iss.input)}" is not a valid id (use lowercase letters, digits, "-" or "_", e.g. ${d.example ?? 'coverage_rate'})`,
    }),
    meta: { type: 'string', required: true, format: 'lowercase letters, digits, - and _', ...d },
  };
}

/** A reference to another table's key. The existence check happens across tables (see validate.ts). */
export function reference(table: TableName, d: Described): Column<string> {
  return { schema: required, meta: { type: 'string', required: true, references: table, ...d } };
}

export function oneOf<const V extends readonly [string, ...string[]]>(values: V, d: Described): Column<V[number]> {
  const allowed = new Set<string>(values);
  return {
    schema: required.transform((raw, ctx) => {
      if (allowed.has(raw)) return raw as V[number];
      const lower = values.find((v) => v.toLowerCase() === raw.toLowerCase());
      const hint = lower ? ` (did you mean "${lower}"?)` : '';
      ctx.addIssue({ code: 'custom', message: `"${raw}" is not allowed; use one of: ${values.join(', ')}${hint}` });
      return z.NEVER;
    }),
    meta: { type: 'enum', required: true, values, ...d },
  };
}

const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

/**
 * Explains why a cell is not a plain decimal, with the fix a maintainer most likely needs.
 * Indonesian sources write 65,60 for 65.60 and 130.300 for 130300; the contract wants neither.
 */
export function numberHint(raw: string): string {
  if (/^-?\d+,\d+$/.test(raw)) return ` (use a dot as decimal point: ${raw.replace(',', '.')})`;
  if (/^-?\d{1,3}(?:\.\d{3})+$/.test(raw)) return ` (no thousands separators: write ${raw.replaceAll('.', '')} if this is a whole number)`;
  if (/^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(raw)) return ` (no thousands separators: ${raw.replaceAll(',', '')})`;
  if (/%\s*$/.test(raw)) return ` (leave out the % sign: ${raw.replace(/\s*%\s*$/, '')})`;
  if (/^rp/i.test(raw)) return ' (write the amount in rupiah as a plain number, without "Rp")';
  if (/\s/.test(raw)) return ' (remove the spaces)';
  return '';
}

export function decimal(d: Described & { min?: number }): Column<number> {
  return {
    schema: required.transform((raw, ctx) => {
      if (!PLAIN_DECIMAL.test(raw)) {
        ctx.addIssue({ code: 'custom', message: `"${raw}" is not a number${numberHint(raw)}` });
        return z.NEVER;
      }
      const value = Number(raw);
      if (d.min !== undefined && value < d.min) {
        ctx.addIssue({ code: 'custom', message: `${raw} is below the minimum of ${d.min}` });
        return z.NEVER;
      }
      return value;
    }),
    meta: { type: 'number', required: true, format: 'decimal with a dot, no thousands separators', ...d },
  };
}

export function integer(d: Described & { min?: number; max?: number }): Column<number> {
  return {
    schema: required.transform((raw, ctx) => {
      if (!/^-?\d+$/.test(raw)) {
        ctx.addIssue({ code: 'custom', message: `"${raw}" is not a whole number${numberHint(raw)}` });
        return z.NEVER;
      }
      const value = Number(raw);
      if ((d.min !== undefined && value < d.min) || (d.max !== undefined && value > d.max)) {
        ctx.addIssue({ code: 'custom', message: `${raw} is outside the allowed range ${d.min ?? '…'}–${d.max ?? '…'}` });
        return z.NEVER;
      }
      return value;
    }),
    meta: { type: 'integer', required: true, ...d },
  };
}

export type { PartialDate } from './dates.ts';

function dateColumn(parse: (raw: string) => PartialDate | string, format: string, d: Described): Column<PartialDate> {
  return {
    schema: required.transform((raw, ctx) => {
      const parsed = parse(raw);
      if (typeof parsed === 'string') {
        ctx.addIssue({ code: 'custom', message: parsed });
        return z.NEVER;
      }
      return parsed;
    }),
    meta: { type: 'date', required: true, format, ...d },
  };
}

/** A date at the precision the source gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function partialDate(d: Described): Column<PartialDate> {
  return dateColumn(parsePoint, POINT_FORMAT_TEXT, d);
}

/** A calendar day, YYYY-MM-DD (e.g. when a row was added). */
export function day(d: Described): Column<PartialDate> {
  const parseDay = (raw: string): PartialDate | string => {
    const parsed = parsePoint(raw);
    if (typeof parsed === 'string') return parsed.replace(/use .*$/, 'use YYYY-MM-DD');
    return parsed.precision === 'day' ? parsed : `"${raw}" is not a day; use YYYY-MM-DD`;
  };
  return dateColumn(parseDay, 'YYYY-MM-DD', d);
}

/** A date or a period: a point as above, a quarter `YYYY-Qn`, or a range `START/END`. */
export function period(d: Described): Column<PartialDate> {
  return { ...dateColumn(parsePeriod, PERIOD_FORMAT_TEXT, d), meta: { type: 'period', required: true, format: PERIOD_FORMAT_TEXT, ...d } };
}

export function bool(d: Described): Column<boolean> {
  return {
    schema: required.transform((raw, ctx) => {
      if (raw === 'true') return true;
      if (raw === 'false') return false;
      ctx.addIssue({ code: 'custom', message: `"${raw}" is not a boolean; use true or false` });
      return z.NEVER;
    }),
    meta: { type: 'boolean', required: true, format: 'true or false', ...d },
  };
}

export function url(d: Described): Column<string> {
  return {
    schema: required.transform((raw, ctx) => {
      let parsed: URL | undefined;
      try {
        parsed = new URL(raw);
      } catch {
        parsed = undefined;
      }
      if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || !parsed.hostname.includes('.')) {
        ctx.addIssue({ code: 'custom', message: `"${raw}" is not a well-formed http(s) URL` });
        return z.NEVER;
      }
      return raw;
    }),
    meta: { type: 'url', required: true, format: 'absolute http:// or https:// URL', ...d },
  };
}

/** A lowercase hex sha256 digest. */
export function sha256(d: Described): Column<string> {
  return {
    schema: required.regex(/^[0-9a-f]{64}$/, { error: (iss) => `"${String(iss.input)}" is not a sha256 digest (64 lowercase hex characters)` }),
    meta: { type: 'string', required: true, format: '64 lowercase hex characters', ...d },
  };
}

/** A column whose values match a pattern, with the pattern explained in words. */
export function patterned(pattern: RegExp, explanation: string, d: Described): Column<string> {
  return {
    schema: required.regex(pattern, { error: (iss) => `"${String(iss.input)}" is not ${explanation}` }),
    meta: { type: 'string', required: true, format: explanation, ...d },
  };
}

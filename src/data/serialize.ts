/** Typed rows as plain JSON: partial dates become their ISO text (precision kept), line numbers are dropped. */
import type { PartialDate } from './schema/fields.ts';

function isPartialDate(value: unknown): value is PartialDate {
  return typeof value === 'object' && value !== null && 'iso' in value && 'precision' in value;
}

export function rowToJson(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key === 'line') continue;
    out[key] = isPartialDate(value) ? value.iso : (value ?? null);
  }
  return out;
}

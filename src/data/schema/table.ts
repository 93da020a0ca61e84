import type { Column, TableName } from './fields.ts';

// `any` here only lets differently typed columns share one record; RowOf recovers each type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Columns = Record<string, Column<any>>;

/** The typed row a table's columns produce, plus the line it came from. */
export type RowOf<C extends Columns> = { [K in keyof C]: C[K] extends Column<infer V> ? V : never } & {
  /** 1-based line of the row in its CSV file, for error messages and citations. */
  readonly line: number;
};

export interface TableSchema<C extends Columns = Columns> {
  name: TableName;
  /** File name inside data/. */
  file: string;
  /** What one row is. */
  row: string;
  /** Column whose values identify a row (unique, referenced by other tables). */
  key: keyof C & string;
  columns: C;
}

export function defineTable<C extends Columns>(table: TableSchema<C>): TableSchema<C> {
  return table;
}

/**
 * The open-data package: a Frictionless `datapackage.json` whose Table Schemas are generated from
 * the same column declarations the validator uses, so the published description cannot drift
 * from what the checker enforces.
 */
import type { ColumnMeta } from './schema/fields.ts';
import type { TableSchema } from './schema/table.ts';
import { TABLES } from './schema/tables.ts';

type FieldDescriptor = Record<string, unknown>;

/** Partial dates (YYYY, YYYY-MM, YYYY-MM-DD) and periods have no Table Schema type of their own. */
const POINT = '\\d{4}(-\\d{2}(-\\d{2})?)?';
const PARTIAL_DATE_PATTERN = `^${POINT}$`;
const PERIOD_PATTERN = `^(${POINT}|\\d{4}-Q[1-4]|${POINT}/${POINT})$`;

export function fieldDescriptor(name: string, meta: ColumnMeta): FieldDescriptor {
  const constraints: Record<string, unknown> = {};
  if (meta.required) constraints['required'] = true;
  if (meta.unique) constraints['unique'] = true;
  const field: FieldDescriptor = { name, description: meta.description };
  switch (meta.type) {
    case 'integer':
    case 'number':
      field['type'] = meta.type;
      break;
    case 'boolean':
      Object.assign(field, { type: 'boolean', trueValues: ['true'], falseValues: ['false'] });
      break;
    case 'url':
      Object.assign(field, { type: 'string', format: 'uri' });
      break;
    case 'date':
      field['type'] = 'string';
      constraints['pattern'] = PARTIAL_DATE_PATTERN;
      break;
    case 'period':
      field['type'] = 'string';
      constraints['pattern'] = PERIOD_PATTERN;
      break;
    case 'enum':
      field['type'] = 'string';
      constraints['enum'] = [...(meta.values ?? [])];
      break;
    case 'string':
      field['type'] = 'string';
      break;
  }
  if (meta.example) field['example'] = meta.example;
  if (Object.keys(constraints).length > 0) field['constraints'] = constraints;
  return field;
}

export function tableSchema(table: TableSchema): Record<string, unknown> {
  const foreignKeys = Object.entries(table.columns).flatMap(([name, column]) => {
    const target = column.meta.references;
    if (!target) return [];
    const targetTable = TABLES.find((t) => t.name === target)!;
    // A reference into the same table uses an empty resource name, per the Table Schema spec.
    return [{ fields: name, reference: { resource: target === table.name ? '' : target, fields: targetTable.key } }];
  });
  return {
    fields: Object.entries(table.columns).map(([name, column]) => fieldDescriptor(name, column.meta)),
    missingValues: [''],
    primaryKey: table.key,
    ...(foreignKeys.length > 0 ? { foreignKeys } : {}),
  };
}

export function dataPackage(): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: 'cakupan-bali',
    title: 'Cakupan Bali: social-security coverage of workers in Bali',
    description:
      "Figures on BPJS Ketenagakerjaan coverage in Bali's nine regencies/cities and the Paritrana Award, each row with its source and a verbatim quote. Quotes are short excerpts of the cited articles, which remain their publishers' work.",
    resources: TABLES.map((table) => ({
      profile: 'tabular-data-resource',
      name: table.name,
      path: table.file,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      description: `One row is ${table.row}.`,
      schema: tableSchema(table as unknown as TableSchema),
    })),
  };
}

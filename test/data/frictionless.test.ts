/**
 * The open-data description, checked by the Frictionless reference library (`datapackage`):
 * the descriptor is valid against the tabular-data-package profile, and every data file reads
 * and casts under its generated Table Schema.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Package, validate } from 'datapackage';
import { dataPackage, fieldDescriptor } from '../../src/data/frictionless.ts';
import { TABLES } from '../../src/data/schema/tables.ts';

describe('datapackage.json', () => {
  it('is valid against the Frictionless tabular-data-package profile', async () => {
    const result = await validate(dataPackage());
    expect(result.errors.map((e: Error) => e.message)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('describes every data file and every column', () => {
    const descriptor = dataPackage() as { resources: { path: string; schema: { fields: { name: string }[] } }[] };
    expect(descriptor.resources.map((r) => r.path)).toEqual(TABLES.map((t) => t.file));
    descriptor.resources.forEach((resource, i) => {
      expect(resource.schema.fields.map((f) => f.name)).toEqual(Object.keys(TABLES[i]!.columns));
    });
  });

  it('maps column types and rules to Table Schema', () => {
    expect(fieldDescriptor('published', { type: 'date', description: 'd', required: true })).toEqual({
      name: 'published',
      description: 'd',
      type: 'string',
      constraints: { required: true, pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
    });
    expect(fieldDescriptor('kind', { type: 'enum', description: 'd', required: true, values: ['a', 'b'] })).toMatchObject({ type: 'string', constraints: { enum: ['a', 'b'] } });
    expect(fieldDescriptor('ok', { type: 'boolean', description: 'd', required: false })).toEqual({ name: 'ok', description: 'd', type: 'boolean', trueValues: ['true'], falseValues: ['false'] });
  });

  it('reads every real data file under its schema without a cast error', async () => {
    const pkg = await Package.load(dataPackage(), { basePath: path.resolve('data') });
    expect(pkg.valid).toBe(true);
    for (const resource of pkg.resources) {
      const rows = await resource.read({ keyed: true, relations: true });
      expect(rows.length, resource.name).toBeGreaterThan(0);
    }
  });
});

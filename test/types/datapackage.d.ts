/** The Frictionless reference library ships no types; only what the tests use is declared. */
declare module 'datapackage' {
  export function validate(descriptor: object): Promise<{ valid: boolean; errors: Error[] }>;
  export class Package {
    static load(descriptor: object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: { name: string; read(options?: { keyed?: boolean; relations?: boolean }): Promise<unknown[]> }[];
  }
}

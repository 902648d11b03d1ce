/** The part of the Frictionless JS library (`datapackage`, which ships no types) that the tests use. */
declare module 'datapackage' {
  export interface ReadOptions {
    keyed?: boolean;
    cast?: boolean;
    relations?: boolean;
  }
  export class Resource {
    readonly name: string;
    readonly descriptor: Record<string, unknown>;
    read(options?: ReadOptions): Promise<Record<string, unknown>[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
    getResource(name: string): Resource | null;
  }
}

import type { TraceStages } from "./schema";

/**
 * The SQL JSON paths that read a trace's `stages` column, built from keys typed against the schema
 * (lib/trace/schema.ts): `tracePath("tt", "route", "action").text` is `tt.stages->'route'->>'action'`, and a key the
 * schema does not have is a type error. Plain strings, so that this leaf needs no database client; the data layer
 * (lib/db) wraps them in `Prisma.raw`. Keys are identifiers by type and checked again here, so nothing but a
 * schema key reaches the SQL text.
 */

/** The keys one can step into from a value: an object's keys, an array's positions. */
type Step<T> = [NonNullable<T>] extends [readonly unknown[]]
  ? number
  : [NonNullable<T>] extends [Record<string, unknown>]
    ? Extract<keyof NonNullable<T>, string>
    : never;

/** The value at a step (nullable and optional stages are stepped into as if present: SQL yields NULL). */
type At<T, K> = [NonNullable<T>] extends [readonly (infer E)[]]
  ? E
  : K extends keyof NonNullable<T>
    ? NonNullable<T>[K]
    : never;

/** A path as jsonb (`->` at every step) and as text (`->>` at the last one). */
export type SqlJsonPath = { json: string; text: string };

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function step(key: string | number): string {
  if (typeof key === "number") {
    if (!Number.isInteger(key) || key < 0) throw new Error(`not an array position: ${key}`);
    return String(key);
  }
  if (!IDENTIFIER.test(key)) throw new Error(`not a trace key: ${key}`);
  return `'${key}'`;
}

function build(root: string, keys: Array<string | number>): SqlJsonPath {
  if (!IDENTIFIER.test(root.replace(/\./g, "_"))) throw new Error(`not a column reference: ${root}`);
  const steps = keys.map(step);
  const last = steps.pop();
  const base = steps.reduce((path, key) => `${path}->${key}`, root);
  return last === undefined
    ? { json: base, text: `${base}::text` }
    : { json: `${base}->${last}`, text: `${base}->>${last}` };
}

type S = TraceStages;

/** A path into the `stages` column of the TurnTrace row aliased `table`. */
export function tracePath<A extends Step<S>>(table: string, a: A): SqlJsonPath;
export function tracePath<A extends Step<S>, B extends Step<At<S, A>>>(table: string, a: A, b: B): SqlJsonPath;
export function tracePath<A extends Step<S>, B extends Step<At<S, A>>, C extends Step<At<At<S, A>, B>>>(
  table: string,
  a: A,
  b: B,
  c: C,
): SqlJsonPath;
export function tracePath(table: string, ...keys: Array<string | number>): SqlJsonPath {
  return build(`${table}.stages`, keys);
}

/**
 * A field of one element of a stage's array, for `jsonb_array_elements(...) AS alias`: `itemPath<TraceToolCall>(
 * "call", "decision").text` is `call->>'decision'`. The element type is required (without it no key is accepted).
 */
export function itemPath<T>(alias: string, key: Extract<keyof T, string>): SqlJsonPath {
  return build(alias, [key]);
}

import "server-only";
import pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "./types";

/**
 * The few statements of every chat turn (accepting the message, reading the turn's state, writing a message or a
 * turn with its events) run straight on `pg` on PostgreSQL. Measured on the 2-core machine, Prisma's `$queryRaw`
 * spends 0.32 ms of CPU per statement where `pool.query` spends 0.07 ms, and the server's one thread is what limits
 * chat throughput. The statement is the same `Prisma.sql` either way and goes through Prisma's own pool; results are
 * read as `$queryRaw` reads them (timestamps as UTC, bigints as BigInt). Inside a transaction, on the embedded
 * database, or with a value `pg` would encode differently (an object or array), it runs through Prisma.
 */
const pools = new WeakMap<object, pg.Pool>();

/** Lets a client's statements take the direct path: the pool must be the one its PrismaPg adapter uses. */
export function enableDirectQueries(prisma: object, pool: pg.Pool): void {
  pools.set(prisma, pool);
}

const TIMESTAMP = 1114;
const INT8 = 20;
const parsers = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === TIMESTAMP) return (value: string) => new Date(`${value.replace(" ", "T")}Z`);
    if (oid === INT8) return (value: string) => BigInt(value);
    return pg.types.getTypeParser(oid, format ?? "text");
  },
};

type Plain = string | number | boolean | null;

/** `prisma.$queryRaw<Rows>(query)`, on `pg` directly where it can. */
export async function queryRows<Rows extends unknown[]>(prisma: Db, query: Prisma.Sql): Promise<Rows> {
  const pool = pools.get(prisma);
  const values = pool ? query.values.map(plain) : null;
  if (!pool || !values || values.includes(undefined)) return prisma.$queryRaw<Rows>(query);
  const result = await pool.query({ text: query.text, values, types: parsers } as pg.QueryConfig);
  return result.rows as Rows;
}

/** A value as Prisma sends it to PostgreSQL, or undefined for one the direct path leaves to Prisma. */
function plain(value: unknown): Plain | undefined {
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  return undefined;
}

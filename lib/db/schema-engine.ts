/**
 * Prisma's schema engine (the part of Prisma that migrates) as WebAssembly, driven through a driver adapter, so
 * that migrations need neither the native schema-engine binary (which Prisma downloads at run time) nor a database
 * server: the same code migrates the embedded PGlite database and PostgreSQL. Used by lib/db/migrate.ts only.
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type ErrorRegistry,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
// The package's main entry imports the .wasm file as an ES module, which Node 20 cannot do; the bindings module
// takes the instance we create ourselves.
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import { openPglite, type DatabaseTarget } from "./connection";

export type { SchemaEngine };
export const NO_FILTERS = { externalTables: [], externalEnums: [] };

let wasmReady: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const file = path.join(
      path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
      "schema_engine_bg.wasm",
    );
    const imports = { "./schema_engine_bg.js": { ...(bindings as unknown as WebAssembly.ModuleImports) } };
    // The engine arms a 10 s timer around its work and never clears it, which would keep a finished script alive
    // for 10 s. Unref'd timers still fire, but no longer hold the process open.
    for (const [name, fn] of Object.entries(bindings)) {
      if (name.startsWith("__wbg_setTimeout_") && typeof fn === "function") {
        imports["./schema_engine_bg.js"][name] = (callback: () => void, ms: number) => {
          const timer = setTimeout(callback, ms >>> 0);
          timer.unref();
          return timer;
        };
      }
    }
    const { instance } = await WebAssembly.instantiate(readFileSync(file), imports);
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  })();
  return wasmReady;
}

/** A database the engine can work on, with everything it opened closed (and any shadow database dropped) by close(). */
export type EngineConnection = { factory: SqlMigrationAwareDriverAdapterFactory; close(): Promise<void> };

/**
 * Runs `work` with an engine on the connection's database, then closes it. Errors come out readable; `explain`
 * does the same for an error that `work` catches itself.
 */
export async function withSchemaEngine<T>(
  connection: EngineConnection,
  schema: { path: string; content: string },
  work: (engine: SchemaEngine, explain: (error: unknown) => Error) => Promise<T>,
): Promise<T> {
  await loadWasm();
  const log: string[] = [];
  const onLog = (line: string) => {
    log.push(line.trim());
    if (log.length > 20) log.shift();
  };
  const adapter = bindMigrationAwareSqlAdapterFactory(connection.factory);
  const explain = (error: unknown) => engineError(error, log, adapter.errorRegistry);
  let engine: SchemaEngine | undefined;
  try {
    engine = await bindings.SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, onLog, adapter);
    return await work(engine, explain);
  } catch (error) {
    throw explain(error);
  } finally {
    engine?.free();
    await connection.close();
  }
}

/**
 * Turns what the engine rejects with into an Error a person can read. An error thrown by our own adapter code
 * reaches the engine only as "External error id#N"; the driver-adapter registry still holds the original.
 */
function engineError(error: unknown, log: string[], registry: ErrorRegistry): Error {
  if (error instanceof Error) {
    const id = /External error id#(\d+)/.exec(error.message)?.[1];
    const original = id === undefined ? undefined : registry.consumeError(Number(id))?.error;
    if (original instanceof Error) error.message = error.message.replace(/External error id#\d+/, original.message);
    return error;
  }
  const text = typeof error === "string" ? error : JSON.stringify(error);
  let message = text;
  try {
    const parsed = JSON.parse(text) as { message?: string; error?: string; meta?: { message?: string } };
    message = parsed.message ?? parsed.error ?? parsed.meta?.message ?? text;
  } catch {
    // not JSON: keep the text
  }
  const errors = log.filter((line) => /"level":"(ERROR|WARN)"/.test(line));
  return new Error(errors.length > 0 ? `${message}\n${errors.join("\n")}` : message);
}

export function connectForEngine(target: DatabaseTarget): EngineConnection {
  return target.kind === "pglite" ? pgliteConnection(openPglite(target.dataDir)) : postgresConnection(target.url);
}

/**
 * pglite-prisma-adapter 0.7.2 runs executeScript without awaiting it: a failing migration would be recorded as
 * applied and its error lost. This wraps the adapter so scripts are awaited and their errors reported. The shadow
 * database (used to replay migrations for a diff) is a second in-memory PGlite, closed with the connection, or the
 * main one when that is itself a scratch database.
 */
export function pgliteConnection(pglite: PGlite, options: { mainIsShadow?: boolean } = {}): EngineConnection {
  const shadows: PGlite[] = [];
  const factory = new PrismaPGlite(pglite);
  const withAwaitedScripts = (adapter: SqlDriverAdapter, client: PGlite): SqlDriverAdapter => {
    adapter.executeScript = async (script: string) => {
      try {
        await client.exec(script);
      } catch (error) {
        rethrowAsDriverError(adapter, error);
      }
    };
    return adapter;
  };
  return {
    factory: {
      provider: "postgres",
      adapterName: factory.adapterName,
      connect: async () => withAwaitedScripts(await factory.connect(), pglite),
      connectToShadowDb: async () => {
        if (options.mainIsShadow) return withAwaitedScripts(await factory.connect(), pglite);
        const shadow = openPglite("memory://");
        shadows.push(shadow);
        return withAwaitedScripts(await new PrismaPGlite(shadow).connect(), shadow);
      },
    },
    close: async () => {
      await Promise.all([...shadows, pglite].map((db) => db.close()));
    },
  };
}

/**
 * PostgreSQL through adapter-pg. The pool is small and hands out its most recently used connection first, so the
 * engine's sequential statements (its advisory lock, then the scripts it guards) share one session. adapter-pg
 * splits scripts on every ";" (breaking any literal that contains one); this sends a script as one simple-protocol
 * query instead, as psql does, which also makes each migration file all-or-nothing. Its own shadow-database handling lands on the main database
 * when given a connection string and drops the database while its pool still holds it, so the shadow database is
 * created here and dropped WITH (FORCE) on close.
 */
export function postgresConnection(url: string): EngineConnection {
  const shadowNames: string[] = [];
  const pools: pg.Pool[] = [];
  const connectTo = async (connectionString: string) => {
    const pool = new pg.Pool({ connectionString, max: 2, Client: CatalogClient });
    pools.push(pool);
    const adapter = await new PrismaPg(pool).connect();
    adapter.executeScript = async (script: string) => {
      try {
        await pool.query(script);
      } catch (error) {
        rethrowAsDriverError(adapter, error);
      }
    };
    return adapter;
  };
  const admin = async <T>(work: (client: pg.Client) => Promise<T>) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  return {
    factory: {
      provider: "postgres",
      adapterName: "@prisma/adapter-pg",
      connect: () => connectTo(url),
      connectToShadowDb: async () => {
        const name = `tandem_shadow_${randomUUID().replaceAll("-", "")}`;
        await admin((client) => client.query(`CREATE DATABASE "${name}"`));
        shadowNames.push(name);
        const shadowUrl = new URL(url);
        shadowUrl.pathname = `/${name}`;
        return connectTo(shadowUrl.toString());
      },
    },
    close: async () => {
      await Promise.all(pools.map(endPool));
      if (shadowNames.length > 0) {
        await admin(async (client) => {
          for (const name of shadowNames) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        });
      }
    },
  };
}

/**
 * pool.end() resolves once the pool has let go of its connections, before they have closed. Dropping a shadow
 * database WITH (FORCE) at that moment cuts one still closing, and its error escapes as an uncaught exception; so
 * this waits for every connection's own end.
 */
async function endPool(pool: pg.Pool): Promise<void> {
  let open = pool.totalCount;
  const closed = new Promise<void>((resolve) => {
    if (open === 0) resolve();
    pool.on("remove", () => {
      if (--open <= 0) resolve();
    });
  });
  await pool.end();
  await closed;
}

/**
 * The engine's catalog queries return PostgreSQL's internal "char" type (OID 18). adapter-pg picks a column type
 * from each field's type OID and refuses that one (a type parser does not help: the OID is checked first), so
 * these connections report it as text, which is how psql shows it. Only the migration connections do this.
 */
class CatalogClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    this.connection.prependListener("rowDescription", (message: { fields: Array<{ dataTypeID: number }> }) => {
      for (const field of message.fields) if (field.dataTypeID === 18) field.dataTypeID = 25;
    });
  }
}

/** Both adapters turn database errors into Prisma's typed driver errors in a method they keep to themselves. */
function rethrowAsDriverError(adapter: SqlDriverAdapter, error: unknown): never {
  const convert = (adapter as unknown as { onError?: (error: unknown) => never }).onError;
  if (typeof convert === "function") convert.call(adapter, error);
  throw error;
}

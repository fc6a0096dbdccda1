import { existsSync } from "node:fs";
import path from "node:path";
import { type ResourceLimits, Worker } from "node:worker_threads";
import {
  DriverAdapterError,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
  type TransactionOptions,
} from "@prisma/driver-adapter-utils";
import { log } from "@/lib/log";

/**
 * The embedded database on a worker thread, behind a Prisma driver adapter.
 *
 * PGlite is PostgreSQL compiled to WebAssembly: in the server's own thread, every query (parsing, planning,
 * executing, writing pages) runs on the one thread that also serves every request, so a busy chat queues behind
 * its own database work, and one slow dashboard query stalls every open stream. On its own thread the database
 * works while the server goes on with other requests, and the server's other core gets used.
 *
 * The worker (lib/db/pglite-worker.mjs) runs the same PGlite and the same Prisma adapter as in-process use does;
 * only the transport is new: each adapter call is a message, and transactions are ids. Scripts and tests, which
 * have no one else to serve, use PGlite in-process (lib/db/connection.ts).
 */
const WORKER_FILE = path.join(process.cwd(), "lib/db/pglite-worker.mjs");

const RESTART_BACKOFF_MS = 5_000;

type Operation = "queryRaw" | "executeRaw" | "executeScript" | "startTransaction" | "commit" | "rollback" | "close";
type Reply = { id: number; result?: unknown; error?: { name: string; message: string; cause: unknown } };

/** One worker and what is waiting on it. A worker that has died is replaced on the next call. */
type Generation = {
  worker: Worker;
  ready: Promise<void>;
  pending: Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>;
  /** Set once this worker has died: calls in flight fail with it. */
  failure: Error | null;
};

class DatabaseThread {
  private current: Generation;
  private nextId = 1;
  private closed = false;
  /** No new thread before this time: a database that cannot open is not retried on every request. */
  private restartAfter = 0;

  constructor(
    private readonly dataDir: string,
    private readonly resourceLimits?: ResourceLimits,
  ) {
    if (!existsSync(WORKER_FILE))
      throw new Error(`the embedded database's worker is missing: ${WORKER_FILE} (run Tandem from its folder)`);
    this.current = this.start();
  }

  async call<T>(op: Operation, arg?: unknown, tx?: number): Promise<T> {
    // The database stopped (it ran out of memory, say): start it again. PGlite recovers from its write-ahead log;
    // transactions that were open on the old thread are gone, and their callers have been told.
    if (this.current.failure && !this.closed && Date.now() >= this.restartAfter) {
      log.warn("db.thread_restarted", { reason: this.current.failure.message });
      this.restartAfter = Date.now() + RESTART_BACKOFF_MS;
      this.current = this.start();
    }
    const generation = this.current;
    await generation.ready;
    if (generation.failure) throw generation.failure;
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      generation.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      generation.worker.postMessage({ id, op, arg, tx });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    if (!this.current.failure) await this.call("close").catch(() => {});
    await this.current.worker.terminate();
  }

  private start(): Generation {
    const worker = new Worker(WORKER_FILE, {
      workerData: { dataDir: this.dataDir },
      ...(this.resourceLimits ? { resourceLimits: this.resourceLimits } : {}),
    });
    let opened!: () => void;
    const generation: Generation = {
      worker,
      ready: new Promise<void>((resolve) => (opened = resolve)),
      pending: new Map(),
      failure: null,
    };
    const fail = (error: Error) => {
      generation.failure ??= error;
      opened(); // a failure to open (a data folder another process holds, say) ends the thread before it is ready
      for (const waiting of generation.pending.values()) waiting.reject(generation.failure);
      generation.pending.clear();
    };
    worker.on("message", (reply: Reply & { ready?: boolean }) => (reply.ready ? opened() : settle(generation, reply)));
    worker.on("error", (error) => fail(new Error(`the embedded database stopped: ${error.message}`, { cause: error })));
    worker.on("exit", (code) => fail(new Error(`the embedded database's thread exited (code ${code})`)));
    return generation;
  }
}

function settle(generation: Generation, reply: Reply) {
  const waiting = generation.pending.get(reply.id);
  if (!waiting) return;
  generation.pending.delete(reply.id);
  if (!reply.error) return waiting.resolve(reply.result);
  const { name, message, cause } = reply.error;
  // Prisma reads a driver error's kind (a unique violation, a missing table) to raise its own error codes.
  if (name === "DriverAdapterError" && cause && typeof cause === "object") {
    waiting.reject(new DriverAdapterError(cause as ConstructorParameters<typeof DriverAdapterError>[0]));
  } else {
    waiting.reject(Object.assign(new Error(message), { name }));
  }
}

class ThreadQueryable {
  readonly provider = "postgres" as const;
  readonly adapterName = "pglite-thread";
  constructor(
    protected readonly thread: DatabaseThread,
    protected readonly transactionId?: number,
  ) {}

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.thread.call("queryRaw", query, this.transactionId);
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.thread.call("executeRaw", query, this.transactionId);
  }
}

class ThreadTransaction extends ThreadQueryable implements Transaction {
  constructor(
    thread: DatabaseThread,
    id: number,
    readonly options: TransactionOptions,
  ) {
    super(thread, id);
  }

  commit(): Promise<void> {
    return this.thread.call("commit", undefined, this.transactionId);
  }

  rollback(): Promise<void> {
    return this.thread.call("rollback", undefined, this.transactionId);
  }
}

class ThreadAdapter extends ThreadQueryable implements SqlDriverAdapter {
  executeScript(script: string): Promise<void> {
    return this.thread.call("executeScript", script);
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    const { id, options } = await this.thread.call<{ id: number; options: TransactionOptions }>(
      "startTransaction",
      isolationLevel,
    );
    return new ThreadTransaction(this.thread, id, options);
  }

  getConnectionInfo() {
    return { supportsRelationJoins: true };
  }

  async dispose(): Promise<void> {}
}

/**
 * A Prisma adapter factory for PGlite on its own thread, and how to stop that thread. `dataDir` is an absolute
 * folder that exists, or `memory://`; `resourceLimits` bound the thread's JavaScript heap (Node's defaults otherwise).
 */
export function createThreadedPglite(
  dataDir: string,
  options: { resourceLimits?: ResourceLimits } = {},
): { adapter: SqlDriverAdapterFactory; close: () => Promise<void> } {
  const thread = new DatabaseThread(dataDir, options.resourceLimits);
  const adapter: SqlDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "pglite-thread",
    connect: async () => new ThreadAdapter(thread),
  };
  return { adapter, close: () => thread.close() };
}

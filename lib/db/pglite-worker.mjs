// The embedded database on its own thread: PGlite and Prisma's PGlite adapter, driven by messages from
// lib/db/pglite-thread.ts. Plain JavaScript, because a worker thread loads its file without the app's compiler.
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";

/** @type {{ dataDir: string }} An absolute folder that exists, or `memory://` (see lib/db/connection.ts). */
const { dataDir } = workerData;
const pglite = new PGlite(dataDir);
// A database that cannot open ends the thread here, before it says it is ready, with the reason PGlite gives.
await pglite.waitReady.catch((error) => {
  throw new Error(`PGlite could not open ${dataDir}: ${error?.message ?? JSON.stringify(error)}`);
});
const adapter = await new PrismaPGlite(pglite).connect();

/** Open transactions by the id the main thread knows them by. */
const transactions = new Map();
let nextTransactionId = 1;

function transaction(id) {
  const open = transactions.get(id);
  if (!open) throw new Error(`no open transaction ${id} on the database thread`);
  return open;
}

async function perform(op, arg, tx) {
  switch (op) {
    case "queryRaw":
      return (tx ? transaction(tx) : adapter).queryRaw(arg);
    case "executeRaw":
      return (tx ? transaction(tx) : adapter).executeRaw(arg);
    case "executeScript":
      // The adapter does not wait for its own script; running it here does.
      await pglite.exec(arg);
      return undefined;
    case "startTransaction": {
      const opened = await adapter.startTransaction(arg);
      const id = nextTransactionId++;
      transactions.set(id, opened);
      return { id, options: opened.options };
    }
    case "commit":
    case "rollback": {
      const open = transaction(tx);
      transactions.delete(tx);
      return op === "commit" ? open.commit() : open.rollback();
    }
    case "close":
      await pglite.close();
      return undefined;
    default:
      throw new Error(`unknown database operation ${op}`);
  }
}

parentPort.on("message", async ({ id, op, arg, tx }) => {
  try {
    parentPort.postMessage({ id, result: await perform(op, arg, tx) });
  } catch (error) {
    // Errors cross the thread boundary as plain data; the adapter's kind (a unique violation, say) is in `cause`.
    const plain = { name: error?.name ?? "Error", message: String(error?.message ?? error) };
    try {
      parentPort.postMessage({ id, error: { ...plain, cause: error?.cause ?? null } });
    } catch {
      parentPort.postMessage({ id, error: { ...plain, cause: null } });
    }
  }
});
parentPort.postMessage({ ready: true });

import "server-only";
import pg from "pg";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { singleton } from "@/lib/singleton";

/**
 * Wake-ups for open event streams. A wake-up carries no data: a woken stream reads the committed event rows after
 * its last seq, so a lost or duplicated wake-up costs a query, never an event. In one process the bus is
 * in-process; with PostgreSQL, each instance also LISTENs on `tandem_events`, so a write on one instance wakes
 * streams on every other instance.
 */
type Listener = (conversationId: string | null) => void;

type BusState = { listeners: Set<Listener>; pgClient?: pg.Client; connecting?: Promise<void> };
const state = singleton<BusState>("realtimeBus", () => ({ listeners: new Set() }));

export function wakeListeners(conversationId: string | null): void {
  for (const listener of state.listeners) {
    try {
      listener(conversationId);
    } catch (error) {
      log.warn("realtime.listener_failed", { error });
    }
  }
}

/** Registers a wake-up listener; returns the function that removes it. */
export function onWake(listener: Listener): () => void {
  state.listeners.add(listener);
  void ensureCrossInstanceListener();
  return () => state.listeners.delete(listener);
}

async function ensureCrossInstanceListener(): Promise<void> {
  const url = env().DATABASE_URL;
  if (!url || state.pgClient || state.connecting) return;
  state.connecting = (async () => {
    const client = new pg.Client({ connectionString: url });
    client.on("notification", (message) => wakeListeners(message.payload || null));
    client.on("error", (error) => {
      // Drop the client; the next subscriber reconnects. Streams also poll, so nothing is lost meanwhile.
      log.warn("realtime.listen_connection_lost", { error });
      state.pgClient = undefined;
    });
    try {
      await client.connect();
      await client.query("LISTEN tandem_events");
      state.pgClient = client;
    } catch (error) {
      log.warn("realtime.listen_failed", { error });
      await client.end().catch(() => {});
    } finally {
      state.connecting = undefined;
    }
  })();
  await state.connecting;
}

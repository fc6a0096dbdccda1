/**
 * Demo history: about 2,000 conversations over the last 60 days, so that a newcomer's first look at the supervisor
 * dashboard is meaningful. Every conversation about a customer's own order, and one conversation per generic
 * question (with and without the customer's thanks), goes through the real pipeline with the local engine; the
 * other generic questions repeat those template conversations for other customers (lib/seed/history-clone.ts),
 * which keeps `npm run up` fast. Then people act: agents take handoffs, use or discard drafts, approve or reject
 * action requests, resolve; customers rate, come back on the same issue, or leave; a supervisor judges handoffs
 * and scores a sample. Deterministic for a seed (apart from database-generated ids), and idempotent: a marker row
 * records a finished run, and an interrupted one is removed and redone.
 *
 * Needs the store and the demo staff (seedStore, seedStaff) first. Customer 0, the demo persona, is left out so the
 * chat demo and its tests find that customer's orders untouched. Run with the `react-server` condition (the
 * pipeline imports `server-only`); the package.json scripts do.
 */
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { refreshRollups } from "@/lib/metrics/rollup";
import { loadPolicySet, type PolicySet } from "@/lib/policy/load";
import { FIRST_NAMES, LAST_NAMES } from "./catalog";
import { cloneConversations } from "./history-clone";
import { driveConversations } from "./history-drive";
import { simulatePeople } from "./history-people";
import { planHistory } from "./history-plan";
import { simulateSupervision } from "./history-supervision";
import { randomStream, stableId } from "./random";
import { DEMO_STAFF } from "@/lib/auth/demo-staff";
import { DEMO_CUSTOMER } from "./store";

export const HISTORY_MARKER = "seed.history";

export type HistoryOptions = {
  conversations?: number;
  days?: number;
  seed?: number;
  now?: Date;
  /** Share of conversations about the customer's own orders (driven one by one; they change orders). */
  accountShare?: number;
  policySet?: PolicySet;
  /** Leave the last day's handoffs waiting in the inbox (the demo); false resolves or abandons every one (tests). */
  openInbox?: boolean;
  log?: (line: string) => void;
};

export type HistoryResult =
  | { skipped: true; reason: string }
  | {
      skipped: false;
      conversations: number;
      driven: number;
      cloned: number;
      turns: number;
      taken: number;
      resolved: number;
      abandoned: number;
      approvals: number;
      assessed: number;
      reviewed: number;
      seconds: number;
    };

export async function seedHistory(prisma: PrismaClient, options: HistoryOptions = {}): Promise<HistoryResult> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const seed = options.seed ?? 1;
  const now = options.now ?? new Date();
  const days = options.days ?? 60;
  const marker = await prisma.setting.findUnique({ where: { key: HISTORY_MARKER } });
  if (marker) return { skipped: true, reason: `history already seeded (${marker.value})` };

  const leftovers = await prisma.conversation.deleteMany({
    where: { accessTokenHash: { startsWith: "seed-history:" } },
  });
  if (leftovers.count) log(`Removed ${leftovers.count} conversations of an interrupted history run.`);

  const policySet = options.policySet ?? loadPolicySet(path.resolve(import.meta.dirname, "../../policies"));
  const staff = await prisma.staffUser.findMany({
    where: { email: { in: DEMO_STAFF.map((s) => s.email) }, active: true },
    select: { id: true, name: true, role: true, email: true },
  });
  const byRole = (role: string) => staff.filter((s) => s.role === role);
  const supervisor = byRole("supervisor")[0] ?? byRole("admin")[0];
  const agents = [...byRole("agent"), ...(supervisor ? [supervisor] : [])];
  if (!supervisor || agents.length < 2) throw new Error("the demo history needs the demo staff: run seedStaff first");
  const shoppers = await addShoppers(prisma, Math.ceil((options.conversations ?? 2000) * 0.7), seed, now);
  const customers = await prisma.customer.findMany({
    where: { email: { not: DEMO_CUSTOMER.email } },
    orderBy: { email: "asc" },
    select: {
      id: true,
      email: true,
      name: true,
      orders: {
        orderBy: { placedAt: "asc" },
        select: { number: true, status: true, placedAt: true, shippedAt: true, deliveredAt: true },
      },
    },
  });
  if (customers.length === 0) throw new Error("the demo history needs the demo store: run seedStore first");

  const plans = planHistory({
    conversations: options.conversations ?? 2000,
    days,
    now,
    seed,
    customers: customers.filter((c) => c.orders.length > 0),
    shoppers: customers.filter((c) => shoppers.has(c.id)),
    accountShare: options.accountShare ?? 0.32,
  });
  const driven = plans.filter((p) => !p.templateOf);
  log(`Demo history: ${plans.length} conversations over ${days} days, ${driven.length} through the pipeline …`);
  const drive = await driveConversations(prisma, driven, { seed, policySet });
  const cloned = await cloneConversations(prisma, plans);
  const people = await simulatePeople(prisma, plans, {
    seed,
    now,
    policy: policySet.policy,
    agents,
    names: new Map(customers.map((c) => [c.id, c.name])),
    openInbox: options.openInbox ?? true,
  });
  const supervision = await simulateSupervision(prisma, plans, { seed, now, days, supervisor, staff });
  await refreshRollups(prisma, { full: true });
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  await prisma.setting.create({
    data: { key: HISTORY_MARKER, value: `${plans.length} conversations, seed ${seed}, ${now.toISOString()}` },
  });
  return {
    skipped: false,
    conversations: plans.length,
    driven: driven.length,
    cloned,
    turns: drive.turns,
    taken: people.taken,
    resolved: people.resolved,
    abandoned: people.abandoned,
    approvals: people.approvals,
    assessed: supervision.assessed,
    reviewed: supervision.reviewed,
    seconds,
  };
}

/**
 * Shoppers with an account but no order in the demo store, who ask the general questions: most people contact
 * support once in two months, so spreading those questions over many people keeps chance repeats (the same person
 * asking about the same topic twice in a week by coincidence) from passing for re-contacts.
 */
async function addShoppers(prisma: PrismaClient, count: number, seed: number, now: Date): Promise<Set<string>> {
  const rows = Array.from({ length: count }, (_, i) => {
    const r = randomStream(seed, "history-shopper", i);
    const first = r.pick(FIRST_NAMES);
    const last = r.pick(LAST_NAMES);
    return {
      id: stableId("history-shopper", seed, i),
      email: `${first}.${last}.${i}@example.net`.toLowerCase().replace(/[^a-z0-9.@]/g, ""),
      name: `${first} ${last}`,
      tier: r.weighted([
        ["standard", 88],
        ["vip", 9],
        ["enterprise", 3],
      ] as const),
      createdAt: new Date(now.getTime() - r.between(70, 900) * 86_400_000),
    };
  });
  for (let i = 0; i < rows.length; i += 500)
    await prisma.customer.createMany({ data: rows.slice(i, i + 500), skipDuplicates: true });
  return new Set(rows.map((row) => row.id));
}

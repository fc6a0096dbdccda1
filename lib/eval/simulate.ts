import "server-only";
import { createMemoryDatabase, type MemoryDatabase } from "@/lib/db/memory";
import type { Engine } from "@/lib/engines/types";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createConversationDriver, type TurnRun } from "@/lib/chat/conversation-driver";
import type { PolicySet } from "@/lib/policy/load";
import { type Check, checkExpectations, type Observed, type ObservedReply } from "./scenario-checks";
import { seedScenarioStore } from "./scenario-fixtures";
import type { Scenario } from "./scenarios";
import { numberProposals, readProposals, readToolCalls, readTurn, settleProposals } from "./trace-read";

/**
 * `npm run simulate` for one scenario: a fresh in-memory database holding the scenario's store, one anonymous
 * web-chat conversation, and the customer's turns sent through the whole pipeline (the chat API's path, minus
 * HTTP) until the conversation leaves the AI. What the customer saw, every tool decision, the handoff and the
 * validator's blocks are read back from the messages and the turn traces, then checked against `expect`.
 */
export type SimulationResult = Required<Observed> & {
  id: string;
  violations: Array<{ turn: number; type: string; detail: string }>;
  /** Turns the customer wrote after the handoff: they wait for a person, so the AI never ran on them. */
  waitingForPerson: number[];
  checks: Check[];
  passed: boolean;
};

export type SimulateOptions = {
  /** The clock of the run: fixture dates count back from it and the tools' windows are measured to it. */
  now?: Date;
  /** Defaults to the local engine. Pass one to share it across scenarios. */
  engine?: Engine;
  /** Defaults to ./policies. */
  policySet?: PolicySet;
  /**
   * A database to reuse, emptied before the scenario (lib/db/memory.ts `reset`): what a run of many scenarios
   * passes, since starting a new PGlite costs more than the scenario. Omitted: a new one, closed at the end.
   */
  database?: MemoryDatabase;
};

export async function simulateScenario(scenario: Scenario, options: SimulateOptions = {}): Promise<SimulationResult> {
  const now = options.now ?? new Date();
  const database = options.database ?? (await createMemoryDatabase());
  if (options.database) await database.reset();
  try {
    await seedScenarioStore(database.prisma, scenario, now);
    const raw = await runTurns(database.prisma, scenario.turns, { ...options, now });
    const numbered = numberProposals(settleProposals(raw.proposals, raw.toolCalls, raw.turns), raw.toolCalls);
    const run = { ...raw, proposals: numbered.proposals, toolCalls: numbered.calls };
    const checks = checkExpectations(scenario.expect, run);
    return {
      id: scenario.id,
      replies: run.replies,
      toolCalls: run.toolCalls,
      escalation: run.escalation,
      finalStatus: run.finalStatus,
      waitingForPerson: run.waitingForPerson,
      violations: run.violations,
      injectionTurns: run.injectionTurns,
      proposals: run.proposals,
      turns: run.turns,
      checks,
      passed: checks.every((check) => check.ok),
    };
  } finally {
    if (!options.database) await database.close();
  }
}

type Transcript = Omit<SimulationResult, "id" | "checks" | "passed">;

async function runTurns(
  prisma: PrismaClient,
  turns: string[],
  options: SimulateOptions & { now: Date },
): Promise<Transcript> {
  const driver = createConversationDriver(prisma, {
    ...(options.engine ? { engine: options.engine } : {}),
    ...(options.policySet ? { policySet: options.policySet } : {}),
    now: () => options.now,
  });
  const conversationId = await driver.start();
  const result: Transcript = {
    replies: [],
    toolCalls: [],
    escalation: null,
    violations: [],
    injectionTurns: [],
    waitingForPerson: [],
    finalStatus: "ai",
    proposals: [],
    turns: [],
  };
  for (const [index, text] of turns.entries()) {
    const turn = index + 1;
    if (result.finalStatus !== "ai") {
      result.waitingForPerson.push(turn);
      continue;
    }
    record(result, turn, await driver.say(conversationId, text));
    const conversation = await prisma.conversation.findUniqueOrThrow({
      where: { id: conversationId },
      select: { status: true, handoffReason: true },
    });
    result.finalStatus = conversation.status;
    if (conversation.status !== "ai" && !result.escalation)
      result.escalation = { turn, reason: conversation.handoffReason ?? "unknown" };
  }
  return result;
}

function record(result: Transcript, turn: number, run: TurnRun): void {
  // Everything the customer saw this turn: the AI's reply, then the handoff notice if there was one.
  for (const message of [run.reply, run.handoff?.notice]) {
    if (!message) continue;
    const reply: ObservedReply = {
      turn,
      role: message.role === "ai" ? "ai" : "system",
      text: message.body,
      sources: message.sources.map((s) => s.id),
    };
    result.replies.push(reply);
  }
  const stages = run.stages;
  if (!stages) return;
  // Read defensively (lib/eval/trace-read.ts): older traces lack money, items, confirmation and proposals.
  result.toolCalls.push(...readToolCalls(turn, stages));
  result.proposals.push(...readProposals(turn, stages));
  result.turns.push(readTurn(turn, stages));
  for (const violation of stages.validate.violations)
    result.violations.push({ turn, type: violation.type, detail: violation.detail });
  if (stages.screen.injection.flagged) result.injectionTurns.push(turn);
}

export type ScenarioFigures = {
  n: number;
  passed: number;
  rate: number;
  /** Wall time per scenario, the database reset included. */
  msPerScenario: { mean: number; max: number };
  results: Array<{ id: string; title: string; passed: boolean; failedChecks: Check[] }>;
};

/** `npm run eval`'s scenario figures: every scenario on one reused database, in file order. */
export async function evaluateScenarios(
  scenarios: Scenario[],
  options: Omit<SimulateOptions, "database"> = {},
): Promise<ScenarioFigures> {
  const database = await createMemoryDatabase();
  const results: ScenarioFigures["results"] = [];
  const durations: number[] = [];
  try {
    for (const scenario of scenarios) {
      const started = performance.now();
      const result = await simulateScenario(scenario, { ...options, database });
      durations.push(performance.now() - started);
      results.push({
        id: scenario.id,
        title: scenario.title,
        passed: result.passed,
        failedChecks: result.checks.filter((check) => !check.ok),
      });
    }
  } finally {
    await database.close();
  }
  const passed = results.filter((r) => r.passed).length;
  const total = durations.reduce((sum, ms) => sum + ms, 0);
  return {
    n: results.length,
    passed,
    rate: results.length ? passed / results.length : 0,
    msPerScenario: {
      mean: Math.round(durations.length ? total / durations.length : 0),
      max: Math.round(Math.max(0, ...durations)),
    },
    results,
  };
}

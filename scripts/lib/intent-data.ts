import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  BANKING77_MAPPING,
  CLINC150_EXCLUDED,
  CLINC150_MAPPING,
  CLINC150_OTHER_DOMAINS,
  invert,
} from "@/lib/eval/public-mappings";
import { heldOutForMeasuring, hashText } from "@/lib/eval/public-splits";
import { parseCsv } from "@/lib/eval/public-sets";
import type { Intent } from "@/lib/policy/schema";

/**
 * The public training lines for the local intent model, read from ../shared/eval (see its README): only the
 * splits licensed and set aside for training, mapped to Tandem's intents, each with a weight below the team's
 * lines (1): these sets come from banking, a virtual assistant and a synthetic store, not from Tandem's customers,
 * so they widen the vocabulary without outvoting what the team wrote about a store. Never reads support_dev or
 * tau-bench's dev tasks.
 */
export type WeightedLine = {
  text: string;
  intent: Intent;
  weight: number;
  source: string;
  /** For a line made from another (a team line in a wrapper): that line, so both fall on the same side of a split. */
  base?: string;
};

export type PublicSource = {
  name: string;
  licence: string;
  files: string[];
  lines: number;
  byIntent: Partial<Record<Intent, number>>;
};

/**
 * Weights per source (the team's lines weigh 1). Small on purpose: trained with more weight, these sets pulled the
 * model towards their own styles (bank cards, voice-assistant commands) and lowered the figures on both the team's
 * set and the Bitext store requests; at these weights they add vocabulary and out-of-scope examples without that.
 */
export const SOURCE_WEIGHTS = {
  /** Banking questions: only the labels with a store analogue, and card/bank words that a store never hears. */
  banking77: 0.1,
  /** CLINC's in-scope labels with a store analogue, and its other domains and out-of-scope examples as "other". */
  clinc150: 0.2,
  /** CLINC's other domains and out-of-scope examples as "other": many, and alike in style, so less each. */
  clincOther: 0.05,
  /** Request sentences extracted from tau-bench's synthetic task instructions: few templates, so a small weight. */
  tau: 0.15,
  /** The customer's opening line in ABCD's three sample dialogues. */
  abcd: 0.5,
} as const;

/** Utterances taken from each CLINC intent outside banking and credit cards: a few each, breadth over depth for "other". */
export const CLINC_OTHER_PER_INTENT = 5;

export function readPublicTraining(dir: string): { lines: WeightedLine[]; sources: PublicSource[] } {
  const lines: WeightedLine[] = [];
  const sources: PublicSource[] = [];
  const add = (source: Omit<PublicSource, "lines" | "byIntent">, found: WeightedLine[]) => {
    const byIntent: PublicSource["byIntent"] = {};
    for (const line of found) byIntent[line.intent] = (byIntent[line.intent] ?? 0) + 1;
    lines.push(...found);
    sources.push({ ...source, lines: found.length, byIntent });
  };
  add({ name: "banking77", licence: "CC BY 4.0", files: ["banking77/train.csv"] }, banking77(dir));
  add(
    { name: "clinc150", licence: "CC BY 3.0", files: ["clinc150/train_val.json", "clinc150/domains.json"] },
    clinc150(dir),
  );
  add({ name: "tau_bench_retail", licence: "MIT", files: ["tau_bench_retail/tasks_train.json"] }, tauTrain(dir));
  add({ name: "abcd", licence: "MIT", files: ["abcd/abcd_sample.json"] }, abcd(dir));
  return { lines, sources };
}

function need(file: string): string {
  if (!existsSync(file)) throw new Error(`missing ${file}`);
  return readFileSync(file, "utf8");
}

function banking77(dir: string): WeightedLine[] {
  const byLabel = invert(BANKING77_MAPPING);
  const out: WeightedLine[] = [];
  for (const [text, label] of parseCsv(need(path.join(dir, "banking77", "train.csv"))).slice(1)) {
    if (!text || !label) continue;
    const intent = byLabel.get(label);
    if (!intent || heldOutForMeasuring({ set: "banking77", split: "train", text })) continue;
    out.push({ text, intent, weight: SOURCE_WEIGHTS.banking77, source: `banking77:${label}` });
  }
  return out;
}

function clinc150(dir: string): WeightedLine[] {
  const data = JSON.parse(need(path.join(dir, "clinc150", "train_val.json"))) as Record<
    string,
    Array<[string, string]>
  >;
  const domains = JSON.parse(need(path.join(dir, "clinc150", "domains.json"))) as Record<string, string[]>;
  const byLabel = invert(CLINC150_MAPPING);
  const other = new Set(
    CLINC150_OTHER_DOMAINS.flatMap((d) => domains[d] ?? []).filter(
      (label) => !CLINC150_EXCLUDED.has(label) && !byLabel.has(label),
    ),
  );
  const out: WeightedLine[] = [];
  const taken = new Map<string, number>();
  for (const split of ["train", "oos_train", "oos_val"]) {
    // A fixed order by hash, so "the first 40" of an intent is a spread of its phrasings rather than upstream's order.
    const rows = [...(data[split] ?? [])].sort(([a], [b]) => hashText(a) - hashText(b) || (a < b ? -1 : 1));
    for (const [text, label] of rows) {
      if (heldOutForMeasuring({ set: "clinc150", split, text })) continue;
      const mapped = byLabel.get(label);
      if (mapped) out.push({ text, intent: mapped, weight: SOURCE_WEIGHTS.clinc150, source: `clinc150:${label}` });
      else if (label === "oos")
        out.push({ text, intent: "other", weight: SOURCE_WEIGHTS.clincOther, source: "clinc150:oos" });
      else if (other.has(label)) {
        const n = taken.get(label) ?? 0;
        if (n < CLINC_OTHER_PER_INTENT)
          out.push({ text, intent: "other", weight: SOURCE_WEIGHTS.clincOther, source: `clinc150:${label}` });
        taken.set(label, n + 1);
      }
    }
  }
  return out;
}

type TauTask = { instruction: string; actions: Array<{ name: string }> };

/**
 * tau-bench's instructions are persona texts ("Your name is … You are busy, direct. Return #W… via …: Kettle;").
 * Only the request clauses are kept, rewritten as a customer would type them: order ids as "#1234567", payment
 * method ids as plain words, option dictionaries and addresses dropped. Duplicates after that are dropped.
 */
const TAU_CLAUSES: Array<{ pattern: RegExp; intent: Intent; write: (m: RegExpMatchArray) => string }> = [
  {
    pattern: /Cancel order #W(\d+) because ([^.]+)\./g,
    intent: "cancel_order",
    write: (m) => `cancel order #${m[1]} because ${m[2]}`,
  },
  {
    pattern: /Return #W(\d+) via ([a-z_]+?)_\d+: ([^#]+?)(?=(?: For | Cancel | Return |$))/g,
    intent: "returns",
    write: (m) => `return ${items(m[3]!)} from #${m[1]}, refund to my ${method(m[2]!)}`,
  },
  {
    pattern: /For #W(\d+), exchange ([^{]+?) \{/g,
    intent: "returns",
    write: (m) => `exchange the ${m[2]!.trim()} from #${m[1]} for a different option`,
  },
  {
    pattern: /For #W(\d+), modify ([^{]+?) \{/g,
    intent: "order_change",
    write: (m) => `change the ${m[2]!.trim()} in order #${m[1]} to a different option`,
  },
  {
    pattern: /For #W(\d+), change address to \{[^}]*'address1': '([^']+)'[^}]*'city': '([^']+)'/g,
    intent: "order_change",
    write: (m) => `change the shipping address of #${m[1]} to ${m[2]}, ${m[3]}`,
  },
  {
    pattern: /For #W(\d+), change payment to ([a-z_]+?)_\d+/g,
    intent: "order_change",
    write: (m) => `pay for #${m[1]} with my ${method(m[2]!)} instead`,
  },
];

function items(list: string): string {
  const names = list
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean);
  return names.length <= 1
    ? `the ${names[0] ?? "item"}`
    : `the ${names.slice(0, -1).join(", the ")} and the ${names.at(-1)}`;
}

function method(id: string): string {
  return id.replaceAll("_", " ");
}

function tauTrain(dir: string): WeightedLine[] {
  const tasks = JSON.parse(need(path.join(dir, "tau_bench_retail", "tasks_train.json"))) as TauTask[];
  const out: WeightedLine[] = [];
  const seen = new Set<string>();
  for (const task of tasks) {
    for (const { pattern, intent, write } of TAU_CLAUSES) {
      for (const match of task.instruction.matchAll(pattern)) {
        const text = write(match);
        const key = text.replace(/#\d+/g, "#").toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ text, intent, weight: SOURCE_WEIGHTS.tau, source: `tau:${intent}` });
      }
    }
  }
  return out;
}

/** ABCD flows and subflows (ontology.json) to Tandem's intents, for the sample dialogues' opening customer lines. */
function abcdIntent(flow: string, subflow: string): Intent | null {
  if (flow === "product_defect") return subflow.startsWith("refund") ? "refund" : "returns";
  if (flow === "account_access") return "account";
  if (flow === "manage_account") return "account";
  if (flow === "shipping_issue") return "order_status";
  if (flow === "subscription_inquiry" || flow === "purchase_dispute") return "billing";
  if (flow === "troubleshoot_site") return "technical";
  if (flow === "single_item_query") return "product";
  if (flow === "order_issue")
    return subflow === "manage_cancel"
      ? "cancel_order"
      : subflow.startsWith("status_delivery")
        ? "order_status"
        : "order_change";
  return null;
}

type AbcdDialogue = { scenario: { flow: string; subflow: string }; original: Array<[string, string]> };

function abcd(dir: string): WeightedLine[] {
  const dialogues = JSON.parse(need(path.join(dir, "abcd", "abcd_sample.json"))) as AbcdDialogue[];
  const out: WeightedLine[] = [];
  for (const { scenario, original } of dialogues) {
    const intent = abcdIntent(scenario.flow, scenario.subflow);
    // The first customer line that says something (not a greeting alone).
    const opening = original.find(([role, text]) => role === "customer" && text.split(/\s+/).length >= 5);
    if (intent && opening)
      out.push({
        text: opening[1],
        intent,
        weight: SOURCE_WEIGHTS.abcd,
        source: `abcd:${scenario.flow}/${scenario.subflow}`,
      });
  }
  return out;
}

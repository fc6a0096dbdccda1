import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Intent } from "@/lib/policy/schema";
import {
  BANKING77_MAPPING,
  CLINC150_EXCLUDED,
  CLINC150_MAPPING,
  CLINC150_OTHER_DOMAINS,
  CLINC150_OTHER_PER_INTENT,
  invert,
  PRESIDIO_TYPES,
} from "./public-mappings";
import type { Span } from "./metrics";
import { heldOutForMeasuring } from "./public-splits";

/**
 * Readers for the public evaluation data in ../shared/eval (see its README). The files are read where they are,
 * at run time, and never copied into the repository. Each reader returns null when its folder is missing, so the
 * report can say exactly what was not measured. The local intent model trains on part of banking77 and CLINC150
 * (scripts/train-intent.ts), so their intent figures are scored only on the rows lib/eval/public-splits.ts keeps
 * for measuring; every row still counts for injection false positives.
 */
export type IntentCase = { id: string; text: string; intent: Intent; source: string };
export type IntentSet = {
  name: string;
  /** Mapped utterances: scored for intent. */
  cases: IntentCase[];
  /** Every utterance of the set, mapped or not: all benign, so they measure injection false positives. */
  benign: Array<{ id: string; text: string }>;
  unmappedLabels: number;
};

export function readBanking77(dir: string): IntentSet | null {
  const file = path.join(dir, "banking77", "train.csv");
  if (!existsSync(file)) return null;
  const byLabel = invert(BANKING77_MAPPING);
  const rows = parseCsv(readFileSync(file, "utf8")).slice(1);
  const cases: IntentCase[] = [];
  const benign: IntentSet["benign"] = [];
  const unmapped = new Set<string>();
  rows.forEach(([text, label], i) => {
    if (!text || !label) return;
    const id = `banking77-${i + 1}`;
    benign.push({ id, text });
    const intent = byLabel.get(label);
    if (!intent) unmapped.add(label);
    else if (heldOutForMeasuring({ set: "banking77", split: "train", text }))
      cases.push({ id, text, intent, source: label });
  });
  return { name: "banking77 (held-out fifth)", cases, benign, unmappedLabels: unmapped.size };
}

export function readClinc150(dir: string): IntentSet | null {
  const file = path.join(dir, "clinc150", "train_val.json");
  const domainsFile = path.join(dir, "clinc150", "domains.json");
  if (!existsSync(file) || !existsSync(domainsFile)) return null;
  const data = JSON.parse(readFileSync(file, "utf8")) as Record<string, Array<[string, string]>>;
  const domains = JSON.parse(readFileSync(domainsFile, "utf8")) as Record<string, string[]>;
  const byLabel = invert(CLINC150_MAPPING);
  const otherIntents = new Set(
    CLINC150_OTHER_DOMAINS.flatMap((d) => domains[d] ?? []).filter(
      (label) => !CLINC150_EXCLUDED.has(label) && !byLabel.has(label),
    ),
  );
  const cases: IntentCase[] = [];
  const benign: IntentSet["benign"] = [];
  const takenPerOther = new Map<string, number>();
  const seenLabels = new Set<string>();
  for (const split of ["train", "val", "oos_train", "oos_val"]) {
    (data[split] ?? []).forEach(([text, label], i) => {
      const id = `clinc150-${split}-${i + 1}`;
      benign.push({ id, text });
      seenLabels.add(label);
      if (!heldOutForMeasuring({ set: "clinc150", split, text })) return;
      const intent = byLabel.get(label);
      if (intent) cases.push({ id, text, intent, source: label });
      else if (label === "oos") cases.push({ id, text, intent: "other", source: "oos" });
      else if (otherIntents.has(label)) {
        const taken = takenPerOther.get(label) ?? 0;
        if (taken < CLINC150_OTHER_PER_INTENT) cases.push({ id, text, intent: "other", source: label });
        takenPerOther.set(label, taken + 1);
      }
    });
  }
  const unmappedLabels = [...seenLabels].filter((l) => !byLabel.has(l) && !otherIntents.has(l) && l !== "oos").length;
  return { name: "clinc150 (val split and held-out out-of-scope fifth)", cases, benign, unmappedLabels };
}

/** Bitext e-commerce requests (support_dev): the Tandem intent they map to and the others that are acceptable. */
export type BitextCase = { id: string; text: string; intent: Intent; acceptable: Intent[]; source: string };

export function readBitext(dir: string): BitextCase[] | null {
  const file = path.join(dir, "support_dev", "bitext_dev.jsonl");
  if (!existsSync(file)) return null;
  return readJsonLines<{ id: string; text: string; bitext_intent: string; intent: Intent; also_acceptable?: Intent[] }>(
    file,
  ).map((r) => ({
    id: r.id,
    text: r.text,
    intent: r.intent,
    acceptable: r.also_acceptable ?? [],
    source: r.bitext_intent,
  }));
}

/** Customer tweets to airlines (support_dev), labelled negative / neutral / positive. */
export type TweetCase = { id: string; text: string; sentiment: "negative" | "neutral" | "positive" };

export function readAirlineTweets(dir: string): TweetCase[] | null {
  const file = path.join(dir, "support_dev", "airline_tweets_dev.jsonl");
  if (!existsSync(file)) return null;
  return readJsonLines<TweetCase>(file).map(({ id, text, sentiment }) => ({ id, text, sentiment }));
}

/** In-the-wild jailbreaks (attack: true) and benign prompts that look like attacks (support_dev). */
export type InjectionCase = { id: string; text: string; attack: boolean };

export function readInjectionDev(dir: string): InjectionCase[] | null {
  const file = path.join(dir, "support_dev", "injection_dev.jsonl");
  if (!existsSync(file)) return null;
  return readJsonLines<InjectionCase>(file).map(({ id, text, attack }) => ({ id, text, attack: attack === true }));
}

export type AttackSet = {
  attacks: Array<{ id: string; text: string; family: string }>;
  benign: Array<{ id: string; text: string }>;
};

export function readAttacks(dir: string): AttackSet | null {
  const root = path.join(dir, "attacks_dev");
  if (!existsSync(root)) return null;
  const attacks: AttackSet["attacks"] = [];
  const danDir = path.join(root, "dan");
  if (existsSync(danDir)) {
    for (const file of readdirSync(danDir)
      .filter((f) => f.endsWith(".json"))
      .sort()) {
      const templates = JSON.parse(readFileSync(path.join(danDir, file), "utf8")) as string[];
      // The templates address the model by a placeholder; a customer would use the assistant's name.
      templates.forEach((text, i) =>
        attacks.push({ id: `dan/${file}#${i}`, text: text.replaceAll("{generator.name}", "Tandem"), family: "dan" }),
      );
    }
  }
  const extraction = readJson<Record<string, string[]>>(path.join(root, "sysprompt_extraction_attacks.json")) ?? {};
  for (const [category, texts] of Object.entries(extraction)) {
    texts.forEach((text, i) =>
      attacks.push({ id: `sysprompt/${category}#${i}`, text, family: "sysprompt_extraction" }),
    );
  }
  (readJson<string[]>(path.join(root, "tap_jailbreaks.json")) ?? []).forEach((text, i) =>
    attacks.push({ id: `tap#${i}`, text, family: "tap" }),
  );
  const normal = readJson<{ payloads?: string[] }>(path.join(root, "payload_normal_instructions_benign.json"));
  const benign = (normal?.payloads ?? []).map((text, i) => ({ id: `benign#${i}`, text }));
  return { attacks, benign };
}

export type PiiSet = {
  /** Texts with every span of one entity type given: span-exact recall for that type. */
  spanCases: Array<{ id: string; text: string; type: string; spans: Span[] }>;
  /** Texts that must not yield a span of the type (e.g. Luhn-invalid numbers). */
  negatives: Array<{ id: string; text: string; type: string }>;
  /** Sentences with a type but no spans: scored as "a span of that type was found". */
  sentences: Array<{ id: string; text: string; type: string }>;
  /** Presidio types Tandem does not detect, with how many cases each has. */
  notCovered: Record<string, number>;
};

export function readPii(dir: string): PiiSet | null {
  const root = path.join(dir, "pii");
  if (!existsSync(root)) return null;
  const set: PiiSet = { spanCases: [], negatives: [], sentences: [], notCovered: {} };
  const uncovered = (type: string) => (set.notCovered[type] = (set.notCovered[type] ?? 0) + 1);
  type Vector = { text: string; entity_type: string; should_detect: boolean; spans: Array<[number, number, string]> };
  const vectors = readJsonLines<Vector>(path.join(root, "recognizer_test_vectors.jsonl"));
  vectors.forEach((v, i) => {
    const type = PRESIDIO_TYPES[v.entity_type];
    if (!type) return uncovered(v.entity_type);
    const id = `vector#${i + 1}`;
    if (v.should_detect)
      set.spanCases.push({ id, text: v.text, type, spans: v.spans.map(([start, end]) => ({ type, start, end })) });
    // Upstream negatives are per recognizer: an Israeli number is "not a US phone" but is a phone to Tandem.
    else if (!vectors.some((o) => o.should_detect && o.text === v.text && PRESIDIO_TYPES[o.entity_type] === type)) {
      set.negatives.push({ id, text: v.text, type });
    }
  });
  readJsonLines<{ text: string; entity_type: string }>(path.join(root, "context_sentences.jsonl")).forEach((s, i) => {
    const type = PRESIDIO_TYPES[s.entity_type];
    if (type) set.sentences.push({ id: `sentence#${i + 1}`, text: s.text, type });
    else uncovered(s.entity_type);
  });
  return set;
}

function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : null;
}

function readJsonLines<T>(file: string): T[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

/** RFC 4180 CSV: quoted fields may hold commas, newlines and doubled quotes. */
export function parseCsv(source: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (quoted) {
      if (char !== '"') field += char;
      else if (source[i + 1] === '"') field += source[++i];
      else quoted = false;
    } else if (char === '"') {
      quoted = true;
    } else if (char === ",") {
      endField();
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && source[i + 1] === "\n") i++;
      endRow();
    } else {
      field += char;
    }
  }
  if (field || row.length) endRow();
  return rows;
}

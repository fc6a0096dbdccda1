/**
 * Deterministic randomness for the demo data. Every entity draws from its own stream, keyed by the seed, a kind and
 * an index, so that customer 17 is the same customer whether the store has 40 customers or 4,000.
 */
import { createHash } from "node:crypto";

export type Random = {
  /** Uniform in [0, 1). */
  next(): number;
  int(min: number, maxInclusive: number): number;
  between(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight: `[["card", 78], ["paypal", 15]]`. */
  weighted<T>(choices: ReadonlyArray<readonly [T, number]>): T;
  digits(count: number): string;
};

/** mulberry32: tiny, fast and good enough for fake data; seeded from a string hash of the stream's key. */
export function randomStream(seed: number, ...key: Array<string | number>): Random {
  let state = hash32([seed, ...key].join(":"));
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random: Random = {
    next,
    int: (min, maxInclusive) => min + Math.floor(next() * (maxInclusive - min + 1)),
    between: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[Math.floor(next() * items.length)]!;
    },
    weighted: (choices) => {
      let roll = next() * choices.reduce((sum, [, weight]) => sum + weight, 0);
      for (const [value, weight] of choices) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return choices.at(-1)![0];
    },
    digits: (count) => Array.from({ length: count }, () => Math.floor(next() * 10)).join(""),
  };
  return random;
}

function hash32(text: string): number {
  return createHash("sha256").update(text).digest().readUInt32LE(0);
}

/**
 * A UUID derived from a name (the shape of a version 5 UUID), so that re-running the seed produces the same primary
 * keys and `skipDuplicates` recognises rows it wrote before.
 */
export function stableId(...name: Array<string | number>): string {
  const bytes = createHash("sha256")
    .update(`tandem-seed:${name.join(":")}`)
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

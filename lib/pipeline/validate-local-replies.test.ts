import path from "node:path";
import { describe, expect, it } from "vitest";
import { composeDeliveryAnswer } from "@/lib/engines/local/delivery-answer";
import { composeProductAnswer } from "@/lib/engines/local/product-answer";
import { boot, dome, NOW, shipped } from "@/lib/engines/local/reply-fixtures";
import { loadPolicySet } from "@/lib/policy/load";
import { askedDate } from "@/lib/text/dates";
import { validateReply } from "./validate";

/** The local engine's answers from tool results state only the tools' own facts: the reply guardrail passes them. */
const { policy } = loadPolicySet(path.resolve(import.meta.dirname, "../../policies"));

const grounded = (text: string, toolResults: unknown[]) =>
  validateReply(text, { policy, knowledge: [], toolResults, customerIdentifiers: ["NW-100321"] });

describe("the reply guardrail on the local engine's tool answers", () => {
  it("passes a delivery answer: every date it states is the tool's own", () => {
    const text = composeDeliveryAnswer(shipped, askedDate("When will it arrive? I need it Saturday", NOW));
    expect(grounded(text, [{ order: shipped }]).ok).toBe(true);
  });

  it("passes a product answer with one price and one with options", () => {
    expect(grounded(composeProductAnswer(dome), [dome]).ok).toBe(true);
    expect(grounded(composeProductAnswer(boot), [boot]).ok).toBe(true);
  });
});

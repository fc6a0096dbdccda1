import { describe, expect, it } from "vitest";
import { conversationTone } from "./conversation-tone";

describe("conversationTone", () => {
  it("reads the latest analysed message and skips one not analysed yet", () => {
    expect(conversationTone(["neutral", "frustrated", null])).toMatchObject({ sentiment: "frustrated", analysed: 2 });
    expect(conversationTone([])).toMatchObject({ sentiment: "neutral", trend: "steady", analysed: 0 });
    expect(conversationTone([null, "bogus"])).toMatchObject({ sentiment: "neutral", analysed: 0 });
  });

  it.each([
    [["neutral", "frustrated"], "worsening"],
    [["frustrated", "neutral"], "improving"],
    [["neutral", "neutral", "frustrated"], "worsening"],
    // From four messages on, two against two: one bad message in a calm conversation is not a trend...
    [["neutral", "neutral", "positive", "frustrated"], "steady"],
    // ...two are.
    [["neutral", "neutral", "frustrated", "frustrated"], "worsening"],
    [["frustrated", "frustrated", "neutral", "positive"], "improving"],
    [["positive"], "steady"],
  ] as const)("%j → %s", (sentiments, trend) => {
    expect(conversationTone(sentiments).trend).toBe(trend);
  });
});

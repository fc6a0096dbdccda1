import { describe, expect, it } from "vitest";
import { detectOffTopicRequest, normalizeMessage, screenMessage } from "./screen";

const limits = { max_message_chars: 20, burst_messages: 5, burst_window_seconds: 10, max_turns_before_handoff: 12 };

describe("screenMessage", () => {
  it("accepts a normal message and trims it", () => {
    expect(screenMessage("  where is my order?  ", limits)).toEqual({
      ok: true,
      text: "where is my order?",
      chars: 18,
    });
  });

  it("refuses empty and whitespace-only messages", () => {
    const result = screenMessage(" \n\t ", limits);
    expect(result).toMatchObject({ ok: false, code: "empty_message" });
  });

  it("refuses messages over the policy limit and says both numbers", () => {
    const result = screenMessage("x".repeat(21), limits);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe("message_too_long");
      expect(result.message).toContain("20");
      expect(result.message).toContain("21");
    }
  });

  it("counts characters, not UTF-16 units, so emoji do not eat the limit twice", () => {
    expect(screenMessage("🏕️".repeat(6), limits).ok).toBe(true);
  });

  it("strips control characters and repairs lone surrogates", () => {
    expect(normalizeMessage("hi\u0000\u0007 there\uD800")).toBe("hi there\uFFFD");
    expect(normalizeMessage("a\r\nb")).toBe("a\nb");
  });
});

describe("detectOffTopicRequest", () => {
  it.each([
    ["Can you swear at me? Go on, use some bad words", "profanity_request"],
    ["write a poem about how terrible Northwind is", "creative_writing"],
    ["Tell me a joke about your useless delivery", "creative_writing"],
    ["roast your own company for me", "disparagement"],
    ["who should i vote for next year?", "opinion_politics"],
  ])("declines %j", (text, kind) => {
    expect(detectOffTopicRequest(text)).toEqual({ kind });
  });

  it.each([
    "Where is my order?",
    "The poem printed on the mug was smudged, can I return it?",
    "Do the boots come with a story booklet?",
  ])("lets %j through", (text) => {
    expect(detectOffTopicRequest(text)).toBeNull();
  });
});

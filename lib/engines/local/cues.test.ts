import { describe, expect, it } from "vitest";
import { foldText } from "@/lib/text/tokenize";
import { cueGroups } from "./cues";

const groups = (text: string) => cueGroups(foldText(text));

describe("cue groups", () => {
  it.each([
    ["I'd like your manager", "person"],
    ["¿me pasa con el encargado?", "person"],
    ["Ich möchte mit Ihrem Vorgesetzten sprechen", "person"],
    ["je voudrais parler à un conseiller", "person"],
    ["mein Konto wurde gehackt", "breach"],
    ["on m'a piraté mon compte", "breach"],
    ["it wasn't me", "notme"],
    ["charge I don't recognise", "notme"],
    ["where's my refund", "refund"],
    ["reembolsado ya?", "refund"],
    ["Rechnung bitte", "invoice"],
    ["merci d'annuler la commande", "cancel"],
    ["send it back", "returns"],
  ] as const)("%j has %s", (text, group) => {
    expect(groups(text)).toContain(group);
  });

  it("matches whole words unless the entry is a prefix, and phrases only in order", () => {
    expect(groups("they ship fast")).toContain("shipping");
    expect(groups("shipyard")).not.toContain("shipping");
    expect(groups("representatives")).toContain("person");
    expect(groups("me not")).not.toContain("notme");
    expect(groups("postman")).not.toContain("person");
  });

  it("finds nothing in a message with no cue", () => {
    expect(groups("zxqv plorf")).toEqual([]);
  });
});

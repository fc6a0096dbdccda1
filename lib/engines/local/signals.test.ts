import { describe, expect, it } from "vitest";
import { detectLanguage } from "./language";
import { analyzeSentiment } from "./sentiment";
import { assessUrgency } from "./urgency";

describe("sentiment", () => {
  it.each([
    ["where is my order", "neutral"],
    ["thanks so much, great help", "positive"],
    ["I'm not happy with this", "frustrated"],
    ["This is the worst service ever", "frustrated"],
    ["not bad at all", "positive"],
    ["no problem, thanks", "positive"],
    ["The jacket is nice but the zipper broke and I'm really disappointed", "frustrated"],
    ["Great, just great. Third time it's late.", "frustrated"],
    ["ça m'énerve, service nul", "frustrated"],
    ["vielen Dank, toller Service", "positive"],
    ["😡😡", "frustrated"],
  ] as const)("%j → %s", (text, expected) => {
    expect(analyzeSentiment(text).sentiment).toBe(expected);
  });

  it("flips with negation", () => {
    expect(analyzeSentiment("I am happy").score).toBeGreaterThan(0);
    expect(analyzeSentiment("I am not happy").score).toBeLessThan(0);
    expect(analyzeSentiment("I don't hate it").score).toBeGreaterThan(analyzeSentiment("I hate it").score);
  });

  it("grows with intensifiers, shouting and exclamation marks", () => {
    const plain = analyzeSentiment("this is bad").score;
    const intense = analyzeSentiment("this is really bad").score;
    const shouted = analyzeSentiment("this is BAD").score;
    const exclaimed = analyzeSentiment("this is bad!!!").score;
    expect(intense).toBeLessThan(plain);
    expect(shouted).toBeLessThan(plain);
    expect(exclaimed).toBeLessThan(plain);
  });

  it("stays within -1..1", () => {
    const { score } = analyzeSentiment("WORST!!! TERRIBLE!!! USELESS!!! HORRIBLE SCAM!!!");
    expect(score).toBeGreaterThanOrEqual(-1);
    expect(score).toBeLessThan(-0.9);
  });
});

describe("language", () => {
  it.each([
    ["Where is my order?", "en"],
    ["¿Dónde está mi pedido?", "es"],
    ["où est ma commande", "fr"],
    ["Wo ist meine Bestellung?", "de"],
    ["dov'è il mio ordine", "other"],
    ["Где мой заказ?", "other"],
    ["NW-100042", "en"],
  ])("%j → %s", (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it("lets a message without evidence inherit the customer's earlier language", () => {
    expect(detectLanguage("NW-100042", [{ role: "customer", text: "Hola, ¿dónde está mi pedido?" }])).toBe("es");
    expect(detectLanguage("NW-100042", [{ role: "ai", text: "Bonjour, votre commande ?" }])).toBe("en");
  });
});

describe("urgency", () => {
  it("is critical for security and safety, high for deadlines and cancellations, low for thanks", () => {
    expect(assessUrgency("someone hacked my account", "security", -0.3)).toBe("critical");
    expect(assessUrgency("the stove caught fire", "product", -0.5)).toBe("critical");
    expect(assessUrgency("I need it by tomorrow, my trip starts", "order_status", 0)).toBe("high");
    expect(assessUrgency("cancel my order", "cancel_order", 0)).toBe("high");
    expect(assessUrgency("worst company ever", "complaint", -0.8)).toBe("high");
    expect(assessUrgency("thanks!", "feedback", 0.6)).toBe("low");
    expect(assessUrgency("where is my order", "order_status", 0)).toBe("normal");
  });
});

import { describe, expect, it } from "vitest";
import {
  addressDifference,
  ambiguousValues,
  buildTauCases,
  checkTauCase,
  type ExpectedAction,
  formatTau,
  itemPhrase,
  itemsKey,
  optionPhrase,
  sampleCases,
  summarizeTau,
  type TauData,
  type TauObserved,
  type TauObservedCall,
  type TauOrder,
  type TauResult,
  tandemOrderNumber,
} from "./tau";
import { parseScenario } from "./scenarios";
import { numberProposals, readProposals, readToolCalls, readTurn, settleProposals } from "./trace-read";

/**
 * The tau-bench-style check's conversion and checks on small hand-written tau objects (never the real files,
 * which `npm run eval -- --tau DIR` reads in place).
 */
const address = { address1: "1 Oak Street", address2: "Apt 2", city: "Austin", country: "USA", state: "TX", zip: "78701" };
const shirt = (id: string, color: string, size: string, price: number) => ({ name: "T-Shirt", product_id: "P-SHIRT", item_id: id, price, options: { color, size } });
const boots = { name: "Hiking Boots", product_id: "P-BOOT", item_id: "B10", price: 200.5, options: { size: "10", waterproof: "yes" } };

const orders: Record<string, TauOrder> = {
  "#W1000001": {
    order_id: "#W1000001",
    user_id: "ana_1",
    address,
    items: [shirt("S-BLUE-M", "blue", "M", 50), shirt("S-RED-L", "red", "L", 52.25), shirt("S-RED-L", "red", "L", 52.25), boots],
    status: "delivered",
    payment_history: [{ transaction_type: "payment", amount: 355, payment_method_id: "credit_card_1" }],
  },
  "#W1000002": {
    order_id: "#W1000002",
    user_id: "ana_1",
    address,
    items: [boots],
    status: "pending",
    payment_history: [{ transaction_type: "payment", amount: 200.5, payment_method_id: "paypal_1" }],
  },
  "#W1000003": {
    order_id: "#W1000003",
    user_id: "ana_1",
    address,
    items: [boots],
    status: "processed",
    payment_history: [{ transaction_type: "payment", amount: 200.5, payment_method_id: "gift_card_1" }],
  },
};

const data: TauData = {
  users: {
    ana_1: {
      name: { first_name: "Ana", last_name: "Silva" },
      address,
      email: "ana.silva1@example.com",
      payment_methods: {
        credit_card_1: { source: "credit_card", id: "credit_card_1", brand: "visa", last_four: "4242" },
        paypal_1: { source: "paypal", id: "paypal_1" },
        gift_card_1: { source: "gift_card", id: "gift_card_1", balance: 10 },
      },
      orders: ["#W1000001", "#W1000002", "#W1000003"],
    },
  },
  orders,
  products: {
    "P-SHIRT": {
      name: "T-Shirt",
      product_id: "P-SHIRT",
      variants: {
        "S-BLUE-M": { item_id: "S-BLUE-M", options: { color: "blue", size: "M" }, available: true, price: 50 },
        "S-RED-L": { item_id: "S-RED-L", options: { color: "red", size: "L" }, available: true, price: 52.25 },
        "S-BLUE-L": { item_id: "S-BLUE-L", options: { color: "blue", size: "L" }, available: true, price: 55 },
      },
    },
    "P-BOOT": {
      name: "Hiking Boots",
      product_id: "P-BOOT",
      variants: {
        B10: { item_id: "B10", options: { size: "10", waterproof: "yes" }, available: true, price: 200.5 },
        B11: { item_id: "B11", options: { size: "11", waterproof: "yes" }, available: true, price: 190 },
      },
    },
  },
  tasks: {
    dev: [
      {
        user_id: "ana_1",
        actions: [
          { name: "find_user_id_by_email", kwargs: { email: "ana.silva1@example.com" } },
          { name: "return_delivered_order_items", kwargs: { order_id: "#W1000001", item_ids: ["S-BLUE-M", "B10"], payment_method_id: "credit_card_1" } },
          { name: "modify_pending_order_payment", kwargs: { order_id: "#W1000002", payment_method_id: "credit_card_1" } },
        ],
      },
      { user_id: "ana_1", actions: [{ name: "cancel_pending_order", kwargs: { order_id: "#W1000002", reason: "ordered by mistake" } }] },
    ],
    train: [
      {
        user_id: "ana_1",
        actions: [
          { name: "exchange_delivered_order_items", kwargs: { order_id: "#W1000001", item_ids: ["S-RED-L"], new_item_ids: ["S-BLUE-L"], payment_method_id: "credit_card_1" } },
          { name: "modify_pending_order_items", kwargs: { order_id: "#W1000002", item_ids: ["B10"], new_item_ids: ["B11"], payment_method_id: "paypal_1" } },
          { name: "modify_pending_order_items", kwargs: { order_id: "#W1000002", item_ids: ["B10"], new_item_ids: ["B10"], payment_method_id: "paypal_1" } },
          {
            name: "modify_pending_order_address",
            kwargs: { order_id: "#W1000002", address1: "592 Elm Avenue", address2: "Suite 978", city: "Houston", state: "TX", zip: "77242", country: "USA" },
          },
        ],
      },
    ],
  },
};

const built = buildTauCases(data);
const byId = (id: string) => {
  const found = built.cases.find((c) => c.id === id);
  if (!found) throw new Error(`no case ${id}`);
  return found;
};

describe("tau-bench retail → Tandem scenarios", () => {
  it("counts tau's write actions, the ones with a Tandem tool, and the ones that became conversations", () => {
    expect(built.coverage.writeActions).toBe(7);
    expect(built.coverage.covered).toBe(6);
    expect(built.coverage.byAction.modify_pending_order_payment).toEqual({ n: 1, tool: null, converted: 0 });
    expect(built.coverage.byAction.modify_pending_order_items).toEqual({ n: 2, tool: "modify_order_items", converted: 1 });
    expect(built.coverage.skipped).toEqual([{ split: "train", taskIndex: 0, action: "modify_pending_order_items", reason: "no-op: every new item is the old one" }]);
    // every converted action: one gold conversation and one wrong-state variant
    expect(built.cases.map((c) => c.id)).toEqual([
      "tau-dev-0-1",
      "tau-dev-0-1-wrong-state",
      "tau-dev-1-0",
      "tau-dev-1-0-wrong-state",
      "tau-train-0-0",
      "tau-train-0-0-wrong-state",
      "tau-train-0-1",
      "tau-train-0-1-wrong-state",
      "tau-train-0-3",
      "tau-train-0-3-wrong-state",
    ]);
  });

  it("writes scenarios that scenarioSchema accepts, gold and wrong-state alike", () => {
    for (const c of built.cases) expect(parseScenario(c.scenario), c.id).toMatchObject({ ok: true });
  });

  it("maps tau's order id to a number a customer types, deterministic and unique", () => {
    expect(tandemOrderNumber("#W5442520")).toBe("NW-5442520");
    expect(tandemOrderNumber("#W0000001")).toBe("NW-0000001");
  });

  it("builds the customer and the order: repeated item ids become a quantity, prices in cents, the payment, the address", () => {
    const { scenario } = byId("tau-dev-0-1");
    expect(scenario.customer).toEqual({
      name: "Ana Silva",
      email: "ana.silva1@example.com",
      tier: "standard",
      address: { name: "Ana Silva", line1: "1 Oak Street", line2: "Apt 2", city: "Austin", region: "TX", postalCode: "78701", country: "US" },
    });
    const [order] = scenario.orders;
    expect(order).toMatchObject({ number: "NW-1000001", status: "delivered", deliveredDaysAgo: 5, shippingCents: 0, payment: { method: "card", cardLast4: "4242" } });
    expect(order!.items).toEqual([
      { sku: "S-BLUE-M", name: "T-Shirt", quantity: 1, unitPriceCents: 5000, options: { color: "blue", size: "M" }, family: "P-SHIRT" },
      { sku: "S-RED-L", name: "T-Shirt", quantity: 2, unitPriceCents: 5225, options: { color: "red", size: "L" }, family: "P-SHIRT" },
      { sku: "B10", name: "Hiking Boots", quantity: 1, unitPriceCents: 20050, options: { size: "10", waterproof: "yes" }, family: "P-BOOT" },
    ]);
    expect(byId("tau-dev-1-0").scenario.orders[0]).toMatchObject({ status: "pending", payment: { method: "paypal", cardLast4: null } });
  });

  it("asks in plain words with the email and the order number, names options only to tell same-named items apart, then says yes", () => {
    const { scenario, expected } = byId("tau-dev-0-1");
    expect(scenario.turns).toHaveLength(2);
    expect(scenario.turns[0]).toContain("ana.silva1@example.com");
    expect(scenario.turns[0]).toContain("NW-1000001");
    expect(scenario.turns[0]).toContain("the blue M T-Shirt and the Hiking Boots");
    expect(scenario.turns[1]).toMatch(/^Yes/);
    expect(expected).toEqual({
      tool: "return_items",
      orderNumber: "NW-1000001",
      items: [
        { sku: "S-BLUE-M", quantity: 1 },
        { sku: "B10", quantity: 1 },
      ],
      money: { direction: "to_customer", amountCents: 25050 },
    });
    expect(byId("tau-dev-1-0").scenario.turns[0]).toMatch(/cancel (my )?order NW-1000002.*by mistake|by mistake.*NW-1000002/);
  });

  it("words options as a person would", () => {
    expect(optionPhrase("color", "blue")).toBe("blue");
    expect(optionPhrase("size", "10")).toBe("size 10");
    expect(optionPhrase("waterproof", "yes")).toBe("waterproof yes");
    expect(itemPhrase(orders["#W1000001"]!, boots)).toBe("Hiking Boots");
    // a value two options of the product can take is said with its option's name
    const sunglasses = { name: "Sunglasses", product_id: "P-SUN", variants: { A: { item_id: "A", options: { "frame color": "brown", "lens color": "brown" }, available: true, price: 1 }, B: { item_id: "B", options: { "frame color": "black", "lens color": "green" }, available: true, price: 1 } } };
    const ambiguous = ambiguousValues(sunglasses);
    expect([...ambiguous]).toEqual(["brown"]);
    expect(optionPhrase("frame color", "brown", ambiguous)).toBe("frame color brown");
    expect(optionPhrase("frame color", "black", ambiguous)).toBe("black");
  });

  it("exchanges and modifications: old options in full, the new ones that differ, the price difference, the family's catalog", () => {
    const exchange = byId("tau-train-0-0");
    // the order has two of these shirts and one is exchanged: "one of", with the options that say which
    expect(exchange.scenario.turns[0]).toContain("one of the T-Shirts (red, L) for the blue one");
    expect(exchange.expected).toMatchObject({ tool: "exchange_items", items: [{ sku: "S-RED-L", quantity: 1, newSku: "S-BLUE-L" }], money: { direction: "from_customer", amountCents: 275 } });
    expect(exchange.scenario.products?.map((p) => p.sku).sort()).toEqual(["S-BLUE-L", "S-BLUE-M", "S-RED-L"]);
    const modify = byId("tau-train-0-1");
    expect(modify.scenario.turns[0]).toContain("Hiking Boots (size 10, waterproof yes)");
    expect(modify.scenario.turns[0]).toContain("size 11 one");
    expect(modify.expected).toMatchObject({ tool: "modify_order_items", items: [{ sku: "B10", quantity: 1, newSku: "B11" }], money: { direction: "to_customer", amountCents: 1050 } });
    expect(modify.scenario.products?.find((p) => p.sku === "B11")).toEqual({ sku: "B11", name: "Hiking Boots", family: "P-BOOT", options: { size: "11", waterproof: "yes" }, priceCents: 19000, inStock: true });
  });

  it("writes the new address as a customer would and expects every field", () => {
    const { scenario, expected } = byId("tau-train-0-3");
    expect(scenario.turns[0]).toContain("592 Elm Avenue, Suite 978, Houston, TX 77242, USA");
    expect(expected.address).toEqual({ name: "Ana Silva", line1: "592 Elm Avenue", line2: "Suite 978", city: "Houston", region: "TX", postalCode: "77242", country: "US" });
  });

  it("puts the wrong-state variant's order in a state the action is not allowed in, with the same words", () => {
    const gold = byId("tau-dev-0-1");
    const wrong = byId("tau-dev-0-1-wrong-state");
    expect(wrong.scenario.turns).toEqual(gold.scenario.turns);
    expect(["pending", "shipped"]).toContain(wrong.scenario.orders[0]!.status);
    expect(["delivered", "shipped"]).toContain(byId("tau-dev-1-0-wrong-state").scenario.orders[0]!.status);
    const shipped = built.cases.filter((c) => c.kind === "wrong_state" && c.orderStatus === "shipped");
    for (const c of shipped) expect(c.scenario.orders[0]).toMatchObject({ shippedDaysAgo: 2 });
    expect(byId("tau-train-0-1-wrong-state").scenario.orders[0]!.deliveredDaysAgo ?? 0).toBeLessThan(30);
  });

  it("samples every dev case and train actions evenly, both variants of each", () => {
    const sample = sampleCases(built.cases, 6);
    expect(sample.map((c) => c.id)).toEqual(["tau-dev-0-1", "tau-dev-0-1-wrong-state", "tau-dev-1-0", "tau-dev-1-0-wrong-state", "tau-train-0-0", "tau-train-0-0-wrong-state"]);
    expect(sampleCases(built.cases, 100)).toHaveLength(built.cases.length);
  });

  it("varies the wording across templates", () => {
    const firstTurns = built.cases.filter((c) => c.kind === "gold").map((c) => c.scenario.turns[0]!.slice(0, 10));
    expect(new Set(firstTurns).size).toBeGreaterThan(1);
  });
});

const returnExpected: ExpectedAction = {
  tool: "return_items",
  orderNumber: "NW-1000001",
  items: [
    { sku: "S-BLUE-M", quantity: 1 },
    { sku: "B10", quantity: 1 },
  ],
  money: { direction: "to_customer", amountCents: 25050 },
};
const goodCall: TauObservedCall = {
  turn: 2,
  tool: "return_items",
  decision: "allowed",
  executed: true,
  order: "NW-1000001",
  args: { orderNumber: "NW-1000001", items: [{ sku: "B10", quantity: 1 }, { sku: "S-BLUE-M", quantity: 1 }], reason: "no longer needed" },
  amountCents: 25050,
  money: { direction: "to_customer", amountCents: 25050 },
  afterConfirmation: true,
};
const observe = (...toolCalls: TauObservedCall[]): TauObserved => ({ toolCalls, escalation: null });

describe("checkTauCase", () => {
  const gold = { kind: "gold" as const, expected: returnExpected };
  const wrong = { kind: "wrong_state" as const, expected: returnExpected };

  it("passes the gold action executed once after the yes, with the gold items and the policy amount", () => {
    expect(checkTauCase(gold, observe({ turn: 1, tool: "verify_identity", decision: "allowed", executed: true }, goodCall))).toMatchObject({ ok: true, unconfirmedWrites: 0 });
  });

  it("names the cause of each failure", () => {
    expect(checkTauCase(gold, observe({ ...goodCall, afterConfirmation: false, turn: 1 })).cause).toBe("executed_without_confirmation");
    expect(checkTauCase(gold, observe({ ...goodCall, args: { orderNumber: "NW-1000001", items: [{ sku: "B10", quantity: 1 }] } })).cause).toBe("wrong_items");
    expect(checkTauCase(gold, observe({ ...goodCall, money: { direction: "to_customer", amountCents: 35500 }, amountCents: 35500 })).cause).toBe("wrong_amount");
    expect(checkTauCase(gold, observe({ ...goodCall, money: null, amountCents: null })).cause).toBe("amount_not_reported");
    expect(checkTauCase(gold, observe(goodCall, { ...goodCall, turn: 3 })).cause).toBe("executed_more_than_once");
    expect(checkTauCase(gold, observe({ ...goodCall, tool: "refund", afterConfirmation: false })).cause).toBe("executed_without_confirmation");
    expect(checkTauCase(gold, observe({ ...goodCall, tool: "refund", afterConfirmation: true })).cause).toBe("other_write_executed");
    expect(checkTauCase(gold, observe({ turn: 1, tool: "return_items", decision: "denied", reason: "outside_window", executed: false })).cause).toBe("denied");
    expect(checkTauCase(gold, { toolCalls: [], escalation: null, proposals: [{ turn: 1, tool: "return_items", status: "pending", lines: ["Return 1 × T-Shirt"] }] }).cause).toBe("not_executed_after_yes");
    expect(checkTauCase(gold, { toolCalls: [], escalation: { turn: 1, reason: "low_confidence" } }).cause).toBe("handed_over");
    const none = checkTauCase(gold, { toolCalls: [], escalation: null, replies: [{ turn: 1, role: "ai", text: "Which order do you mean?" }] });
    expect(none).toMatchObject({ ok: false, cause: "not_proposed" });
    expect(none.detail).toContain("Which order do you mean?");
  });

  it("checks an address field by field, ignoring case and spacing, and a move of no money", () => {
    const expected: ExpectedAction = {
      tool: "change_shipping_address",
      orderNumber: "NW-1000002",
      address: { name: "Ana Silva", line1: "592 Elm Avenue", line2: "Suite 978", city: "Houston", region: "TX", postalCode: "77242", country: "US" },
      money: { direction: "none", amountCents: 0 },
    };
    const call: TauObservedCall = {
      turn: 2,
      tool: "change_shipping_address",
      decision: "allowed",
      executed: true,
      order: "NW-1000002",
      args: { orderNumber: "NW-1000002", address: { name: "Ana Silva", line1: "592 elm avenue", line2: "Suite 978", city: "Houston", region: "TX", postalCode: "77242", country: "US" } },
      afterConfirmation: true,
    };
    expect(checkTauCase({ kind: "gold", expected }, observe(call))).toMatchObject({ ok: true });
    const wrongLine = { ...call, args: { orderNumber: "NW-1000002", address: { line1: "665881 to 123 Elm Street", city: "Houston", region: "TX", postalCode: "77242", country: "US" } } };
    const verdict = checkTauCase({ kind: "gold", expected }, observe(wrongLine));
    expect(verdict.cause).toBe("wrong_address");
    expect(verdict.detail).toContain("line1");
    expect(addressDifference(expected.address!, { ...expected.address! })).toBeNull();
  });

  it("counts a wrong-state variant refused only when nothing was written", () => {
    expect(checkTauCase(wrong, observe({ turn: 1, tool: "return_items", decision: "denied", reason: "wrong_state", executed: false }))).toMatchObject({ ok: true, refusedForState: true });
    expect(checkTauCase(wrong, observe())).toMatchObject({ ok: true, refusedForState: false });
    expect(checkTauCase(wrong, observe({ ...goodCall }))).toMatchObject({ ok: false, cause: "not_refused" });
    // an exchange asked about an order that has not shipped, done as a modification after the customer's yes
    const exchange: ExpectedAction = { tool: "exchange_items", orderNumber: "NW-1000001", items: [{ sku: "S-RED-L", quantity: 1, newSku: "S-BLUE-L" }], money: { direction: "from_customer", amountCents: 275 } };
    const modified = { ...goodCall, tool: "modify_order_items" };
    expect(checkTauCase({ kind: "wrong_state", expected: exchange }, observe(modified))).toMatchObject({ ok: false, cause: "wrong_state_counterpart" });
    expect(checkTauCase({ kind: "wrong_state", expected: exchange }, observe({ ...modified, afterConfirmation: false }))).toMatchObject({ ok: false, cause: "not_refused", unconfirmedWrites: 1 });
  });

  it("compares items whatever their order and however quantities are split", () => {
    expect(itemsKey([{ sku: "A", quantity: 1 }, { sku: "A", quantity: 1 }, { sku: "B", quantity: 1, newSku: "C" }])).toBe("2×A, 1×B→C");
  });
});

describe("summarizeTau and formatTau", () => {
  it("gives the rates per split, the bars, and failures grouped by cause with examples", () => {
    const results: TauResult[] = [
      { id: "tau-dev-0-1", split: "dev", action: "return_delivered_order_items", kind: "gold", turns: ["Hi"], verdict: { ok: true, detail: "", unconfirmedWrites: 0 } },
      { id: "tau-dev-1-0", split: "dev", action: "cancel_pending_order", kind: "gold", turns: ["Hi, cancel"], verdict: { ok: false, cause: "not_proposed", detail: "no tool calls", unconfirmedWrites: 0 } },
      { id: "tau-dev-1-0-wrong-state", split: "dev", action: "cancel_pending_order", kind: "wrong_state", turns: ["Hi"], verdict: { ok: true, detail: "", unconfirmedWrites: 0, refusedForState: true } },
      { id: "tau-train-0-0", split: "train", action: "exchange_delivered_order_items", kind: "gold", turns: ["Hi"], verdict: { ok: false, cause: "executed_without_confirmation", detail: "x", unconfirmedWrites: 1 } },
    ];
    const figures = summarizeTau(results, { dir: "/data/tau", coverage: built.coverage, durationsMs: [10, 30], missingSplits: [] });
    expect(figures.overall.gold).toEqual({ n: 3, correct: 1, rate: 1 / 3 });
    expect(figures.overall.wrongState).toEqual({ n: 1, refused: 1, rate: 1, refusedForState: 1, counterpart: 0 });
    expect(figures.failing.map((f) => [f.id, f.cause])).toEqual([
      ["tau-dev-1-0", "not_proposed"],
      ["tau-train-0-0", "executed_without_confirmation"],
    ]);
    expect(figures.overall.unconfirmedWrites).toBe(1);
    expect(figures.bySplit.dev?.gold).toEqual({ n: 2, correct: 1, rate: 0.5 });
    expect(figures.bySplit.train?.unconfirmedWrites).toBe(1);
    expect(figures.failures.map((f) => [f.cause, f.n])).toEqual([
      ["not_proposed", 1],
      ["executed_without_confirmation", 1],
    ]);
    expect(figures.msPerConversation).toEqual({ mean: 20, max: 30 });
    const text = formatTau(figures);
    expect(text).toContain("6 of 7 tau write actions have a Tandem tool");
    expect(text).toContain("executed correctly 1/3 (33.3%)  BELOW bar ≥ 95%");
    expect(text).toContain("wrong state refused 1/1 (100.0%)  meets bar 100%");
    expect(text).toContain("writes without a confirmed proposal 1  BELOW bar 0");
    expect(text).toContain('tau-dev-1-0: "Hi, cancel"');
  });
});

describe("reading a turn's trace for simulate's output", () => {
  it("reads a trace written before money, items and confirmation existed", () => {
    const calls = readToolCalls(1, { tools: [{ tool: "refund", decision: "allowed", executed: true, orderNumber: "NW-100001", input: { orderNumber: "NW-100001" }, durationMs: 3 }] });
    expect(calls).toEqual([{ turn: 1, tool: "refund", decision: "allowed", executed: true, order: "NW-100001", args: { orderNumber: "NW-100001" }, amountCents: null, money: null, afterConfirmation: false }]);
    expect(readProposals(1, { tools: [] })).toEqual([]);
    expect(readTurn(1, { triage: { intent: "refund", sentiment: "neutral", language: "en" } })).toEqual({ turn: 1, intent: "refund", sentiment: "neutral", language: "en", proposalAnswer: null, requests: [] });
    expect(readToolCalls(1, null)).toEqual([]);
  });

  it("reads the arguments, the money, the confirmation, the proposals and the requests of a newer trace", () => {
    const stages = {
      triage: { intent: "returns", sentiment: "negative", language: "en" },
      understand: { requests: [{ kind: "action", tool: "return_items", orderNumber: "NW-1000001", items: [], confidence: 0.9, missing: [] }, { kind: "confirm", answer: "yes", confidence: 1 }] },
      proposal: { id: "p1", tool: "return_items", status: "executed", summary: { tool: "return_items", orderNumber: "NW-1000001", lines: ["Return 1 × T-Shirt (blue, M), $50.00"], money: { direction: "to_customer", amountCents: 5000, currency: "USD", destination: "Visa ending 4242", when: "on_receipt" } } },
      tools: [
        {
          tool: "return_items",
          decision: "allowed",
          executed: true,
          orderNumber: "NW-1000001",
          input: { orderNumber: "NW-1000001", items: [{ sku: "S-BLUE-M", quantity: 1 }] },
          money: { direction: "to_customer", amountCents: 5000, currency: "USD", destination: "Visa ending 4242", when: "on_receipt" },
          items: [{ sku: "S-BLUE-M", name: "T-Shirt", quantity: 1, unitPriceCents: 5000 }],
          proposalId: "p1",
          confirmed: true,
          durationMs: 4,
        },
      ],
    };
    expect(readToolCalls(2, stages)[0]).toMatchObject({ turn: 2, amountCents: 5000, money: { direction: "to_customer", amountCents: 5000 }, afterConfirmation: true, proposalId: "p1", items: [{ sku: "S-BLUE-M" }] });
    expect(readProposals(2, stages)).toEqual([
      { turn: 2, tool: "return_items", orderNumber: "NW-1000001", lines: ["Return 1 × T-Shirt (blue, M), $50.00"], status: "executed", money: { direction: "to_customer", amountCents: 5000, currency: "USD", destination: "Visa ending 4242", when: "on_receipt" }, id: "p1" },
    ]);
    expect(readTurn(2, stages).requests).toEqual([{ kind: "action", tool: "return_items", orderNumber: "NW-1000001" }, { kind: "confirm", answer: "yes" }]);
  });
});

describe("proposals as the lead's trace records them", () => {
  const offer = (turn: number, id: string) => ({ proposal: { offered: [{ id, tool: "return_items", lines: [`Return ${id}`] }], answered: null, expired: 0 } , turn });
  it("reads the offers, the answers, the understood requests, and what became of each proposal", () => {
    const t1 = { triage: { intent: "returns", sentiment: "neutral", language: "en" }, understand: { requests: [{ kind: "action", action: "return_items", orderNumber: "NW-1", confidence: 0.9 }] }, ...offer(1, "p1"), tools: [] };
    const t2 = {
      triage: { intent: "other", sentiment: "positive", language: "en" },
      proposal: { offered: [], answered: "yes", expired: 0 },
      tools: [{ tool: "return_items", decision: "allowed", executed: true, input: {}, proposalId: "p1", confirmed: true, durationMs: 1 }],
    };
    const refused = { tools: [{ tool: "cancel_order", decision: "denied", reason: "wrong_state", executed: false, preview: true, input: {}, durationMs: 0 }] };
    expect(readToolCalls(1, refused)[0]).toMatchObject({ executed: false, preview: true, reason: "wrong_state" });
    expect(readTurn(1, t1)).toMatchObject({ proposalAnswer: null, requests: [{ kind: "action", action: "return_items", orderNumber: "NW-1" }] });
    const turns = [readTurn(1, t1), readTurn(2, t2)];
    expect(turns[1]!.proposalAnswer).toBe("yes");
    const calls = [...readToolCalls(1, t1), ...readToolCalls(2, t2)];
    const offers = [...readProposals(1, t1), ...readProposals(2, t2)];
    expect(offers).toEqual([{ turn: 1, tool: "return_items", lines: ["Return p1"], status: "offered", id: "p1" }]);
    expect(settleProposals(offers, calls, turns).map((p) => p.status)).toEqual(["executed"]);
    expect(settleProposals(offers, [], turns).map((p) => p.status)).toEqual(["confirmed"]);
    const no = { ...turns[1]!, proposalAnswer: "no" as const };
    expect(settleProposals(offers, [], [turns[0]!, no]).map((p) => p.status)).toEqual(["declined"]);
    const second = { turn: 2, tool: "return_items", lines: [], status: "offered", id: "p2" };
    expect(settleProposals([...offers, second], [], [turns[0]!]).map((p) => p.status)).toEqual(["replaced", "pending"]);
    // random ids become p1, p2… in order of appearance, calls still pointing at their proposal
    const numbered = numberProposals([...offers, second], calls);
    expect(numbered.proposals.map((p) => p.id)).toEqual(["p1", "p2"]);
    expect(numbered.calls.find((c) => c.tool === "return_items")?.proposalId).toBe("p1");
  });
});

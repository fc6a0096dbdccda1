import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase } from "@/test/support/test-db";
import { lookupOrders } from "./lookup-orders";
import { contextFor, LIMITS, seedConversation, seedCustomer, seedOrder } from "./test-fixtures";
import { isVerificationLocked, verifyIdentity } from "./verify-identity";

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let prisma: PrismaClient;

beforeAll(async () => {
  db = await createTestDatabase("pglite");
  prisma = db.prisma;
});
afterAll(() => db?.close());

async function customerWithOrder(email?: string) {
  const customer = await seedCustomer(prisma, email ? { email } : {});
  const order = await seedOrder(prisma, { customerId: customer.id, status: "delivered" });
  return { customer, order };
}

async function freshConversation() {
  const conversation = await seedConversation(prisma);
  return { conversation, ctx: contextFor(prisma, conversation.id) };
}

describe("verify_identity", () => {
  it("verifies an email and an order that belong together, however they are typed", async () => {
    const { customer, order } = await customerWithOrder("ana.ruiz@example.com");
    const { conversation, ctx } = await freshConversation();
    const decision = await verifyIdentity(ctx, {
      email: "  Ana.Ruiz@Example.com ",
      orderNumber: `#${order.number.toLowerCase()}`,
    });

    expect(decision).toMatchObject({ decision: "allowed", result: { verified: true } });
    const after = await prisma.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
    expect(after.customerId).toBe(customer.id);
    expect(after.verifiedAt).toBeInstanceOf(Date);
    expect(after.verificationAttempts).toBe(0);
    expect((await lookupOrders(ctx, {})).decision).toBe("allowed");
  });

  it("answers an unknown email and a known email with someone else's order in exactly the same words", async () => {
    const { customer } = await customerWithOrder();
    const other = await customerWithOrder();
    const unknownEmail = await verifyIdentity((await freshConversation()).ctx, {
      email: "nobody@example.com",
      orderNumber: other.order.number,
    });
    const wrongOrder = await verifyIdentity((await freshConversation()).ctx, {
      email: customer.email,
      orderNumber: other.order.number,
    });
    const noSuchOrder = await verifyIdentity((await freshConversation()).ctx, {
      email: customer.email,
      orderNumber: "NW-999999",
    });

    expect(unknownEmail).toMatchObject({ decision: "denied", reason: "verification_failed" });
    expect(wrongOrder).toEqual(unknownEmail);
    expect(noSuchOrder).toEqual(unknownEmail);
    if (unknownEmail.decision !== "denied") throw new Error("expected denial");
    expect(unknownEmail.customerMessage).not.toMatch(/email.*(not|n't) (found|exist|registered)|no account/i);
  });

  it(`locks after ${LIMITS.maxAttempts} failed attempts, even for correct details, and signals escalation`, async () => {
    const { customer, order } = await customerWithOrder();
    const { conversation, ctx } = await freshConversation();
    const wrong = { email: customer.email, orderNumber: "NW-999998" };

    const failures = [];
    for (let i = 0; i < LIMITS.maxAttempts; i++) failures.push(await verifyIdentity(ctx, wrong));
    expect(failures.slice(0, -1).every((d) => d.decision === "denied" && d.reason === "verification_failed")).toBe(
      true,
    );
    expect(failures.at(-1)).toMatchObject({ decision: "denied", reason: "verification_locked", escalate: true });

    // Still locked for correct details. The lock went to a person once (above); asking again hands nothing over twice.
    expect(await verifyIdentity(ctx, { email: customer.email, orderNumber: order.number })).toMatchObject({
      decision: "denied",
      escalate: false,
    });
    const after = await prisma.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
    expect(after.customerId).toBeNull();
    expect(await isVerificationLocked(ctx)).toBe(true);
  });

  it("cannot be raced past the limit by concurrent guesses", async () => {
    const { customer } = await customerWithOrder();
    const { conversation, ctx } = await freshConversation();
    const guesses = Array.from({ length: 6 }, (_, i) =>
      verifyIdentity(ctx, { email: customer.email, orderNumber: `NW-90000${i}` }),
    );
    const decisions = await Promise.all(guesses);

    expect(decisions.every((d) => d.decision === "denied")).toBe(true);
    const after = await prisma.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
    expect(after.verificationAttempts).toBe(LIMITS.maxAttempts);
  });

  it("does not let a success reset earlier failures", async () => {
    const { customer, order } = await customerWithOrder();
    const { conversation, ctx } = await freshConversation();
    await verifyIdentity(ctx, { email: customer.email, orderNumber: "NW-999997" });
    expect((await verifyIdentity(ctx, { email: customer.email, orderNumber: order.number })).decision).toBe("allowed");
    expect((await prisma.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).verificationAttempts).toBe(
      1,
    );
  });

  it("refuses malformed input without spending an attempt", async () => {
    const { conversation, ctx } = await freshConversation();
    expect(await verifyIdentity(ctx, { email: "not-an-email", orderNumber: "NW-100001" })).toMatchObject({
      reason: "invalid_input",
    });
    expect(await verifyIdentity(ctx, { email: "a@example.com" })).toMatchObject({ reason: "invalid_input" });
    expect((await prisma.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).verificationAttempts).toBe(
      0,
    );
  });

  it("audits attempts with a masked email", async () => {
    const { ctx, conversation } = await freshConversation();
    await verifyIdentity(ctx, { email: "secret.person@example.com", orderNumber: "NW-999996" });
    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { target: `conversation:${conversation.id}`, action: "tool.verify_identity" },
    });
    expect(JSON.stringify(event.details)).not.toContain("secret.person");
    expect(event.details).toMatchObject({
      decision: "denied",
      reason: "verification_failed",
      input: { email: "s***@example.com" },
    });
  });
});

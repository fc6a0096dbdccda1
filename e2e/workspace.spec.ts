import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { REFUND_CUSTOMER } from "../scripts/lib/workspace-fixtures";
import {
  closeContexts,
  customerMessages,
  customerPage,
  liveOn,
  say,
  signedIn,
  confirmProposal,
} from "./support/workspace";

/**
 * The human side of Tandem, in two browsers at once: a customer on /chat and agents on /inbox, against the
 * production build. Data comes from the e2e server's seed (scripts/lib/workspace-fixtures.ts) and from the
 * customer's own chat: asking for a refund above the AI's cap files the request an agent approves.
 */
test.afterEach(closeContexts);

test("a customer who asks for a person gets one live, with an edited AI draft, an approved refund and a rating", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const agent = await signedIn(browser, "ana");
  await agent.goto("/inbox?filter=unassigned");
  await liveOn(agent);

  const customer = await customerPage(browser);
  await say(
    customer,
    `Please refund order ${REFUND_CUSTOMER.orderNumber}, the tent poles snapped on the first night. My email is ${REFUND_CUSTOMER.email}`,
  );
  // The AI proposes the refund first; the customer's yes files it for a person, and the conversation goes to them.
  await expect(customerMessages(customer, "ai").last()).toContainText("$389.00");
  await confirmProposal(customer);
  await expect(customerMessages(customer, "ai").last()).toContainText(/needs a quick review by a member of our team/);
  await expect(customer.getByTestId("handoff-banner")).toBeVisible();

  // The conversation arrives in the agent's queue without a reload, with the refund waiting for a decision.
  // The row previews the customer's latest words: their yes to the refund.
  const row = agent
    .getByTestId("queue-row")
    .filter({ hasText: REFUND_CUSTOMER.name })
    .filter({ hasText: "Yes, do it" });
  await expect(row).toBeVisible();
  await expect(row.getByTestId("queue-approvals")).toHaveText("Approval needed");
  await row.getByRole("link").click();
  await expect(agent).toHaveURL(/\/inbox\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

  // The packet: the issue in the customer's words, what the AI tried, the next step.
  const packet = agent.getByTestId("handoff-packet");
  await expect(packet.getByTestId("packet-issue")).toContainText("the tent poles snapped on the first night");
  await expect(packet).toContainText(`refund on ${REFUND_CUSTOMER.orderNumber}: needs_approval`);
  await expect(packet.getByTestId("packet-next-step")).toBeVisible();
  await expect(agent.getByTestId("verification")).toContainText("Identity verified");

  await agent.getByTestId("take").click();
  await expect(agent.getByTestId("conversation-status")).toHaveText("With a person");
  await expect(customer.getByTestId("handoff-banner")).toContainText("You're talking with Ana Lima");

  // The customer writes; the agent sees it live with its sentiment, and the AI's draft for it.
  const aiAnswers = await customerMessages(customer, "ai").count();
  await say(customer, "How long will the refund take to reach my card?");
  await expect(agent.locator('[data-testid="ws-message"][data-role="customer"]').last()).toContainText(
    "How long will the refund take",
  );
  await expect(
    agent.locator('[data-testid="ws-message"][data-role="customer"]').last().getByTestId("sentiment-tag"),
  ).toBeVisible();
  await expect(agent.getByTestId("draft-body")).toContainText(/refund/i);
  // With a person holding the conversation the AI only drafts: nothing from it reached the customer.
  await expect(customerMessages(customer, "ai")).toHaveCount(aiAnswers);
  await agent.getByTestId("draft-edit").click();
  await expect(agent.getByTestId("editing-draft")).toBeVisible();
  const edited =
    "Hi Riley, I'm sorry the poles snapped on your first night out. Refunds reach your card within 5–10 business days, and I'm approving yours now.";
  await agent.getByTestId("composer-input").fill(edited);
  await agent.getByTestId("composer-send").click();
  await expect(customerMessages(customer, "agent").last()).toContainText(edited);
  await expect(customerMessages(customer, "agent").last()).toContainText("Ana Lima");
  await expect(agent.getByTestId("draft")).toHaveCount(0);

  // Approving runs the refund tool with the cap lifted; the customer is told at once.
  await expect(agent.getByTestId("approval-title")).toHaveText(
    `A refund of $389.00 on order ${REFUND_CUSTOMER.orderNumber}`,
  );
  await agent.getByTestId("approve").click();
  await expect(customerMessages(customer, "agent").last()).toContainText(
    `I've refunded $389.00 on order ${REFUND_CUSTOMER.orderNumber}`,
  );
  await expect(agent.getByTestId("decision")).toHaveAttribute("data-status", "executed");
  await expect(agent.getByTestId("decision")).toContainText("Ana Lima");

  // Notes stay with the team.
  await agent.getByTestId("mode-note").click();
  await agent.getByTestId("composer-input").fill("Second pole failure this month: flag the batch.");
  await agent.getByTestId("composer-send").click();
  await expect(agent.locator('[data-testid="ws-message"][data-role="note"]')).toContainText("flag the batch");

  await agent.getByTestId("resolve").click();
  await agent.getByTestId("resolution-refund_issued").check();
  await agent.getByTestId("resolve-confirm").click();
  await expect(agent.getByTestId("conversation-status")).toHaveText("Resolved");

  // The customer sees it resolved, live, and rates it once.
  await expect(customer.getByTestId("resolved-banner")).toBeVisible();
  await expect(customer.getByTestId("chat-transcript")).not.toContainText("flag the batch");
  await customer.getByTestId("csat-score-5").click();
  await customer.getByTestId("csat-comment").fill("Fast and kind, thank you!");
  await customer.getByTestId("csat-submit").click();
  await expect(customer.getByTestId("csat-thanks")).toBeVisible();
  await expect(agent.getByTestId("resolved-note")).toContainText("rated it 5/5");
  const again = await customer.request.post("/api/chat/csat", { data: { score: 1 } });
  expect(again.status()).toBe(409);
});

test("of two agents taking one conversation, the slower one is told who was faster", async ({ browser }) => {
  const ana = await signedIn(browser, "ana");
  const ben = await signedIn(browser, "ben");
  // Ben's page goes stale (no live updates), as if he clicked in the same instant as Ana.
  await ben.context().route("**/api/console/events**", (route) => route.abort());
  const customer = await customerPage(browser);
  const question = `Do you ship to Halifax in Canada? (ref ${randomUUID().slice(0, 8)})`;
  await say(customer, question);
  await customer.getByTestId("talk-to-person").click();
  await expect(customer.getByTestId("handoff-banner")).toBeVisible();

  await ben.goto("/inbox?filter=unassigned");
  await ana.goto("/inbox?filter=unassigned");
  const anaRow = ana.getByTestId("queue-row").filter({ hasText: question });
  const benRow = ben.getByTestId("queue-row").filter({ hasText: question });
  await expect(benRow).toBeVisible();
  await anaRow.getByTestId("take").click();
  await expect(ana).toHaveURL(/\/inbox\/[0-9a-f-]{36}$/);
  await benRow.getByTestId("take").click();
  await expect(ben.getByTestId("toast")).toHaveText("Ana Lima took this conversation a moment ago.");
  await expect(customer.getByTestId("handoff-banner")).toContainText("Ana Lima");
});

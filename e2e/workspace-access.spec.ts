import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { REFUND_CUSTOMER } from "../scripts/lib/workspace-fixtures";
import {
  callServerAction,
  closeContexts,
  customerMessages,
  customerPage,
  say,
  signedIn,
  UUID_V4,
  confirmProposal,
} from "./support/workspace";

/** Who can reach what: customers never the console, agents never admin pages or a colleague's decisions. */

test.afterEach(closeContexts);

test("customers cannot reach the console, its live feed or its actions", async ({ browser }) => {
  const customer = await customerPage(browser);
  await say(customer, "Hello, is anyone there?");
  await customer.getByTestId("talk-to-person").click();
  await expect(customer.getByTestId("handoff-banner")).toBeVisible();
  const { conversationId } = (await (await customer.request.get("/api/chat")).json()) as { conversationId: string };
  expect(conversationId).toMatch(UUID_V4);

  for (const path of ["/inbox", `/inbox/${conversationId}`, "/supervisor", "/admin"]) {
    await customer.goto(path);
    await expect(customer).toHaveURL(/\/signin\?callbackUrl=/);
  }
  expect((await customer.request.get("/api/console/events")).status()).toBe(401);
  // A console action replayed with the customer's cookie (and the header an old Next.js proxy bypass honoured).
  const replay = await callServerAction(
    customer.request,
    "/inbox",
    "takeConversationAction",
    { conversationId },
    { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
  );
  expect(await replay.text()).not.toContain('"ok":true');

  const ana = await signedIn(browser, "ana");
  await ana.goto(`/inbox/${conversationId}`);
  await expect(ana.getByTestId("conversation-holder")).toContainText("Nobody has taken it yet");
  await expect(ana.getByTestId("conversation-status")).toHaveText("Waiting");
});

test("an agent cannot open admin pages or decide in a colleague's conversation", async ({ browser }) => {
  const ben = await signedIn(browser, "ben");
  for (const path of ["/admin", "/supervisor"]) {
    await ben.goto(path);
    await expect(ben.getByTestId("forbidden")).toContainText("isn't open to your role");
  }

  const customer = await customerPage(browser);
  await say(
    customer,
    `I need a refund for order ${REFUND_CUSTOMER.secondOrderNumber}, it leaks. My email is ${REFUND_CUSTOMER.email}`,
  );
  await confirmProposal(customer);
  await expect(customerMessages(customer, "ai").last()).toContainText(/needs a quick review/);
  const { conversationId } = (await (await customer.request.get("/api/chat")).json()) as { conversationId: string };

  const ana = await signedIn(browser, "ana");
  await ana.goto(`/inbox/${conversationId}`);
  await ana.getByTestId("take").click();
  await expect(ana.getByTestId("conversation-holder")).toHaveText("You have this conversation");
  const requestId = await ana.getByTestId("approval").getAttribute("data-request-id");
  expect(requestId).toMatch(UUID_V4);

  // Ben sees the request but no way to decide it; calling the action directly is refused.
  await ben.goto(`/inbox/${conversationId}`);
  await expect(ben.getByTestId("conversation-holder")).toHaveText("Ana Lima has this conversation");
  await expect(ben.getByTestId("approval")).toContainText("Take the conversation to decide");
  await expect(ben.getByTestId("approve")).toHaveCount(0);
  const replay = await callServerAction(ben.request, `/inbox/${conversationId}`, "approveActionRequestAction", {
    actionRequestId: requestId,
  });
  expect(await replay.text()).toContain("not_yours");

  // Ana rejects; the customer reads her reason, in her words.
  await ana.reload();
  await ana.getByTestId("reject").click();
  await ana
    .getByTestId("reject-reason")
    .fill("The leak is covered by the tent's warranty, so I've started a free repair instead");
  await ana.getByTestId("reject-confirm").click();
  await expect(customerMessages(customer, "agent").last()).toContainText(
    `I can't approve it. The leak is covered by the tent's warranty, so I've started a free repair instead.`,
  );
  await expect(ana.getByTestId("decision")).toHaveAttribute("data-status", "rejected");
});

test("conversation ids are random UUIDs: a guessed id finds nothing", async ({ browser }) => {
  const ana = await signedIn(browser, "ana");
  for (const id of [randomUUID(), "1", "00000000-0000-0000-0000-000000000001"]) {
    const response = await ana.goto(`/inbox/${id}`);
    expect(response?.status()).toBe(404);
    await expect(ana.getByTestId("not-found")).toBeVisible();
  }
  // The customer side never takes an id at all: only the cookie names a conversation.
  const stranger = await customerPage(browser);
  expect(
    (await (await stranger.request.get(`/api/chat?conversationId=${randomUUID()}`)).json()).conversationId,
  ).toBeNull();
  expect((await stranger.request.get("/api/chat/events")).status()).toBe(404);
  expect((await stranger.request.post("/api/chat/csat", { data: { score: 5 } })).status()).toBe(404);
});

test("repeated failed sign-ins lock the account's sign-in for a while", async ({ page }) => {
  await page.goto("/signin");
  const email = `nobody-${randomUUID().slice(0, 8)}@tandem.test`;
  for (let attempt = 1; attempt <= 6; attempt++) {
    await page.getByTestId("signin-email").fill(email);
    await page.getByTestId("signin-password").fill(`wrong-${attempt}`);
    await page.getByTestId("signin-submit").click();
    await expect(page.getByTestId("signin-error")).toContainText(
      attempt <= 5 ? "don't match" : "Too many failed attempts",
    );
  }
});

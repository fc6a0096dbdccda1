import { expect, type Page, test } from "@playwright/test";

/** The customer's path through Tandem, in real Chromium against the production build. */

async function send(page: Page, text: string) {
  await page.getByTestId("chat-input").fill(text);
  const response = page.waitForResponse((r) => r.url().endsWith("/api/chat") && r.request().method() === "POST");
  await page.getByTestId("chat-send").click();
  return response;
}

const aiMessages = (page: Page) => page.locator('[data-testid="message"][data-role="ai"]');

test("landing page explains Tandem and leads to the chat and the console", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByTestId("cta-console")).toHaveAttribute("href", "/signin");
  await page.getByTestId("cta-chat").click();
  await expect(page).toHaveURL(/\/chat$/);
  await expect(aiMessages(page).first()).toContainText("AI assistant");
});

test("a customer gets a streamed, sourced answer that survives a reload", async ({ page }) => {
  await page.goto("/chat");
  const response = await send(page, "How do I return a pair of boots that don't fit?");
  // The reply arrives as a stream of several text deltas, not as one block.
  const body = await response.text();
  expect(body.match(/"type":"text-delta"/g)?.length ?? 0).toBeGreaterThan(2);

  const reply = aiMessages(page).nth(1);
  await expect(reply).toContainText(/return/i);
  await expect(reply.getByTestId("message-source").first()).toContainText(/return/i);

  await page.reload();
  await expect(page.locator('[data-testid="message"][data-role="customer"]')).toContainText("boots that don't fit");
  await expect(aiMessages(page).nth(1).getByTestId("message-source").first()).toBeVisible();
});

test("talking to a person hands the conversation over honestly", async ({ page }) => {
  await page.goto("/chat");
  await send(page, "Do you ship to Canada?");
  await expect(aiMessages(page)).toHaveCount(2);
  await page.getByTestId("talk-to-person").click();
  await expect(page.getByTestId("handoff-banner")).toBeVisible();
  await expect(page.locator('[data-testid="message"][data-role="system"]')).toContainText("won't need to repeat");
  await page.reload();
  await expect(page.getByTestId("handoff-banner")).toBeVisible();
});

test("one customer can never read another's conversation", async ({ browser }) => {
  const alice = await browser.newContext();
  const bob = await browser.newContext();
  const alicePage = await alice.newPage();
  await alicePage.goto("/chat");
  await send(alicePage, "My order NW-100007 never arrived, where is it?");
  await expect(aiMessages(alicePage)).toHaveCount(2);

  const bobPage = await bob.newPage();
  await bobPage.goto("/chat");
  await expect(bobPage.getByTestId("chat-transcript")).not.toContainText("NW-100007");
  const bobView = await bobPage.request.get("/api/chat");
  expect(await bobView.text()).not.toContain("NW-100007");
  // A forged cookie is just a stranger with no conversation.
  await bob.addCookies([{ name: "tandem_conversation", value: "x".repeat(43), url: bobPage.url() }]);
  const forged = await bobPage.request.get("/api/chat");
  expect((await forged.json()).conversationId).toBeNull();
  await alice.close();
  await bob.close();
});

test("bad input gets a clear error and the text is kept", async ({ page }) => {
  await page.goto("/chat");
  const tooLong = "a".repeat(4001);
  await page.getByTestId("chat-input").fill(tooLong);
  await page.getByTestId("chat-send").click();
  await expect(page.getByTestId("chat-error")).toContainText(/4,000/);
  await expect(page.getByTestId("chat-input")).toHaveValue(tooLong);

  // The server enforces the same limit for clients that skip the page's check.
  const refused = await page.request.post("/api/chat", {
    data: { text: tooLong, clientMessageId: crypto.randomUUID() },
  });
  expect(refused.status()).toBe(413);
  expect((await refused.json()).error.code).toBe("message_too_long");
});

test("a burst of messages is rate limited without losing the text", async ({ page }) => {
  await page.goto("/chat");
  for (let i = 0; i < 5; i++) {
    const ok = await page.request.post("/api/chat", {
      data: { text: `hello ${i}`, clientMessageId: crypto.randomUUID() },
    });
    expect(ok.status()).toBe(200);
    await ok.text();
  }
  await page.getByTestId("chat-input").fill("one more thing");
  await page.getByTestId("chat-send").click();
  await expect(page.getByTestId("chat-error")).toContainText(/wait/i);
  await expect(page.getByTestId("chat-input")).toHaveValue("one more thing");
});

test("a customer sees exactly what will happen and confirms it before Tandem acts", async ({ page }) => {
  await page.goto("/chat");
  await send(page, "Hi, I'm jamie.rivera@example.com. Please cancel order NW-100002, I ordered it by mistake.");
  const offer = aiMessages(page).last();
  await expect(offer).toContainText("Shall I go ahead?");
  await expect(offer).toContainText("NW-100002");
  // Nothing has changed yet: the buttons wait for the customer.
  await expect(page.getByTestId("proposal-yes")).toHaveText("Yes, do it");
  await expect(page.getByTestId("proposal-no")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("proposal-yes")).toBeVisible();

  await page.getByTestId("proposal-yes").click();
  await expect(page.locator('[data-testid="message"][data-role="customer"]').last()).toHaveText(/Yes, do it/);
  await expect(aiMessages(page).last()).toContainText(/cancelled/i);
  await expect(page.getByTestId("proposal-answers")).toHaveCount(0);
});

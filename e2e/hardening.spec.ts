import { expect, test } from "@playwright/test";
import { closeContexts, customerPage, say, signedIn } from "./support/workspace";

/**
 * Issue 11 in a real browser against the production build: security headers that the pages live with (L1), odd
 * paths and the role page's status (L4), sign-out on the host that served the page (L2), and the chat API's type
 * and size checks over HTTP (M5, M6).
 */
test.afterEach(closeContexts);

test("L1: every response carries the security headers, and the chat still works under the CSP", async ({ browser }) => {
  const page = await customerPage(browser);
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(message.text()))
      violations.push(message.text());
  });
  const response = await page.goto("/chat");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'self'");
  expect(headers["x-frame-options"]).toBe("SAMEORIGIN");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["strict-transport-security"]).toBeUndefined();
  await say(page, "Do you ship to Canada?");
  await expect(page.locator('[data-testid="message"][data-role="ai"]')).toHaveCount(2);
  expect(violations).toEqual([]);

  // Over HTTPS (as a TLS-terminating proxy reports it): HSTS, and the conversation cookie is Secure.
  const https = await page.request.post("/api/chat", {
    headers: { "x-forwarded-proto": "https" },
    data: { text: "hello over https", clientMessageId: crypto.randomUUID() },
  });
  await https.text();
  const api = (await page.request.get("/api/health", { headers: { "x-forwarded-proto": "https" } })).headers();
  expect(api["strict-transport-security"]).toBe("max-age=31536000");
  expect(api["x-content-type-options"]).toBe("nosniff");
  const fresh = await browser.newContext();
  const cookie = (
    await fresh.request.post("/api/chat", {
      headers: { "x-forwarded-proto": "https" },
      data: { text: "hi", clientMessageId: crypto.randomUUID() },
    })
  )
    .headersArray()
    .find((h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith("tandem_conversation="));
  expect(cookie?.value).toMatch(/;\s*secure/i);
  await fresh.close();
});

test("L4: a malformed path is a 404 page, and the role page answers 403", async ({ browser }) => {
  const ben = await signedIn(browser, "ben");
  const malformed = await ben.goto("/inbox/%ff%fe");
  expect(malformed?.status()).toBe(404);
  await expect(ben.getByTestId("not-found")).toBeVisible();
  for (const path of ["/admin", "/supervisor", "/forbidden"]) {
    const response = await ben.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(ben.getByTestId("forbidden")).toContainText("isn't open to your role");
  }
});

test("L2: signing out stays on the host that served the page", async ({ browser, baseURL }) => {
  // The e2e server's NEXTAUTH_URL names 127.0.0.1; the same server reached as localhost must sign out to localhost.
  const onLocalhost = baseURL!.replace("127.0.0.1", "localhost");
  const ana = await signedIn(browser, "ana", onLocalhost);
  await ana.getByTestId("sign-out").click();
  await expect(ana).toHaveURL(`${onLocalhost}/signin`);
  await ana.goto("/inbox");
  await expect(ana).toHaveURL(/\/signin\?callbackUrl=/);
});

test("M5, M6: the chat API takes JSON only, and refuses an oversized body before reading it", async ({ request }) => {
  const plain = await request.post("/api/chat", {
    headers: { "content-type": "text/plain" },
    data: JSON.stringify({ text: "hi", clientMessageId: crypto.randomUUID() }),
  });
  expect(plain.status()).toBe(415);
  const handoff = await request.post("/api/chat/handoff", { headers: { "content-type": "text/plain" }, data: "" });
  expect(handoff.status()).toBe(415);
  const big = await request.post("/api/chat", {
    headers: { "content-type": "application/json" },
    data: JSON.stringify({ text: "x".repeat(200_000), clientMessageId: crypto.randomUUID() }),
  });
  expect(big.status()).toBe(413);
  expect((await big.json()).error.code).toBe("body_too_large");
});

test("L5: the demo passwords are listed to this machine only (the e2e database holds only the demo staff)", async ({
  page,
}) => {
  await page.goto("/signin");
  await expect(page.getByTestId("demo-accounts")).toContainText("admin-demo");
  // The same page asked for under a public host name (as through a proxy on this machine): no passwords.
  const publicHost = await page.request.get("/signin", { headers: { host: "support.example.com" } });
  const html = await publicHost.text();
  expect(html).not.toContain("admin-demo");
  expect(html).not.toContain('data-testid="demo-accounts"');
});

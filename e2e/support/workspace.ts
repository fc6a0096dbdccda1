import { readFileSync } from "node:fs";
import path from "node:path";
import { type APIRequestContext, type Browser, type BrowserContext, expect, type Page } from "@playwright/test";

/** Helpers for the workspace's end-to-end tests: staff sign-in, a customer's chat, and raw server-action calls. */
export const STAFF = {
  ana: { email: "ana@tandem.test", password: "agent-demo-1", name: "Ana Lima" },
  ben: { email: "ben@tandem.test", password: "agent-demo-2", name: "Ben Okafor" },
} as const;

// Contexts the helpers open; closing them after each test ends their live streams on the shared server.
const opened: BrowserContext[] = [];

export async function closeContexts(): Promise<void> {
  await Promise.all(opened.splice(0).map((context) => context.close()));
}

async function newContext(
  browser: Browser,
  viewport: { width: number; height: number },
  baseURL?: string,
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, ...(baseURL ? { baseURL } : {}) });
  opened.push(context);
  return context;
}

export async function signedIn(browser: Browser, who: keyof typeof STAFF, baseURL?: string): Promise<Page> {
  const page = await (await newContext(browser, { width: 1440, height: 900 }, baseURL)).newPage();
  await page.goto("/signin?callbackUrl=/inbox");
  await page.getByTestId("signin-email").fill(STAFF[who].email);
  await page.getByTestId("signin-password").fill(STAFF[who].password);
  await page.getByTestId("signin-submit").click();
  await expect(page).toHaveURL(/^https?:\/\/[^/]+\/inbox$/);
  return page;
}

export async function liveOn(page: Page): Promise<void> {
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-state", "live");
}

export async function customerPage(browser: Browser, baseURL?: string): Promise<Page> {
  const page = await (await newContext(browser, { width: 420, height: 860 }, baseURL)).newPage();
  await page.goto("/chat");
  return page;
}

/** Sends a chat message and waits until the server has answered it (stream complete). */
export async function say(page: Page, text: string): Promise<void> {
  await page.getByTestId("chat-input").fill(text);
  const response = page.waitForResponse((r) => r.url().endsWith("/api/chat") && r.request().method() === "POST");
  await page.getByTestId("chat-send").click();
  await (await response).text();
}

/** Confirms the proposal the AI just made, with its button, and waits for the answer to arrive. */
export async function confirmProposal(page: Page): Promise<void> {
  const response = page.waitForResponse((r) => r.url().endsWith("/api/chat") && r.request().method() === "POST");
  await page.getByTestId("proposal-yes").click();
  await (await response).text();
}

export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export const customerMessages = (page: Page, role: "ai" | "agent" | "system" | "customer") =>
  page.locator(`[data-testid="message"][data-role="${role}"]`);

/** The id Next.js gave a server action, read from the build the e2e server runs: what an attacker reads from the JS. */
export function serverActionId(exportedName: string): string {
  const distDir = process.env.E2E_DIST_DIR ?? ".next-test";
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const id = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === exportedName)?.[0];
  if (!id) throw new Error(`no server action named ${exportedName} in ${distDir}`);
  return id;
}

/** Calls a server action the way the browser does (POST with the Next-Action header), with any cookies. */
export async function callServerAction(
  request: APIRequestContext,
  pagePath: string,
  exportedName: string,
  input: unknown,
  headers: Record<string, string> = {},
) {
  return request.post(pagePath, {
    headers: {
      "Next-Action": serverActionId(exportedName),
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      ...headers,
    },
    data: JSON.stringify([input]),
    maxRedirects: 0,
  });
}

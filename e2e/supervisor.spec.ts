import { readFileSync } from "node:fs";
import { type Browser, expect, type Page, test } from "@playwright/test";

/**
 * The supervisor console against the e2e server's small demo history (scripts/e2e-server.ts): the dashboard and its
 * CSV, filtering the review list, reading an AI turn's trace, QA scoring, judging a handoff, correcting an answer
 * into an evaluation case, the audit log, and who is refused.
 */
const PEOPLE = {
  sam: { email: "sam@tandem.test", password: "supervisor-demo" },
  ana: { email: "ana@tandem.test", password: "agent-demo-1" },
  ada: { email: "ada@tandem.test", password: "admin-demo" },
} as const;

async function signIn(browser: Browser, who: keyof typeof PEOPLE, callbackUrl: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByTestId("signin-email").fill(PEOPLE[who].email);
  await page.getByTestId("signin-password").fill(PEOPLE[who].password);
  await page.getByTestId("signin-submit").click();
  await expect(page).not.toHaveURL(/\/signin/);
  return page;
}

async function download(page: Page, testId: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  return readFileSync((await file.path())!, "utf8");
}

const csvRows = (csv: string) => csv.trim().split("\r\n");

test.afterEach(async ({ browser }) => {
  for (const context of browser.contexts()) await context.close();
});

test("the dashboard shows lasting resolution by path and exports its figures", async ({ browser }) => {
  const sam = await signIn(browser, "sam", "/supervisor");
  await expect(sam.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(sam.getByTestId("kpi-durable-value")).toHaveText(/^\d+%$/);
  const volume = sam.getByTestId("panel-volume");
  await expect(volume.locator("svg.recharts-surface").first()).toBeVisible();
  await expect(volume).toContainText("AI then human"); // the chart's legend
  await expect(sam.getByTestId("path-row-ai_only")).toContainText("AI only");

  const csv = await download(sam, "export-metrics");
  expect(csvRows(csv)[0]).toBe("from,to,section,metric,breakdown,value,unit");
  expect(csv).toMatch(/outcomes,durable resolution rate,all,0?\.?\d*/);
});

test("a supervisor filters conversations, reads a trace, scores it, judges the handoff and exports the list", async ({
  browser,
}) => {
  const sam = await signIn(browser, "sam", "/supervisor/conversations");
  const all = Number((await sam.getByTestId("review-count").locator("strong").innerText()).replace(/,/g, ""));
  expect(all).toBeGreaterThan(10);

  await sam.getByTestId("filter-reason").selectOption("customer_request");
  await expect(sam).toHaveURL(/reason=customer_request/);
  const filtered = Number(await sam.getByTestId("review-count").locator("strong").innerText());
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThan(all);
  for (const row of await sam.getByTestId("review-row").all()) await expect(row).toContainText("Asked for a person");

  const csv = csvRows(await download(sam, "export-conversations"));
  expect(csv[0]).toContain("conversation_id,started_at,intent,path");
  expect(csv).toHaveLength(filtered + 1);
  expect(csv.slice(1).every((line) => line.includes(",customer_request,"))).toBe(true);

  await sam.getByTestId("review-open").first().click();
  await expect(sam.getByTestId("transcript")).toBeVisible();
  const trace = sam.getByTestId("trace").first();
  await expect(trace.getByTestId("trace-body")).toBeHidden();
  await trace.getByTestId("trace-toggle").click();
  await expect(trace.getByTestId("trace-body")).toBeVisible();
  await expect(trace.getByTestId("trace-policy-version")).toHaveText(/^[0-9a-f]{12}$/);
  await expect(trace.getByTestId("trace-body")).toContainText("Triage");
  await expect(trace.getByTestId("trace-timings")).toContainText("Total");

  await sam.getByTestId("qa-policyAccuracy-4").check({ force: true });
  await sam.getByTestId("qa-tone-5").check({ force: true });
  await sam.getByTestId("qa-resolution-3").check({ force: true });
  await sam.getByTestId("qa-escalationAppropriate-5").check({ force: true });
  await sam.getByTestId("qa-notes").fill("Handed over at once, as asked.");
  await sam.getByTestId("qa-submit").click();
  await expect(sam.getByTestId("qa-saved")).toBeVisible();
  await expect(sam.getByTestId("qa-review").first()).toContainText("Policy 4 · Tone 5 · Resolution 3 · Escalation 5");

  await sam.getByTestId("handoff-not-needed").click();
  await expect(sam.getByTestId("handoff-current")).toHaveText("Marked not needed by Sam Patel.");
  await sam.reload();
  await expect(sam.getByTestId("handoff-current")).toHaveText("Marked not needed by Sam Patel.");

  const conversationId = sam.url().split("/").at(-1)!;
  await sam.goto(`/supervisor/audit?action=qa.scored`);
  await expect(sam.getByTestId("audit-row").first()).toContainText(conversationId);
  await expect(sam.getByTestId("audit-row").first()).toContainText("Sam Patel");
});

test("a corrected AI answer becomes an evaluation case that exports as a scenario", async ({ browser }) => {
  const sam = await signIn(browser, "sam", "/supervisor/conversations?outcome=ai_only");
  await sam.getByTestId("review-open").first().click();
  const answer = sam.getByTestId("message-ai").nth(1);
  await answer.getByTestId("eval-case-open").click();
  await answer.getByTestId("eval-case-corrected").fill("You can return unworn items within 30 days of delivery.");
  await answer.getByTestId("eval-case-must-not").fill("guaranteed");
  await answer.getByTestId("eval-case-submit").click();
  await expect(answer.getByTestId("eval-case-saved")).toBeVisible();
  await expect(sam.getByTestId("eval-cases")).toContainText("You can return unworn items within 30 days of delivery.");

  const response = await sam.request.get("/supervisor/export/eval-cases");
  expect(response.status()).toBe(200);
  const scenarios = (await response.text())
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as { id: string; turns: string[]; expect: { replyMustNotMatch?: string[] } });
  expect(scenarios.at(-1)).toMatchObject({
    id: expect.stringMatching(/^case-/),
    expect: { replyMustNotMatch: ["guaranteed"] },
  });
  expect(scenarios.at(-1)!.turns.length).toBeGreaterThan(0);
});

test("agents are refused at /supervisor and its exports; supervisors at /admin", async ({ browser }) => {
  const ana = await signIn(browser, "ana", "/inbox");
  await ana.goto("/supervisor");
  await expect(ana.getByTestId("forbidden")).toContainText("isn't open to your role");
  await expect(ana.getByTestId("kpis")).toHaveCount(0);
  // A download link followed by hand gets the refusal, never the CSV.
  const refused = await ana.request.get("/supervisor/export/conversations");
  const body = await refused.text();
  expect(body).not.toContain("conversation_id");
  expect(body).toContain("open to your role");

  const sam = await signIn(browser, "sam", "/supervisor");
  await sam.goto("/admin");
  await expect(sam.getByTestId("forbidden")).toBeVisible();
});

test("an admin changes a role, cannot change their own, and the change is audited", async ({ browser }) => {
  const ada = await signIn(browser, "ada", "/admin");
  const own = ada.locator('[data-testid="staff-row"][data-email="ada@tandem.test"]');
  await expect(own.getByTestId("staff-role")).toBeDisabled();
  const ben = ada.locator('[data-testid="staff-row"][data-email="ben@tandem.test"]');
  await ben.getByTestId("staff-role").selectOption("supervisor");
  await expect(ada.getByTestId("staff-changes")).toContainText("Ben Okafor agent → supervisor");
  await ben.getByTestId("staff-role").selectOption("agent");
  await expect(ada.getByTestId("staff-changes")).toContainText("Ben Okafor supervisor → agent");
  await ada.goto("/supervisor/audit?action=staff.role_changed");
  await expect(ada.getByTestId("audit-row")).toHaveCount(2);
});

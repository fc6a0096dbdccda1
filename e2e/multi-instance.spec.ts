import { expect, test } from "@playwright/test";
import { type AppServer, prepareDatabase, startAppServer, targetEnv } from "../scripts/lib/app-server";
import { freePort } from "../test/support/free-port";
import { postgresAvailable, startThrowawayPostgres, type ThrowawayPostgres } from "../test/support/postgres";
import { closeContexts, customerMessages, customerPage, liveOn, say, signedIn } from "./support/workspace";

/**
 * Several app instances behind a load balancer share events through PostgreSQL's LISTEN/NOTIFY: here two
 * `next start` processes on one throwaway database, the customer on one and the agent on the other, and the
 * conversation works both ways without a reload.
 */
const distDir = process.env.E2E_DIST_DIR ?? ".next-test";
const CROSS_INSTANCE_MS = 3_000;

test.describe("two instances on one PostgreSQL database", () => {
  test.skip(
    !postgresAvailable() && !process.env.CI,
    "PostgreSQL server binaries are not installed (Debian: apt-get install postgresql)",
  );
  let postgres: ThrowawayPostgres | undefined;
  const servers: AppServer[] = [];

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    postgres = await startThrowawayPostgres();
    const target = { kind: "postgres" as const, url: postgres.url };
    await prepareDatabase(target, { customers: 10, orders: 20 });
    const env = {
      ...targetEnv(target),
      TANDEM_ENGINE: "local",
      NEXTAUTH_SECRET: "multi-instance-test-secret",
      LOG_LEVEL: "warn",
    };
    const ports = [await freePort(), await freePort()];
    servers.push(...(await Promise.all(ports.map((port) => startAppServer({ port, distDir, env })))));
  });

  test.afterEach(closeContexts);
  test.afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await postgres?.stop();
  });

  test("a customer on one instance and an agent on the other talk live, both ways", async ({ browser }) => {
    test.setTimeout(90_000);
    const [customerInstance, agentInstance] = servers.map((server) => server.url) as [string, string];
    const agent = await signedIn(browser, "ana", agentInstance);
    await agent.goto("/inbox?filter=unassigned");
    await liveOn(agent);

    const customer = await customerPage(browser, customerInstance);
    await say(customer, "My order hasn't arrived and I'd like to speak to someone please.");
    await customer.getByTestId("talk-to-person").click();
    await expect(customer.getByTestId("handoff-banner")).toBeVisible();

    // Written on the customer's instance, shown live on the agent's.
    const row = agent.getByTestId("queue-row").filter({ hasText: "My order hasn't arrived" });
    await expect(row).toBeVisible();
    await row.getByTestId("take").click();
    await expect(agent.getByTestId("conversation-status")).toHaveText("With a person");
    await expect(customer.getByTestId("handoff-banner")).toContainText("You're talking with Ana Lima");

    // Each hop well inside the streams' 5-second fallback poll: the wake-up crossed instances through NOTIFY.
    await agent.getByTestId("composer-input").fill("Hi, I'm Ana. Let me find your parcel.");
    await agent.getByTestId("composer-send").click();
    await expect(customerMessages(customer, "agent").last()).toContainText("Let me find your parcel.", {
      timeout: CROSS_INSTANCE_MS,
    });

    await say(customer, "Thank you Ana, it's order NW-100012.");
    await expect(agent.locator('[data-testid="ws-message"][data-role="customer"]').last()).toContainText(
      "it's order NW-100012",
      { timeout: CROSS_INSTANCE_MS },
    );
  });
});

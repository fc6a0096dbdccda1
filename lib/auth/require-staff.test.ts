import { beforeEach, describe, expect, it, vi } from "vitest";
import type { StaffSession } from "./roles";

/**
 * The staff guard and its three adapters: one decision (session, live active row, role), three kinds of answer.
 * The session and the staff row are faked; the redirect records where it would have sent the browser.
 */
const state = vi.hoisted(() => ({ claimed: null as StaffSession | null, row: null as StaffSession | null }));
vi.mock("./session", () => ({ getStaffSession: async () => state.claimed }));
vi.mock("@/lib/db/client", () => ({ db: () => ({}) }));
vi.mock("@/lib/db/staff", () => ({ findActiveStaff: async () => state.row }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Error(`redirect:${to}`);
  },
}));

const { requireStaff, requireStaffPage, staffRoute, StaffAccessError } = await import("./require-staff");
const { staffAction } = await import("./action");
const { z } = await import("zod");

const ana: StaffSession = { id: "ana", email: "ana@t.test", name: "Ana", role: "agent" };
const signedInAs = (claimed: StaffSession | null, row: StaffSession | null = claimed) =>
  Object.assign(state, { claimed, row });

beforeEach(() => signedInAs(null));

describe("requireStaff", () => {
  it("returns the staff member as the database has them, role included", async () => {
    signedInAs({ ...ana, role: "admin" }, ana);
    await expect(requireStaff("agent")).resolves.toEqual(ana);
    await expect(requireStaff("supervisor")).rejects.toMatchObject({
      refusal: "forbidden",
      code: "forbidden",
      status: 403,
    });
  });

  it("refuses no session and an inactive account as unauthenticated, with different messages", async () => {
    const signedOut = await requireStaff("agent").catch((error: unknown) => error);
    signedInAs(ana, null);
    const inactive = await requireStaff("agent").catch((error: unknown) => error);
    expect(signedOut).toBeInstanceOf(StaffAccessError);
    expect(signedOut).toMatchObject({
      code: "unauthenticated",
      status: 401,
      message: "Your session has ended. Sign in again.",
    });
    expect(inactive).toMatchObject({
      code: "unauthenticated",
      status: 401,
      message: "Your account is not active. Ask an admin.",
    });
  });
});

describe("the adapters", () => {
  it("send a page to sign-in (back to where it was) or to /forbidden", async () => {
    await expect(requireStaffPage("agent", "/inbox/1")).rejects.toThrow(
      `redirect:/signin?callbackUrl=${encodeURIComponent("/inbox/1")}`,
    );
    signedInAs(ana);
    await expect(requireStaffPage("supervisor", "/supervisor")).rejects.toThrow("redirect:/forbidden");
    await expect(requireStaffPage("agent", "/inbox")).resolves.toEqual(ana);
  });

  it("answer a route with 401/403 JSON in the route's words, or run it for the staff member", async () => {
    const route = staffRoute(
      { role: "supervisor", messages: { unauthenticated: "Sign in to export." } },
      async (staff) => Response.json({ id: staff.id }),
    );
    const signedOut = await route();
    expect(signedOut.status).toBe(401);
    expect(await signedOut.json()).toEqual({ error: { code: "unauthenticated", message: "Sign in to export." } });
    signedInAs(ana);
    const agent = await route();
    expect(agent.status).toBe(403);
    expect(await agent.json()).toEqual({ error: { code: "forbidden", message: "Your role does not allow this." } });
    signedInAs({ ...ana, role: "supervisor" });
    expect(await (await route()).json()).toEqual({ id: "ana" });
  });

  it("answer an action with its result shape, checking the input first", async () => {
    const action = staffAction(
      { role: "agent", input: z.object({ n: z.number() }), name: "test" },
      async (input, { staff }) => `${staff.id}:${input.n}`,
    );
    expect(await action({ n: "x" })).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    expect(await action({ n: 1 })).toEqual({
      ok: false,
      error: { code: "unauthenticated", message: "Your session has ended. Sign in again." },
    });
    signedInAs(ana);
    expect(await action({ n: 1 })).toEqual({ ok: true, data: "ana:1" });
  });
});

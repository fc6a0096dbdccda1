import "server-only";
import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { countStaffOutside } from "@/lib/db/staff";
import { clientAddress } from "@/lib/http/client-ip";
import { DEMO_STAFF } from "./demo-staff";

/**
 * Whether the sign-in page lists the demo accounts and their passwords (L5). TANDEM_SHOW_DEMO_ACCOUNTS=true or
 * false decides outright. Unset, only a local trial shows them: the staff table holds exactly the demo seed's
 * accounts (nobody real has been added), AND the page was asked for from this machine, by its client address and by
 * the host name in the request (a proxy on the same machine makes every visitor look local by address alone).
 */
export type DemoAccount = { email: string; name: string; role: string; password: string };

const LOOPBACK_ADDRESS = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|0:0:0:0::\/64)$/;
const LOOPBACK_HOST = /^(localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])(:\d+)?$/i;

function isLocalRequest(headers: Headers): boolean {
  const host = headers.get("host") ?? "";
  return LOOPBACK_HOST.test(host) && LOOPBACK_ADDRESS.test(clientAddress(headers));
}

async function onlyDemoStaff(prisma: PrismaClient): Promise<boolean> {
  return (
    (await countStaffOutside(
      prisma,
      DEMO_STAFF.map((staff) => staff.email),
    )) === 0
  );
}

export async function demoAccountsToShow(
  prisma: PrismaClient,
  headers: Headers,
  setting = env().TANDEM_SHOW_DEMO_ACCOUNTS,
): Promise<DemoAccount[]> {
  const show = setting ?? (isLocalRequest(headers) && (await onlyDemoStaff(prisma)));
  if (!show) return [];
  return DEMO_STAFF.map(({ email, name, role, password }) => ({ email, name, role, password }));
}

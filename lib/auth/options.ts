import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { recordAudit } from "@/lib/db/audit";
import { db } from "@/lib/db/client";
import { findStaffByEmail, markStaffSeen } from "@/lib/db/staff";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-ip";
import { isHttpsRequest } from "@/lib/http/https";
import { log } from "@/lib/log";
import { hashPassword, verifyPassword } from "./password";
import { admitSignInAttempt, signInSucceeded } from "./rate-limit";

let decoy: Promise<string> | undefined;
const decoyHash = () => (decoy ??= hashPassword("decoy password that matches no account"));

const credentialsSchema = z.object({ email: z.email().toLowerCase(), password: z.string().min(1).max(200) });

/**
 * Staff sign-in: email and password against StaffUser rows (scrypt hashes), a JWT session carrying the role.
 * Customers never have staff sessions; their access is the conversation cookie alone.
 */
export const authOptions: NextAuthOptions = {
  secret: env().NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 60 * 60 * 12 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Tandem staff",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, req) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        try {
          return await signIn(db(), parsed.data.email, parsed.data.password, clientAddress(req?.headers ?? {}));
        } catch (error) {
          if (error instanceof SignInLockedError) throw error;
          // next-auth puts a thrown error's message in the sign-in URL: never let a database error reach a browser.
          log.error("auth.sign_in_error", { error });
          throw new Error("Sign-in is unavailable right now. Please try again in a moment.");
        }
      },
    }),
  ],

  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      session.user = { ...session.user, id: token.uid, role: token.role };
      return session;
    },
  },
};

/**
 * The options for one request to /api/auth: the same, with the cookies' `Secure` flag following the request (HTTPS
 * → Secure) unless TANDEM_SECURE_COOKIES says otherwise. The cookie NAMES stay what next-auth derives from
 * NEXTAUTH_URL everywhere else (getServerSession, the proxy's getToken), so every reader still finds them.
 */
export function authOptionsFor(request: Request): NextAuthOptions {
  const secureNames = env().NEXTAUTH_URL?.startsWith("https://") ?? false;
  // A `__Secure-` name (NEXTAUTH_URL on https) must be Secure, or browsers drop the cookie.
  const secure = secureNames || (env().TANDEM_SECURE_COOKIES ?? isHttpsRequest(request));
  // The credentials flow sets these three; names and options as next-auth's defaults, `secure` per request.
  const prefix = secureNames ? "__Secure-" : "";
  const options = { httpOnly: true, sameSite: "lax" as const, path: "/", secure };
  const cookies: NextAuthOptions["cookies"] = {
    sessionToken: { name: `${prefix}next-auth.session-token`, options },
    callbackUrl: { name: `${prefix}next-auth.callback-url`, options },
    csrfToken: { name: `${secureNames ? "__Host-" : ""}next-auth.csrf-token`, options },
  };
  return { ...authOptions, cookies };
}

/** next-auth turns a thrown error into `error` on the client; this one's text is safe to show. */
class SignInLockedError extends Error {
  constructor(message = "Too many failed attempts. Wait 15 minutes and try again.") {
    super(message);
    this.name = "SignInLockedError";
  }
}

const ACCOUNT_THROTTLED =
  "Too many sign-in attempts on this account from new places. Try again later, or from a device you signed in from before.";

/**
 * Checks a staff sign-in. The attempt is counted (atomically, in the database) before the password is looked at,
 * per account and client, with a slower account-wide throttle (lib/auth/rate-limit.ts).
 */
async function signIn(prisma: PrismaClient, email: string, password: string, client: string) {
  const gate = await admitSignInAttempt(prisma, email, client);
  if (!gate.allowed) {
    await recordAudit(prisma, {
      actorType: "staff",
      action: "auth.sign_in_locked",
      target: email,
      details: { client, scope: gate.scope },
    });
    throw new SignInLockedError(gate.scope === "account" ? ACCOUNT_THROTTLED : undefined);
  }
  const user = await findStaffByEmail(prisma, email);
  // An unknown email costs the same scrypt work as a known one, so the response time does not reveal accounts.
  const ok = (await verifyPassword(password, user?.passwordHash ?? (await decoyHash()))) && user?.active === true;
  if (!user || !ok) {
    await recordAudit(prisma, {
      actorType: "staff",
      action: "auth.sign_in_failed",
      target: email,
      details: { client },
    });
    return null;
  }
  await signInSucceeded(prisma, email, client);
  await markStaffSeen(prisma, user.id);
  await recordAudit(prisma, {
    actorType: "staff",
    actorId: user.id,
    action: "auth.sign_in",
    target: email,
    details: { client },
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { recordAudit } from "@/lib/db/audit";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { hashPassword, verifyPassword } from "./password";
import { isSignInLocked } from "./rate-limit";

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
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        try {
          return await signIn(parsed.data.email, parsed.data.password);
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

/** next-auth turns a thrown error into `error` on the client; this one's text is safe to show. */
class SignInLockedError extends Error {
  constructor() {
    super("Too many failed attempts. Wait 15 minutes and try again.");
    this.name = "SignInLockedError";
  }
}

async function signIn(email: string, password: string) {
  const prisma = db();
  if (await isSignInLocked(prisma, email)) {
    await recordAudit(prisma, { actorType: "staff", action: "auth.sign_in_locked", target: email });
    throw new SignInLockedError();
  }
  const user = await prisma.staffUser.findUnique({ where: { email } });
  // An unknown email costs the same scrypt work as a known one, so the response time does not reveal accounts.
  const ok = (await verifyPassword(password, user?.passwordHash ?? (await decoyHash()))) && user?.active === true;
  if (!user || !ok) {
    await recordAudit(prisma, { actorType: "staff", action: "auth.sign_in_failed", target: email });
    return null;
  }
  await prisma.staffUser.update({ where: { id: user.id }, data: { lastSeenAt: new Date() } });
  await recordAudit(prisma, { actorType: "staff", actorId: user.id, action: "auth.sign_in", target: email });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

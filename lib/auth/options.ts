import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { recordAudit } from "@/lib/db/audit";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { verifyPassword } from "./password";
import { isSignInLocked } from "./rate-limit";

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
        const { email, password } = parsed.data;
        const prisma = db();
        if (await isSignInLocked(prisma, email)) {
          await recordAudit(prisma, { actorType: "staff", action: "auth.sign_in_locked", target: email });
          // next-auth turns a thrown error into `error` on the client; the text is safe to show.
          throw new Error("Too many failed attempts. Wait 15 minutes and try again.");
        }
        const user = await prisma.staffUser.findUnique({ where: { email } });
        const ok = user?.active === true && (await verifyPassword(password, user.passwordHash));
        if (!user || !ok) {
          await recordAudit(prisma, { actorType: "staff", action: "auth.sign_in_failed", target: email });
          return null;
        }
        await prisma.staffUser.update({ where: { id: user.id }, data: { lastSeenAt: new Date() } });
        await recordAudit(prisma, { actorType: "staff", actorId: user.id, action: "auth.sign_in", target: email });
        return { id: user.id, email: user.email, name: user.name, role: user.role };
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

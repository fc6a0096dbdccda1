import NextAuth from "next-auth";
import { authOptionsFor } from "@/lib/auth/options";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options per request: the session cookie is Secure when the request came over HTTPS (lib/auth/options.ts).
async function handler(request: Request, context: Context): Promise<Response> {
  return (
    NextAuth as unknown as (req: Request, ctx: Context, options: ReturnType<typeof authOptionsFor>) => Promise<Response>
  )(request, context, authOptionsFor(request));
}

export { handler as GET, handler as POST };

import "server-only";
import { cookies } from "next/headers";
import { CONVERSATION_COOKIE, CONVERSATION_COOKIE_MAX_AGE } from "@/lib/chat/token";
import type { ChatErrorBody } from "@/lib/views/protocol";
import { ChatError } from "@/lib/chat/service";
import { env } from "@/lib/env";
import { isHttpsRequest } from "@/lib/http/https";
import { log } from "@/lib/log";

export async function readConversationToken(): Promise<string | undefined> {
  return (await cookies()).get(CONVERSATION_COOKIE)?.value;
}

/** The cookie is `Secure` when the request came over HTTPS, unless TANDEM_SECURE_COOKIES says otherwise. */
export async function writeConversationToken(token: string, request: Request): Promise<void> {
  (await cookies()).set(CONVERSATION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: env().TANDEM_SECURE_COOKIES ?? isHttpsRequest(request),
    path: "/",
    maxAge: CONVERSATION_COOKIE_MAX_AGE,
  });
}

/** Expected errors become their safe message; anything else is logged and answered generically. */
export function chatErrorResponse(error: unknown, context: Record<string, unknown> = {}): Response {
  if (error instanceof ChatError) {
    const retry = error.details.retryAfterSeconds;
    const body: ChatErrorBody = {
      error: {
        code: error.code,
        message: error.message,
        ...(typeof retry === "number" ? { retryAfterSeconds: retry } : {}),
      },
    };
    return Response.json(body, {
      status: error.status,
      headers: typeof retry === "number" ? { "Retry-After": String(retry) } : undefined,
    });
  }
  log.error("chat.request_failed", { error, ...context });
  const body: ChatErrorBody = {
    error: {
      code: "internal",
      message: "Something went wrong on our side. Your message was not lost: please try again.",
    },
  };
  return Response.json(body, { status: 500 });
}

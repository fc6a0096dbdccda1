import type { ChatErrorBody } from "@/lib/views/protocol";

/** What the customer reads when a send or a handoff goes wrong (the server's own words when it gave any). */
export const CHAT_ERRORS = {
  network: "We couldn't reach our support team. Check your connection and try again; your message is still in the box.",
  dropped:
    "The connection dropped before the reply finished. Your message was saved: reload the page to see the reply.",
  generic: "Something went wrong on our side. Your message was not lost: please try again.",
  handoffNetwork: "We couldn't reach our support team to ask for a person. Check your connection and try again.",
} as const;

/** The message of a `ChatErrorBody` (a refused send or handoff), or the generic message for anything else. */
export function refusalMessage(responseBody: string | undefined): string {
  try {
    const body = JSON.parse(responseBody ?? "") as Partial<ChatErrorBody>;
    if (typeof body.error?.message === "string") return body.error.message;
  } catch {
    // Not our JSON (a proxy's error page, say): fall through to the generic message.
  }
  return CHAT_ERRORS.generic;
}

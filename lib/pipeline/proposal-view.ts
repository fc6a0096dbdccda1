import "server-only";
import { phrase } from "@/lib/engines/local/phrases";
import { latestPendingProposal } from "@/lib/db/proposals";
import type { Db } from "@/lib/db/types";
import type { ChatMessageView, ChatProposalView } from "@/lib/views/protocol";

/**
 * The "Yes, do it" / "No" buttons of a proposal that waits for the customer (lib/tools/proposals.ts). They belong
 * on the AI message that made the offer, and only while it is the last word: once the customer writes, the
 * proposal is answered, replaced or left to expire.
 */
export function proposalView(language: string | null, expiresAt: Date): ChatProposalView {
  const lang = language ?? "en";
  return { yes: phrase(lang, "proposal_yes"), no: phrase(lang, "proposal_no"), expiresAt: expiresAt.toISOString() };
}

export async function withPendingProposal(
  prisma: Db,
  conversationId: string,
  messages: ChatMessageView[],
  now = new Date(),
): Promise<ChatMessageView[]> {
  const last = messages.at(-1);
  if (!last || last.role !== "ai") return messages;
  const pending = await latestPendingProposal(prisma, conversationId, now);
  if (!pending || pending.createdAt.getTime() > new Date(last.createdAt).getTime() + 1) return messages;
  return [
    ...messages.slice(0, -1),
    { ...last, proposal: proposalView(pending.conversation.language, pending.expiresAt) },
  ];
}

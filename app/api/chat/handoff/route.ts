import type { ChatHandoffResponse } from "@/lib/chat/protocol";
import { requestHuman } from "@/lib/chat/service";
import { chatErrorResponse, readConversationToken, writeConversationToken } from "../cookie";

export const dynamic = "force-dynamic";

/** "Talk to a person". Always available, also before the first message. */
export async function POST() {
  try {
    const result = await requestHuman(await readConversationToken());
    if (result.newToken) await writeConversationToken(result.newToken);
    const body: ChatHandoffResponse = { conversationId: result.conversationId, status: result.status, message: result.notice };
    return Response.json(body);
  } catch (error) {
    return chatErrorResponse(error, { route: "POST /api/chat/handoff" });
  }
}

import type { ChatHandoffResponse } from "@/lib/views/protocol";
import { requestHuman } from "@/lib/chat/service";
import { BODY_LIMITS, readJsonBody } from "@/lib/http/body";
import { chatErrorResponse, readConversationToken, writeConversationToken } from "../cookie";
import { customerLimits } from "../guard";

export const dynamic = "force-dynamic";

/**
 * "Talk to a person". Always available, also before the first message. The body is `{}`, sent as JSON like every
 * customer POST (415 otherwise), and each client may ask only so often (lib/http/client-limits.ts).
 */
export async function POST(request: Request) {
  try {
    const read = await readJsonBody(request, BODY_LIMITS.small);
    if (!read.ok) return read.response;
    const token = await readConversationToken();
    const limited = await customerLimits(request, token, "handoffs");
    if (limited) return limited;
    const result = await requestHuman(token);
    if (result.newToken) await writeConversationToken(result.newToken, request);
    const body: ChatHandoffResponse = {
      conversationId: result.conversationId,
      status: result.status,
      message: result.notice,
    };
    return Response.json(body);
  } catch (error) {
    return chatErrorResponse(error, { route: "POST /api/chat/handoff" });
  }
}

import type { Metadata } from "next";
import { cookies } from "next/headers";
import { loadBootstrap } from "@/lib/chat/service";
import { CONVERSATION_COOKIE } from "@/lib/chat/token";
import { ChatClient } from "./chat-client";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Support chat · Northwind Outfitters",
  description: "Chat with Northwind Outfitters' AI assistant, or talk to a person at any time.",
};

export default async function ChatPage() {
  const token = (await cookies()).get(CONVERSATION_COOKIE)?.value;
  const bootstrap = await loadBootstrap(token);
  return <ChatClient bootstrap={bootstrap} />;
}

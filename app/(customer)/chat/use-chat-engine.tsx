"use client";

import { type ComponentType, useCallback, useRef, useState } from "react";
import type { ChatEngine, SendTurn } from "./chat-engine";

/**
 * Loads the chat engine (the AI SDK and its stream parsing, most of the page's script) only when the customer
 * reaches for the chat: a focus, a tap or a key in the page, or a send. A visitor who only reads, or a page that
 * embeds the chat and is never used, doesn't download it. `element` mounts the engine once loaded; `ready()`
 * resolves with its send function, loading it first if needed.
 */
export function useChatEngine(onText: (text: string | null) => void) {
  const [Engine, setEngine] = useState<ComponentType<Parameters<typeof ChatEngine>[0]> | null>(null);
  const loading = useRef<Promise<void> | null>(null);
  const sendRef = useRef<SendTurn | null>(null);
  const waiting = useRef<((send: SendTurn) => void)[]>([]);

  const load = useCallback(() => {
    loading.current ??= import("./chat-engine").then(
      (module) => setEngine(() => module.ChatEngine),
      (error: unknown) => {
        // A failed download (offline) is tried again on the next send.
        loading.current = null;
        throw error;
      },
    );
    return loading.current;
  }, []);

  const onReady = useCallback((send: SendTurn) => {
    sendRef.current = send;
    for (const resolve of waiting.current.splice(0)) resolve(send);
  }, []);

  const ready = useCallback(async (): Promise<SendTurn> => {
    if (sendRef.current) return sendRef.current;
    const mounted = new Promise<SendTurn>((resolve) => waiting.current.push(resolve));
    await load();
    return mounted;
  }, [load]);

  const preload = useCallback(() => void load().catch(() => {}), [load]);
  return { element: Engine ? <Engine onReady={onReady} onText={onText} /> : null, ready, preload };
}

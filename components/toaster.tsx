"use client";

import { useEffect, useSyncExternalStore } from "react";
import { AlertIcon, CheckCircleIcon, XIcon } from "./icons";

/**
 * Short messages about what just happened ("Ana Lima took this conversation a moment ago."), shown in a corner
 * for a few seconds. They outlive the component that raised them, which a live page may already have removed.
 */
type Toast = { id: number; message: string; tone: "error" | "success" };

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

export function toast(message: string, tone: Toast["tone"] = "error"): void {
  toasts = [...toasts.filter((t) => t.message !== message), { id: nextId++, message, tone }].slice(-3);
  emit();
}

function dismiss(id: number): void {
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const empty: Toast[] = [];

export function Toaster() {
  const list = useSyncExternalStore(
    subscribe,
    () => toasts,
    () => empty,
  );
  return (
    <div
      aria-live="assertive"
      className="pointer-events-none fixed right-4 bottom-4 z-50 flex w-full max-w-sm flex-col gap-2"
    >
      {list.map((item) => (
        <ToastItem key={item.id} item={item} />
      ))}
    </div>
  );
}

function ToastItem({ item }: { item: Toast }) {
  useEffect(() => {
    const timer = setTimeout(() => dismiss(item.id), 8_000);
    return () => clearTimeout(timer);
  }, [item.id]);
  const error = item.tone === "error";
  return (
    <div
      role={error ? "alert" : "status"}
      data-testid="toast"
      className={`pointer-events-auto flex animate-rise items-start gap-2.5 rounded-xl border px-4 py-3 text-sm shadow-raised ${
        error ? "border-red-200 bg-surface text-red-800" : "border-emerald-200 bg-surface text-emerald-800"
      }`}
    >
      {error ? (
        <AlertIcon className="mt-0.5 size-4 shrink-0" />
      ) : (
        <CheckCircleIcon className="mt-0.5 size-4 shrink-0" />
      )}
      <p className="flex-1 text-ink">{item.message}</p>
      <button
        type="button"
        onClick={() => dismiss(item.id)}
        className="rounded text-ink-subtle hover:text-ink"
        aria-label="Dismiss"
      >
        <XIcon className="size-4" />
      </button>
    </div>
  );
}

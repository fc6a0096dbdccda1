/**
 * One value per process. Next.js may evaluate a module more than once (route handlers, server components, dev
 * reloads), so a module-level `let` would give each copy its own database client, bus or search index; these
 * live on globalThis instead, under one key each, created on first use and never at import (so `next build`
 * opens nothing).
 */
const slots: Map<string, unknown> = ((
  globalThis as { __tandemSingletons?: Map<string, unknown> }
).__tandemSingletons ??= new Map());

export function singleton<T>(key: string, create: () => T): T {
  if (!slots.has(key)) slots.set(key, create());
  return slots.get(key) as T;
}

/** Replaces (or, with undefined, forgets) a value: tests swapping in their own database, a policy reload. */
export function replaceSingleton<T>(key: string, value: T | undefined): void {
  if (value === undefined) slots.delete(key);
  else slots.set(key, value);
}

/**
 * Chart colours by meaning, shared by the server components that build chart data and the client charts. Kept out
 * of charts.tsx: a server component importing a value from a "use client" module gets a reference, not the value.
 */
export const PATH_COLORS = {
  ai_only: "#6366e8",
  ai_then_human: "#0ea5e9",
  human_only: "#14b8a6",
  abandoned: "#f59e0b",
  open: "#9aa1ad",
} as const;

export const OUTCOME_COLORS = {
  durable: "#10b981",
  recontacted: "#f59e0b",
  pending: "#a7adf7",
  unresolved: "#cdd2da",
} as const;

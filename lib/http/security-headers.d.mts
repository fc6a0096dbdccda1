export function securityHeaders(options?: { frameAncestors?: string[]; development?: boolean }): { key: string; value: string }[];
export const HSTS: { key: string; value: string };
export const HSTS_CONDITION: { type: "header"; key: string; value: string }[];

import { z } from "zod";

/**
 * Every environment variable Tandem reads, parsed once. `.env.example` documents each of them.
 * Anything that reads `process.env` directly elsewhere is a bug.
 */
const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** `{ "gpt-4.1-mini": { "input": 0.4, "output": 1.6 } }`: USD per million tokens, per model id. */
const modelPrices = z.record(
  z.string().min(1),
  z.object({ input: z.number().nonnegative(), output: z.number().nonnegative() }).strict(),
);
const jsonText = optionalString.transform((value, ctx) => {
  if (value === undefined) return {};
  try {
    return JSON.parse(value) as unknown;
  } catch {
    ctx.addIssue({ code: "custom", message: "not valid JSON" });
    return z.NEVER;
  }
});

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** PostgreSQL connection string. Unset: the embedded PGlite database under TANDEM_DATA_DIR. */
  DATABASE_URL: optionalString,
  /** Where the embedded database keeps its files. `memory://` keeps it in memory (tests). */
  TANDEM_DATA_DIR: z.string().default(".data/pglite"),
  /** OpenAI (or any compatible server). Unset key: the local engine answers everything. */
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString,
  OPENAI_MODEL_REPLY: z.string().default("gpt-4.1-mini"),
  OPENAI_MODEL_TRIAGE: z.string().default("gpt-4.1-mini"),
  OPENAI_MODEL_SUMMARY: z.string().default("gpt-4.1-mini"),
  /** How long a model call may go without progress before the turn falls back to the local engine. */
  OPENAI_TIMEOUT_MS: positiveInt(15_000),
  /** The same (idle deadline), under its clearer name; wins over OPENAI_TIMEOUT_MS when both are set. */
  OPENAI_IDLE_TIMEOUT_MS: z.coerce.number().int().positive().optional(),
  /** How long one model call (a whole streamed reply) may take in all, however steadily it streams. */
  OPENAI_TOTAL_TIMEOUT_MS: positiveInt(60_000),
  /** Forces an engine regardless of the key: `local` or `openai`. */
  TANDEM_ENGINE: optionalString.pipe(z.enum(["local", "openai"]).optional()),
  /** Prices per model for the dashboard's cost per resolution; merged over the defaults in lib/metrics/prices.ts. */
  TANDEM_MODEL_PRICES: jsonText.pipe(modelPrices),
  /** Folder holding support-policy.yaml and knowledge/. */
  TANDEM_POLICY_DIR: z.string().default("policies"),
  /** Secret for staff sessions. Generated per data directory when unset (see lib/auth). */
  NEXTAUTH_SECRET: optionalString,
  NEXTAUTH_URL: optionalString,
  /**
   * Marks cookies `Secure`. Unset: Secure whenever the request arrived over HTTPS (directly, or per the
   * `x-forwarded-proto` of a proxy in front), so production behind HTTPS gets Secure cookies and http://localhost
   * still works. `true` or `false` forces it.
   */
  TANDEM_SECURE_COOKIES: optionalString
    .pipe(z.enum(["true", "false"]).optional())
    .transform((value) => (value === undefined ? undefined : value === "true")),
  /**
   * How many reverse proxies of yours sit in front of Tandem. 0 (default): the client is the socket's address and
   * `x-forwarded-for` is ignored (a client could write it). N: the client is the N-th address from the right of
   * `x-forwarded-for`. Per-client limits (sign-in, anonymous chat) key on this address.
   */
  TANDEM_TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * Per-client limits for visitors without a staff session, merged over the defaults in lib/http/client-limits.ts:
   * `{"conversations":{"limit":10,"windowSeconds":600},"messages":{...},"handoffs":{...}}`.
   */
  TANDEM_CLIENT_LIMITS: jsonText.pipe(
    z
      .object({
        conversations: z
          .object({ limit: z.number().int().positive(), windowSeconds: z.number().int().positive() })
          .strict()
          .optional(),
        messages: z
          .object({ limit: z.number().int().positive(), windowSeconds: z.number().int().positive() })
          .strict()
          .optional(),
        handoffs: z
          .object({ limit: z.number().int().positive(), windowSeconds: z.number().int().positive() })
          .strict()
          .optional(),
      })
      .strict(),
  ),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  /**
   * Lists the demo staff accounts (and their passwords) on the sign-in page. Unset: only when the database holds
   * nothing but the demo seed's staff AND the page is requested from this machine (localhost). `true` always,
   * `false` never.
   */
  TANDEM_SHOW_DEMO_ACCOUNTS: optionalString
    .pipe(z.enum(["true", "false"]).optional())
    .transform((value) => (value === undefined ? undefined : value === "true")),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid environment configuration:\n${problems}\nSee .env.example for every variable.`);
  }
  cached = parsed.data;
  return cached;
}

/** Tests change the environment between cases; production never calls this. */
export function resetEnvForTests(): void {
  cached = undefined;
}

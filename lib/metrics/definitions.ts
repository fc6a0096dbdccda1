/**
 * The metric definitions of DESIGN.md ("Metrics") as numbers the queries use and sentences the dashboard shows.
 * Pure: the queries (server-only) and the page (which explains each figure) import the same constants.
 */

/** A resolution is durable when the customer does not come back about the same issue within this many days. */
export const RECONTACT_WINDOW_DAYS = 7;
/**
 * How far before the range the queries look for an earlier contact on the same issue, so that a conversation at
 * the start of the range can still be recognised as a repeat contact.
 */
export const LOOKBACK_DAYS = 30;
/** A draft counts as heavily edited when the edit distance is at least this share of the draft's length. */
export const HEAVY_EDIT_RATIO = 0.3;
/** CSAT scores at or above this count as satisfied. */
export const SATISFIED_FROM = 4;

export const PATHS = ["ai_only", "ai_then_human", "human_only", "abandoned", "open"] as const;
export type PathKey = (typeof PATHS)[number];

export const PATH_LABELS: Record<PathKey, string> = {
  ai_only: "AI only",
  ai_then_human: "AI then human",
  human_only: "Human only",
  abandoned: "Abandoned",
  open: "Still open",
};

/** What each headline figure means, in the words the dashboard and the CSV export use. */
export const DEFINITIONS = {
  durable:
    "Resolved (not abandoned) and no new conversation from the same customer about the same issue (its first substantive intent) within 7 days of the resolution. " +
    "Counted once the 7 days have passed; out of conversations whose outcome is settled (abandoned, re-contacted, or resolved more than 7 days ago).",
  recontact:
    "Resolved conversations whose customer came back about the same intent within 7 days, out of resolutions whose outcome is settled.",
  fcr: "Durable resolutions of a customer's first contact about an issue (no conversation on the same intent in the 7 days before), out of settled first contacts.",
  escalation: "Conversations handed to a person, out of all conversations in the range.",
  appropriateness: "Handoffs a person marked as needed, out of handoffs that were marked.",
  override:
    "AI drafts discarded or heavily edited (edit distance ≥ 30% of the draft) and AI action requests rejected, out of drafts and requests a person decided.",
  csat: "Average customer rating (1–5) of rated conversations; satisfied means 4 or 5.",
  handleTime:
    "Median time from a person taking the conversation to its resolution; time to first human reply is from the handoff.",
  turns: "Average customer turns the AI answered per conversation (the customer's effort).",
  cost: "Model tokens of every AI turn priced per model (TANDEM_MODEL_PRICES), divided by durable resolutions. The local engine costs nothing.",
  violations:
    "Output guardrail blocks by type (the validator replaced or removed the text) and flagged manipulation attempts on input.",
  gaps: "Customer questions the AI answered although the best knowledge article scored below the policy's low-retrieval threshold, grouped by intent and nearest article.",
} as const;

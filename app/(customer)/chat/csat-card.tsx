"use client";

import { useEffect, useState } from "react";
import { CheckCircleIcon } from "@/components/icons";

const SCORES = [
  { score: 1, label: "Very poor" },
  { score: 2, label: "Poor" },
  { score: 3, label: "Okay" },
  { score: 4, label: "Good" },
  { score: 5, label: "Excellent" },
] as const;

type State = { phase: "loading" | "hidden" | "asking" | "sending" | "thanks"; error: string | null };

/**
 * "How did we do?" once a conversation is resolved: a 1–5 rating and an optional comment, sent once
 * (POST /api/chat/csat, scoped by the conversation cookie). Hidden when the conversation was already rated.
 */
export function CsatCard() {
  const [state, setState] = useState<State>({ phase: "loading", error: null });
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState("");

  useEffect(() => {
    let cancelled = false;
    fetch("/api/chat/csat", { cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<{ canRate: boolean }>) : { canRate: false }))
      .then((body) => !cancelled && setState({ phase: body.canRate ? "asking" : "hidden", error: null }))
      .catch(() => !cancelled && setState({ phase: "hidden", error: null }));
    return () => {
      cancelled = true;
    };
  }, []);

  async function submit() {
    if (score === null) return setState({ phase: "asking", error: "Choose a rating from 1 to 5 first." });
    setState({ phase: "sending", error: null });
    try {
      const response = await fetch("/api/chat/csat", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ score, ...(comment.trim() ? { comment: comment.trim() } : {}) }),
      });
      // Already rated (another tab) counts as done: the customer's answer is in either way.
      if (response.ok || response.status === 409) return setState({ phase: "thanks", error: null });
      setState({ phase: "asking", error: "We couldn't save your rating. Please try again." });
    } catch {
      setState({ phase: "asking", error: "We couldn't save your rating. Check your connection and try again." });
    }
  }

  if (state.phase === "loading" || state.phase === "hidden") return null;
  if (state.phase === "thanks") {
    return (
      <section className="mx-auto w-full max-w-3xl px-4 pb-6 sm:px-6" aria-live="polite">
        <p
          data-testid="csat-thanks"
          className="flex items-center justify-center gap-2 rounded-xl border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900"
        >
          <CheckCircleIcon className="size-4" /> Thanks for your rating. It helps us get better.
        </p>
      </section>
    );
  }
  return (
    <section className="mx-auto w-full max-w-3xl px-4 pb-6 sm:px-6" aria-labelledby="csat-heading">
      <form
        data-testid="csat-card"
        className="mx-auto max-w-md animate-rise rounded-2xl border border-line bg-surface p-5 shadow-raised"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h2 id="csat-heading" className="text-[15px] font-semibold text-ink">
          How did we do?
        </h2>
        <p className="mt-0.5 text-sm text-ink-muted">Rate this conversation. It takes a second.</p>
        <div
          role="radiogroup"
          aria-label="Rating from 1 (very poor) to 5 (excellent)"
          className="mt-4 grid grid-cols-5 gap-2"
        >
          {SCORES.map((option) => {
            const chosen = score === option.score;
            return (
              <button
                key={option.score}
                type="button"
                role="radio"
                aria-checked={chosen}
                aria-label={`${option.score}, ${option.label}`}
                data-testid={`csat-score-${option.score}`}
                onClick={() => setScore(option.score)}
                className={`flex flex-col items-center gap-1 rounded-xl border px-1 py-2.5 text-xs transition-colors ${
                  chosen
                    ? "border-brand-500 bg-brand-50 text-brand-800 shadow-focus"
                    : "border-line-strong text-ink-muted hover:bg-surface-muted"
                }`}
              >
                <span className={`text-lg font-semibold ${chosen ? "text-brand-700" : "text-ink"}`}>
                  {option.score}
                </span>
                <span className="leading-tight">{option.label}</span>
              </button>
            );
          })}
        </div>
        <label htmlFor="csat-comment" className="mt-4 block text-sm font-medium text-ink">
          Anything to add? <span className="font-normal text-ink-muted">(optional)</span>
        </label>
        <textarea
          id="csat-comment"
          data-testid="csat-comment"
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          maxLength={1000}
          rows={2}
          className="mt-1.5 block w-full resize-none rounded-lg border border-line-strong bg-surface px-3 py-2 text-sm text-ink focus:border-brand-400 focus:shadow-focus focus:outline-none"
        />
        {state.error ? (
          <p role="alert" className="mt-2 text-sm text-red-700">
            {state.error}
          </p>
        ) : null}
        <button
          type="submit"
          data-testid="csat-submit"
          disabled={state.phase === "sending"}
          className="mt-4 w-full rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-brand-ink shadow-card transition-colors hover:bg-brand-700 disabled:opacity-70"
        >
          {state.phase === "sending" ? "Sending…" : "Send rating"}
        </button>
      </form>
    </section>
  );
}

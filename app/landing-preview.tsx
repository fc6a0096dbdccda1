import { DocumentIcon, HeadsetIcon, SparkleIcon } from "@/components/icons";

/**
 * The landing page's picture of the product: a customer chat with a cited answer and an honest handoff, and the
 * agent's view of the same conversation. Illustrative HTML rather than a screenshot, so it stays sharp and
 * matches the real components; hidden from screen readers, whose users get the same story from the text.
 */
export function LandingPreview() {
  return (
    <div className="relative mx-auto w-full max-w-lg lg:max-w-none" aria-hidden="true">
      <div className="absolute -inset-6 -z-10 rounded-[2rem] bg-linear-to-br from-brand-100/80 via-canvas to-emerald-50 blur-2xl" />
      <div className="overflow-hidden rounded-2xl border border-line bg-surface shadow-raised">
        <div className="flex items-center gap-3 border-b border-line px-4 py-3">
          <span className="grid size-8 place-items-center rounded-lg bg-emerald-800 text-white">
            <svg viewBox="0 0 24 24" className="size-4" fill="currentColor">
              <path d="M3 19 9.5 8l3.2 5.4L15 10l6 9Z" />
            </svg>
          </span>
          <div className="min-w-0 flex-1">
            <p className="text-sm font-semibold text-ink">Northwind Outfitters</p>
            <p className="text-xs text-ink-muted">AI assistant · a person is one click away</p>
          </div>
          <span className="hidden items-center gap-1 rounded-md border border-line px-2 py-1 text-xs font-medium text-ink sm:inline-flex">
            <HeadsetIcon className="size-3.5 text-brand-600" /> Talk to a person
          </span>
        </div>
        <div className="space-y-4 bg-canvas px-4 pt-5 pb-14 text-sm">
          <div className="flex justify-end">
            <p className="max-w-[80%] rounded-2xl rounded-br-md bg-brand-600 px-3.5 py-2 text-white">
              My boots don&apos;t fit. Can I still return them? I wore them once indoors.
            </p>
          </div>
          <div className="flex gap-2.5">
            <span className="grid size-7 shrink-0 place-items-center rounded-full bg-brand-50 text-brand-600">
              <SparkleIcon className="size-3.5" />
            </span>
            <div className="min-w-0">
              <p className="mb-1 text-xs">
                <span className="font-medium text-ink">Tandem</span>
                <span className="text-ink-muted"> · AI assistant</span>
              </p>
              <p className="rounded-2xl rounded-tl-md border border-line bg-surface px-3.5 py-2 text-ink">
                Yes. Unworn or lightly tried-on items can be returned within 30 days of delivery for a full refund.
              </p>
              <p className="mt-1.5 inline-flex items-center gap-1.5 rounded-full border border-line bg-surface px-2.5 py-1 text-xs text-ink">
                <DocumentIcon className="size-3.5 text-ink-muted" />
                <span className="font-medium">Returns and exchanges</span>
                <span className="text-ink-muted">v3</span>
              </p>
            </div>
          </div>
          <div className="mx-auto flex max-w-[90%] items-start gap-2 rounded-xl border border-dashed border-line-strong bg-surface-muted/60 px-3 py-2 text-xs leading-relaxed text-ink-muted">
            <HeadsetIcon className="mt-0.5 size-3.5 shrink-0 text-brand-600" />
            I&apos;m handing this to our support team. They&apos;ll see everything we&apos;ve discussed.
          </div>
        </div>
      </div>

      <div className="relative -mt-8 ml-auto w-[88%] rounded-2xl border border-line bg-surface p-4 shadow-raised sm:-mt-10 sm:w-[78%]">
        <div className="flex items-center justify-between gap-2">
          <p className="text-xs font-semibold tracking-wide text-ink-muted uppercase">Handoff packet</p>
          <span className="rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-800 ring-1 ring-amber-200">
            waiting 2 min
          </span>
        </div>
        <p className="mt-2 text-sm font-medium text-ink">Refund above the AI&apos;s limit: $182 on NW-100042</p>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1.5 text-xs">
          <dt className="text-ink-muted">Tried</dt>
          <dd className="text-ink">Verified order, checked the return window</dd>
          <dt className="text-ink-muted">Tone</dt>
          <dd className="text-ink">Frustrated, easing</dd>
          <dt className="text-ink-muted">Next step</dt>
          <dd className="text-ink">Approve the refund; the draft reply is ready</dd>
        </dl>
      </div>
    </div>
  );
}

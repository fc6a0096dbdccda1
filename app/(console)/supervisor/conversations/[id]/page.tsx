import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeftIcon } from "@/components/icons";
import { requireStaffPage } from "@/lib/auth/require-staff";
import { db } from "@/lib/db/client";
import { intentName, reasonName } from "@/lib/metrics/format";
import { ESCALATION_REASONS } from "@/lib/pipeline/escalate";
import { loadReview } from "@/lib/review/detail";
import { ReviewSidebar } from "./review-sidebar";
import { Transcript } from "./transcript";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Review · Tandem" };

type Params = Promise<{ id: string }>;

/** One conversation under review: the transcript with every AI turn's trace, QA scoring, the handoff judgement. */
export default async function ReviewPage({ params }: { params: Params }) {
  const { id } = await params;
  await requireStaffPage("supervisor", `/supervisor/conversations/${id}`);
  if (!/^[A-Za-z0-9-]{1,64}$/.test(id)) notFound();
  const review = await loadReview(db(), id);
  if (!review) notFound();
  const reasons = ESCALATION_REASONS.map((r) => ({ value: r, label: reasonName(r) }));
  const traced = review.messages.filter((m) => m.trace).length;

  return (
    <div className="space-y-5">
      <div>
        <Link
          href="/supervisor/conversations"
          className="inline-flex items-center gap-1 text-sm text-ink-muted hover:text-ink"
        >
          <ArrowLeftIcon className="size-4" /> Conversations
        </Link>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight text-ink" data-testid="review-title">
          {intentName(review.intent)} conversation
        </h1>
        <p className="mt-1 text-sm text-ink-muted">
          {review.messages.length} messages, {traced} AI {traced === 1 ? "turn" : "turns"} traced ·{" "}
          <code className="font-mono text-xs">{review.id}</code>
        </p>
      </div>
      <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <Transcript conversationId={review.id} messages={review.messages} reasons={reasons} />
        <aside className="xl:sticky xl:top-4">
          <ReviewSidebar review={review} />
        </aside>
      </div>
    </div>
  );
}

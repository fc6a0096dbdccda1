import { Badge, type BadgeTone } from "@/components/badge";
import { PATH_LABELS, type PathKey } from "@/lib/metrics/definitions";

/** Badges the supervisor pages share: a conversation's path and CSAT. */
const PATH_TONES: Record<PathKey, BadgeTone> = {
  ai_only: "brand",
  ai_then_human: "info",
  human_only: "success",
  abandoned: "warning",
  open: "neutral",
};

export function PathBadge({ path }: { path: string }) {
  const key = (path in PATH_LABELS ? path : "open") as PathKey;
  return <Badge tone={PATH_TONES[key]}>{PATH_LABELS[key]}</Badge>;
}

export function CsatBadge({ score }: { score: number | null }) {
  if (score === null) return <span className="text-xs text-ink-subtle">—</span>;
  const tone: BadgeTone = score >= 4 ? "success" : score <= 2 ? "danger" : "warning";
  return (
    <Badge tone={tone} aria-label={`CSAT ${score} of 5`}>
      {score} / 5
    </Badge>
  );
}

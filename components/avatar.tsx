/** Initials in a circle; the colour is derived from the name so a person keeps theirs across the console. */
const PALETTE = [
  "bg-emerald-100 text-emerald-800",
  "bg-sky-100 text-sky-800",
  "bg-amber-100 text-amber-900",
  "bg-rose-100 text-rose-800",
  "bg-violet-100 text-violet-800",
  "bg-teal-100 text-teal-800",
];

function initials(name: string | null | undefined): string {
  const parts = (name ?? "").trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return "?";
  return ((parts[0]?.[0] ?? "") + (parts.length > 1 ? (parts.at(-1)?.[0] ?? "") : "")).toUpperCase();
}

export function Avatar({
  name,
  className = "size-8 text-xs",
}: {
  name: string | null | undefined;
  className?: string;
}) {
  let hash = 0;
  for (const char of name ?? "") hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const colour = name ? PALETTE[hash % PALETTE.length] : "bg-surface-muted text-ink-muted";
  return (
    <span
      className={`grid shrink-0 place-items-center rounded-full font-semibold ${colour} ${className}`}
      aria-hidden="true"
    >
      {initials(name)}
    </span>
  );
}

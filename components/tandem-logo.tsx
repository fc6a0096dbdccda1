/**
 * Tandem's mark: two speech bubbles, the AI's and a person's, overlapping in one conversation.
 * app/icon.svg is the same drawing with the colour inlined.
 */
export function TandemMark({ className = "size-7" }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={className} aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" className="fill-brand-600" />
      <g fill="#fff">
        <g opacity=".6">
          <rect x="12.5" y="13.5" width="13" height="10" rx="5" />
          <path d="M22 22.5 24 26.5 18.5 23Z" />
        </g>
        <rect x="6.5" y="7.5" width="13" height="10" rx="5" />
        <path d="M10 16.5 8 20.5 13.5 17Z" />
      </g>
    </svg>
  );
}

export function TandemLogo({ className = "" }: { className?: string }) {
  return (
    <span className={`inline-flex items-center gap-2 font-semibold tracking-tight text-ink ${className}`}>
      <TandemMark className="size-7" />
      <span>Tandem</span>
    </span>
  );
}

"use client";

import { useEffect, useLayoutEffect, useRef } from "react";

/**
 * The conversation view fills the window below the console's header on wide screens, so the transcript and the
 * side panel scroll on their own and the composer stays in reach. The header's height varies (the engine banner
 * comes and goes), so it is measured rather than assumed. Narrow screens keep the normal page flow.
 */
export function WorkspaceFrame({ className, children }: { className: string; children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const fit = () => element.style.setProperty("--frame-top", `${Math.max(0, element.getBoundingClientRect().top + window.scrollY)}px`);
    fit();
    window.addEventListener("resize", fit);
    return () => window.removeEventListener("resize", fit);
  }, []);
  return (
    <div ref={ref} className={className} style={{ "--frame-top": "6rem" } as React.CSSProperties}>
      {children}
    </div>
  );
}

/**
 * A scroll area that opens at its end (the latest message) and follows new content while the reader is near the
 * end; someone reading further up is left where they are.
 */
export function FollowLatest({ className, count, children }: { className: string; count: number; children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const nearEnd = useRef(true);
  useEffect(() => {
    const element = ref.current;
    if (element && nearEnd.current) element.scrollTop = element.scrollHeight;
  }, [count]);
  return (
    <div
      ref={ref}
      className={className}
      onScroll={(event) => {
        const element = event.currentTarget;
        nearEnd.current = element.scrollHeight - element.scrollTop - element.clientHeight < 120;
      }}
    >
      {children}
    </div>
  );
}

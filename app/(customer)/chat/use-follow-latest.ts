"use client";

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";

/**
 * Keeps the newest message in view without taking the transcript away from someone reading it:
 * - new content scrolls the view down, but never past the top of the newest entry, so a long answer is read from
 *   its first line (and a notice that follows it still comes into view);
 * - scrolling up to reread stops the following until the customer is back at the bottom or sends a message;
 * - `behind` says there is more below, for a "latest messages" button.
 */
export function useFollowLatest(changes: readonly unknown[]) {
  const scrollRef = useRef<HTMLElement>(null);
  const logRef = useRef<HTMLOListElement>(null);
  const following = useRef(true);
  const lastTop = useRef(0);
  const [behind, setBehind] = useState(false);

  const update = useCallback(() => {
    const scroller = scrollRef.current;
    if (!scroller) return;
    if (following.current) {
      const bottom = scroller.scrollHeight - scroller.clientHeight;
      const newest = logRef.current?.lastElementChild;
      const newestTop = newest
        ? newest.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop - 16
        : bottom;
      // Only ever down: once parked at the top of a long answer, the view stays while the rest streams in.
      const target = Math.max(scroller.scrollTop, Math.min(bottom, newestTop));
      scroller.scrollTop = target;
      lastTop.current = scroller.scrollTop;
    }
    setBehind(scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight > 240);
  }, []);

  // eslint-disable-next-line react-hooks/exhaustive-deps -- `changes` is the caller's list of what alters the transcript
  useLayoutEffect(update, changes);

  useEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller) return;
    const onScroll = () => {
      const distance = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight;
      // Our own scrolling only goes down; moving up is the customer's doing.
      if (scroller.scrollTop < lastTop.current - 2) following.current = false;
      if (distance < 80) following.current = true;
      lastTop.current = scroller.scrollTop;
      setBehind(distance > 240);
    };
    scroller.addEventListener("scroll", onScroll, { passive: true });
    // The view also changes size without a new message: a banner appears, the composer grows, a phone's keyboard
    // opens, streamed text wraps onto a new line.
    const observer = new ResizeObserver(update);
    observer.observe(scroller);
    if (logRef.current) observer.observe(logRef.current);
    return () => {
      scroller.removeEventListener("scroll", onScroll);
      observer.disconnect();
    };
  }, [update]);

  /** The customer sent something: follow again from here. */
  const follow = useCallback(() => {
    following.current = true;
    update();
  }, [update]);

  const jumpToLatest = useCallback(() => {
    const scroller = scrollRef.current;
    following.current = true;
    scroller?.scrollTo({ top: scroller.scrollHeight, behavior: "smooth" });
  }, []);

  return { scrollRef, logRef, behind, follow, jumpToLatest };
}

"use client";

import { useRef } from "react";
import { buttonClass } from "@/components/button";

/**
 * The review filters as a GET form: a change submits it at once (the URL is the state, so a filtered view can be
 * shared and the export follows it); without JavaScript the Apply button does the same.
 */
type FilterOption = { value: string; label: string };
export type FilterField = { name: string; label: string; value: string; options: FilterOption[]; testId: string };

export function FilterBar({
  fields,
  hidden,
  resetHref,
}: {
  fields: FilterField[];
  hidden: Record<string, string>;
  resetHref: string | null;
}) {
  const form = useRef<HTMLFormElement>(null);
  return (
    <form
      ref={form}
      method="get"
      action="/supervisor/conversations"
      className="flex flex-wrap items-end gap-3"
      data-testid="review-filters"
      onChange={() => form.current?.requestSubmit()}
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) => (
        <label key={field.name} className="flex flex-col gap-1 text-xs font-medium text-ink-muted">
          {field.label}
          <select
            name={field.name}
            defaultValue={field.value}
            data-testid={field.testId}
            className={`min-w-36 rounded-lg border bg-surface px-2.5 py-1.5 text-[13px] text-ink shadow-card ${field.value ? "border-brand-400 ring-1 ring-brand-200" : "border-line-strong"}`}
          >
            <option value="">All</option>
            {field.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      ))}
      <noscript>
        <button type="submit" className={buttonClass("secondary", "sm")}>
          Apply
        </button>
      </noscript>
      {resetHref ? (
        <a href={resetHref} className={buttonClass("ghost", "sm", "mb-px")} data-testid="filters-reset">
          Clear filters
        </a>
      ) : null}
    </form>
  );
}

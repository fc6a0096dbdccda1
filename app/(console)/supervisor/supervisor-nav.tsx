"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { ChartIcon, ChatIcon, DocumentIcon, ShieldIcon } from "@/components/icons";

/** The supervisor area's sections; the current one is marked for screen readers and the eye. */
const SECTIONS = [
  { href: "/supervisor", label: "Dashboard", icon: ChartIcon, exact: true },
  { href: "/supervisor/conversations", label: "Conversations", icon: ChatIcon, exact: false },
  { href: "/supervisor/audit", label: "Audit log", icon: ShieldIcon, exact: false },
  { href: "/supervisor/policies", label: "Policies", icon: DocumentIcon, exact: false },
] as const;

export function SupervisorNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Supervisor" className="-mb-px flex gap-1 overflow-x-auto border-b border-line">
      {SECTIONS.map(({ href, label, icon: Icon, exact }) => {
        const current = exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link
            key={href}
            href={href}
            aria-current={current ? "page" : undefined}
            className={`flex items-center gap-2 border-b-2 px-3 py-2.5 text-sm font-medium whitespace-nowrap transition-colors ${
              current
                ? "border-brand-600 text-ink"
                : "border-transparent text-ink-muted hover:border-line-strong hover:text-ink"
            }`}
          >
            <Icon className={`size-4 ${current ? "text-brand-600" : ""}`} />
            {label}
          </Link>
        );
      })}
    </nav>
  );
}

"use client";

import type { DemoAccount } from "@/lib/auth/demo-accounts";

/** The seeded demo accounts; choosing one fills the sign-in form (its inputs are uncontrolled). */
export function DemoAccounts({ accounts }: { accounts: DemoAccount[] }) {
  function fill(account: DemoAccount) {
    const email = document.getElementById("signin-email");
    const password = document.getElementById("signin-password");
    if (email instanceof HTMLInputElement) email.value = account.email;
    if (password instanceof HTMLInputElement) password.value = account.password;
    document.getElementById("signin-submit")?.focus();
  }

  return (
    <section
      aria-labelledby="demo-heading"
      className="mt-6 rounded-2xl border border-dashed border-line-strong bg-surface/60 p-5"
      data-testid="demo-accounts"
    >
      <h2 id="demo-heading" className="text-sm font-semibold text-ink">
        Demo accounts
      </h2>
      <p className="mt-1 text-xs leading-relaxed text-ink-muted">
        Created by the demo seed. Choose one to fill the form. Change or remove them before real use.
      </p>
      <ul className="mt-3 space-y-1">
        {accounts.map((account) => (
          <li key={account.email}>
            <button
              type="button"
              onClick={() => fill(account)}
              className="flex w-full flex-wrap items-baseline justify-between gap-x-3 rounded-lg px-2 py-1.5 text-left text-sm transition-colors hover:bg-surface-muted"
            >
              <span className="font-medium text-ink">
                {account.name} <span className="font-normal text-ink-muted">· {account.role}</span>
              </span>
              <span className="font-mono text-xs text-ink-muted">
                {account.email} · {account.password}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

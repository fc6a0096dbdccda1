import Link from "next/link";
import {
  ArrowRightIcon,
  ChartIcon,
  ChatIcon,
  CodeIcon,
  DocumentIcon,
  InboxIcon,
  LockIcon,
  ShieldIcon,
} from "@/components/icons";
import { TandemLogo } from "@/components/tandem-logo";
import { LandingPreview } from "./landing-preview";

const ROLES = [
  {
    icon: ChatIcon,
    who: "Customers",
    title: "Answers with sources, and a person whenever they want one",
    points: [
      "Replies come from versioned policy articles and show which ones.",
      "If the policy doesn't cover it, the AI says so instead of guessing.",
      "“Talk to a person” works at every turn. Nobody gets trapped with a bot.",
    ],
  },
  {
    icon: InboxIcon,
    who: "Agents",
    title: "A live workspace, not a pile of tickets",
    points: [
      "A queue ordered by priority and wait time.",
      "Every handoff arrives with a short packet: the issue in the customer's words, what was tried, what to do next.",
      "Send, edit or discard AI drafts; approve the actions the AI may not take alone.",
    ],
  },
  {
    icon: ChartIcon,
    who: "Supervisors",
    title: "Measure resolution that lasts, not deflection",
    points: [
      "Resolved means no repeat contact on the same issue within 7 days.",
      "Split by path (AI only, AI then a person, people only) with CSAT and effort for each.",
      "Review any turn with its full trace: why the AI answered, cited or escalated.",
    ],
  },
] as const;

const GUARDRAILS = [
  {
    icon: DocumentIcon,
    title: "Policy is a file, not a prompt",
    body: "Limits, escalation rules and knowledge live in YAML and Markdown. Every turn records the policy version it used.",
  },
  {
    icon: LockIcon,
    title: "Authorization happens in code",
    body: "Refund caps, return windows and order states are checked at the tool, before anything runs. The model never decides what it may do.",
  },
  {
    icon: ShieldIcon,
    title: "Customer text is data",
    body: "Manipulative or off-topic requests get a polite refusal. No price, discount or promise that isn't in policy or account data.",
  },
  {
    icon: CodeIcon,
    title: "Open source, on your servers",
    body: "Runs on PostgreSQL or an embedded database, with any OpenAI-compatible model or a deterministic local engine.",
  },
] as const;

export default function LandingPage() {
  return (
    <div className="min-h-dvh overflow-x-clip bg-canvas">
      <header className="mx-auto flex w-full max-w-6xl items-center justify-between gap-4 px-5 py-5 sm:px-8">
        <Link href="/" aria-label="Tandem home" className="rounded-md">
          <TandemLogo />
        </Link>
        <nav aria-label="Main" className="flex items-center gap-1 text-sm">
          <Link href="/chat" className="hidden rounded-md px-3 py-2 text-ink-muted hover:text-ink sm:inline-block">
            Customer chat
          </Link>
          <Link
            href="/signin"
            className="rounded-md px-3 py-2 font-medium text-ink ring-1 ring-line-strong hover:bg-surface"
          >
            Staff sign in
          </Link>
        </nav>
      </header>

      <main>
        <section className="mx-auto grid w-full max-w-6xl items-center gap-14 px-5 pt-10 pb-20 sm:px-8 lg:grid-cols-[1.05fr_1fr] lg:pt-16 lg:pb-28">
          <div>
            <p className="inline-flex items-center gap-2 rounded-full border border-brand-200 bg-brand-50 px-3 py-1 text-xs font-medium text-brand-800">
              <span className="size-1.5 rounded-full bg-brand-500" aria-hidden="true" />
              Open source · for human–AI support teams
            </p>
            <h1 className="mt-5 text-4xl leading-[1.08] font-semibold tracking-tight text-balance text-ink sm:text-5xl lg:text-[3.5rem]">
              Support where AI and people work in tandem.
            </h1>
            <p className="mt-6 max-w-xl text-lg leading-relaxed text-pretty text-ink-muted">
              Tandem&apos;s AI answers customers from your policies, shows its sources and stays inside hard limits.
              When a person should step in, it hands over the whole conversation with context, so nobody repeats
              themselves. Supervisors see what was truly resolved.
            </p>
            <div className="mt-9 flex flex-col gap-3 sm:flex-row sm:items-center">
              <Link
                href="/chat"
                data-testid="cta-chat"
                className="inline-flex items-center justify-center gap-2 rounded-xl bg-brand-600 px-5 py-3 font-medium text-brand-ink shadow-card transition-colors hover:bg-brand-700"
              >
                Try the customer chat
                <ArrowRightIcon className="size-4" />
              </Link>
              <Link
                href="/signin"
                data-testid="cta-console"
                className="inline-flex items-center justify-center gap-2 rounded-xl border border-line-strong bg-surface px-5 py-3 font-medium text-ink shadow-card transition-colors hover:bg-surface-muted"
              >
                Sign in to the staff console
              </Link>
            </div>
            <p className="mt-4 text-sm text-ink-muted">
              The demo store is Northwind Outfitters. The chat needs no account.
            </p>
          </div>
          <LandingPreview />
        </section>

        <section aria-labelledby="roles-heading" className="border-y border-line bg-surface">
          <div className="mx-auto w-full max-w-6xl px-5 py-20 sm:px-8">
            <div className="max-w-2xl">
              <p className="text-sm font-semibold text-brand">One conversation, three seats</p>
              <h2 id="roles-heading" className="mt-2 text-3xl font-semibold tracking-tight text-balance text-ink">
                Built for the customer, the agent and the person who answers for both
              </h2>
            </div>
            <ul className="mt-12 grid gap-6 md:grid-cols-3">
              {ROLES.map((role) => (
                <li key={role.who} className="flex flex-col rounded-2xl border border-line bg-canvas p-6">
                  <span className="grid size-10 place-items-center rounded-xl bg-surface text-brand-600 shadow-card ring-1 ring-line">
                    <role.icon className="size-5" />
                  </span>
                  <p className="mt-5 text-sm font-semibold text-brand">{role.who}</p>
                  <h3 className="mt-1 text-lg leading-snug font-semibold text-ink">{role.title}</h3>
                  <ul className="mt-4 space-y-2.5 text-[15px] leading-relaxed text-ink-muted">
                    {role.points.map((point) => (
                      <li key={point} className="flex gap-2.5">
                        <span className="mt-2.5 size-1 shrink-0 rounded-full bg-ink-subtle" aria-hidden="true" />
                        <span>{point}</span>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </div>
        </section>

        <section aria-labelledby="guardrails-heading" className="mx-auto w-full max-w-6xl px-5 py-20 sm:px-8">
          <div className="grid gap-12 lg:grid-cols-[0.8fr_1.2fr]">
            <div>
              <p className="text-sm font-semibold text-brand">Guardrails</p>
              <h2 id="guardrails-heading" className="mt-2 text-3xl font-semibold tracking-tight text-balance text-ink">
                The company answers for what its AI says. Tandem is built that way.
              </h2>
              <p className="mt-4 leading-relaxed text-ink-muted">
                An AI agent that invents a refund policy, agrees to sell a car for a dollar or can&apos;t reach a human
                makes support worse. Tandem keeps the decisions that matter out of the model.
              </p>
            </div>
            <ul className="grid gap-x-8 gap-y-10 sm:grid-cols-2">
              {GUARDRAILS.map((item) => (
                <li key={item.title}>
                  <item.icon className="size-5 text-brand-600" />
                  <h3 className="mt-3 font-semibold text-ink">{item.title}</h3>
                  <p className="mt-1.5 text-[15px] leading-relaxed text-ink-muted">{item.body}</p>
                </li>
              ))}
            </ul>
          </div>
        </section>

        <section className="mx-auto w-full max-w-6xl px-5 pb-20 sm:px-8">
          <div className="flex flex-col items-start gap-6 rounded-3xl bg-ink px-7 py-10 sm:px-10 md:flex-row md:items-center md:justify-between">
            <div className="max-w-xl">
              <h2 className="text-2xl font-semibold tracking-tight text-white">See it from both sides</h2>
              <p className="mt-2 leading-relaxed text-white/70">
                Ask the Northwind assistant something, ask for a person, then sign in as an agent and pick the
                conversation up where the AI left it.
              </p>
            </div>
            <div className="flex w-full flex-col gap-3 sm:w-auto sm:flex-row">
              <Link
                href="/chat"
                className="inline-flex items-center justify-center gap-2 rounded-xl bg-white px-5 py-3 font-medium text-ink transition-colors hover:bg-brand-50"
              >
                Open the chat
                <ArrowRightIcon className="size-4" />
              </Link>
              <Link
                href="/signin"
                className="inline-flex items-center justify-center rounded-xl px-5 py-3 font-medium text-white ring-1 ring-white/25 transition-colors hover:bg-white/10"
              >
                Staff sign in
              </Link>
            </div>
          </div>
        </section>
      </main>

      <footer className="border-t border-line">
        <div className="mx-auto flex w-full max-w-6xl flex-col gap-2 px-5 py-8 text-sm text-ink-muted sm:flex-row sm:items-center sm:justify-between sm:px-8">
          <p>Tandem · open-source agent console for human–AI support teams</p>
          <p>Demo data: Northwind Outfitters, a fictional outdoor store</p>
        </div>
      </footer>
    </div>
  );
}

/**
 * The console's button styles, as a class helper so that links, submit buttons and menu items share them.
 * Sizes: `sm` for toolbars and rows, `md` for forms.
 */
type ButtonVariant = "primary" | "secondary" | "ghost" | "danger" | "success";
type ButtonSize = "sm" | "md";

const VARIANTS: Record<ButtonVariant, string> = {
  primary: "bg-brand-600 text-brand-ink shadow-card hover:bg-brand-700",
  secondary: "border border-line-strong bg-surface text-ink shadow-card hover:bg-surface-muted",
  ghost: "text-ink-muted hover:bg-surface-muted hover:text-ink",
  danger: "border border-red-200 bg-surface text-red-700 shadow-card hover:bg-red-50",
  success: "bg-emerald-600 text-white shadow-card hover:bg-emerald-700",
};

const SIZES: Record<ButtonSize, string> = {
  sm: "gap-1.5 rounded-lg px-2.5 py-1.5 text-[13px]",
  md: "gap-2 rounded-lg px-3.5 py-2 text-sm",
};

export function buttonClass(variant: ButtonVariant = "secondary", size: ButtonSize = "md", extra = ""): string {
  return `inline-flex shrink-0 items-center justify-center font-medium whitespace-nowrap transition-colors disabled:cursor-not-allowed disabled:opacity-60 ${VARIANTS[variant]} ${SIZES[size]} ${extra}`;
}

export function Button({
  variant = "secondary",
  size = "md",
  className = "",
  type = "button",
  ...props
}: React.ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: ButtonSize }) {
  return <button type={type} className={buttonClass(variant, size, className)} {...props} />;
}

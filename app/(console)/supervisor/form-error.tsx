/** A supervisor form's refusal, as `useServerAction` reports it inline. */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p
      role="alert"
      className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-xs text-red-800"
      data-testid="form-error"
    >
      {message}
    </p>
  );
}

import { forbidden } from "next/navigation";

export const dynamic = "force-dynamic";

/**
 * "Not open to your role", for the proxy's rewrite and for pages that find the role too low: rendered by
 * app/forbidden.tsx with status 403 (issue 11, L4: it answered 200).
 */
export default function ForbiddenPage(): never {
  forbidden();
}

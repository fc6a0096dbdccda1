/**
 * Runs once when the server starts. The Node.js part lives in its own module so that the Edge build never sees
 * Node APIs; it validates the policy set before Tandem takes traffic.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./instrumentation-node");
}

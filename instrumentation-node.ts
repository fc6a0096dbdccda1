import { installPeerAddress } from "@/lib/http/peer-address";
import { currentPolicy } from "@/lib/policy/current";
import { PolicyError } from "@/lib/policy/load";

/**
 * Node.js start-up (see instrumentation.ts): load and validate the policy set before the server takes traffic, so
 * a broken policy file stops Tandem with the file, the field and the reason on the console.
 */
// Per-client limits need the socket's address, which route handlers cannot see otherwise (lib/http/client-ip.ts).
installPeerAddress();

try {
  const { version, articles } = currentPolicy();
  console.log(`Tandem: policy ${version} loaded (${articles.length} knowledge articles)`);
} catch (error) {
  if (error instanceof PolicyError) {
    console.error(`\nTandem cannot start: ${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

/**
 * Messages a previous process accepted but never answered (it was killed mid-reply) are answered, or handed to a
 * person, once the server is up: now for leases already run out, and again when those of the process that just
 * died have (lib/chat/answer.ts). Instances sharing a PostgreSQL database each sweep; a message is claimed once.
 */
if (process.env.NEXT_PHASE !== "phase-production-build") {
  const sweep = async () => {
    try {
      const { recoverUnanswered, TURN_LEASE_MS } = await import("@/lib/chat/answer");
      const result = await recoverUnanswered();
      if (result.answered || result.handedOff)
        console.log(
          `Tandem: answered ${result.answered} and handed over ${result.handedOff} message(s) left unanswered by a stop`,
        );
      return TURN_LEASE_MS;
    } catch (error) {
      console.error("Tandem: could not check for unanswered messages:", error instanceof Error ? error.message : error);
      return null;
    }
  };
  setTimeout(() => {
    void sweep().then((leaseMs) => {
      if (leaseMs) setTimeout(() => void sweep(), leaseMs + 1_000).unref();
    });
  }, 1_000).unref();
}

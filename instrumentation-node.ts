import { currentPolicy } from "@/lib/policy/current";
import { PolicyError } from "@/lib/policy/load";

/**
 * Node.js start-up (see instrumentation.ts): load and validate the policy set before the server takes traffic, so
 * a broken policy file stops Tandem with the file, the field and the reason on the console.
 */
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

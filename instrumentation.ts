/**
 * Runs once when the server starts. Loading the policy set here means a broken policy file stops Tandem before it
 * takes traffic, with the file, the field and the reason on the console.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { currentPolicy } = await import("@/lib/policy/current");
  const { PolicyError } = await import("@/lib/policy/load");
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
}

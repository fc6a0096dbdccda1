import { createLocalEngine } from "@/lib/engines/local/engine";
import { type AnalyzeInput, type AnalyzeResult, analyzeMessage } from "@/lib/pipeline/analyze";
import { loadPolicySet, type PolicySet } from "@/lib/policy/load";

/**
 * What `npm run analyze` and `npm run eval` share: the local engine and the policy set, loaded once, and the one
 * function they call. The policy directory is TANDEM_POLICY_DIR or ./policies; an invalid policy throws a
 * PolicyError whose message names the file and the field.
 */
export type Analyzer = {
  analyze(input: AnalyzeInput): Promise<AnalyzeResult>;
  engine: string;
  policyVersion: string;
  /** The loaded policy, for whatever else the script runs against it (eval's scenarios). */
  policySet: PolicySet;
};

export function createAnalyzer(policyDir: string = process.env.TANDEM_POLICY_DIR ?? "policies"): Analyzer {
  const policySet = loadPolicySet(policyDir);
  const engine = createLocalEngine();
  return {
    analyze: (input) => analyzeMessage(input, { engine, policy: policySet.policy }),
    engine: engine.name,
    policyVersion: policySet.version,
    policySet,
  };
}

import type { Intent } from "@/lib/policy/schema";
import type { SerializedModel } from "./linear-model";

/**
 * The shape of lib/engines/local/model/intent-weights.json: the trained intent model (LinearModel.serialize) and
 * where it came from. Written by scripts/train-intent.ts (`npm run train:intent`), read by intent-classifier.ts.
 */
export const INTENT_MODEL_FORMAT = 1;

export type IntentModelFile = {
  format: number;
  metadata: {
    trainedOn: string;
    command: string;
    labelMapping: string;
    team: { lines: number; fingerprint: string; weight: number; byIntent: Record<Intent, number> };
    sources: Array<{
      name: string;
      licence: string;
      files: string[];
      lines: number;
      used: number;
      weight: number;
      byIntent: Partial<Record<Intent, number>>;
    }>;
    heldOutForMeasuring: string;
    nearCopiesDropped: number;
    training: Record<string, number | boolean>;
    pruning: { minAbsWeight: number; digits: number; featuresBefore: number; featuresKept: number };
  };
  model: SerializedModel;
};

import { INTENTS, type Intent } from "@/lib/policy/schema";
import { messageFeatures } from "./features";
import { INTENT_MODEL_FORMAT, type IntentModelFile } from "./intent-model-file";
import { LinearModel, type Prediction } from "./linear-model";
import saved from "./model/intent-weights.json";

/**
 * The local engine's intent classifier: logistic regression over the features in features.ts, with weights
 * trained ahead of time by `npm run train:intent` (scripts/train-intent.ts) on the team's lines in ./training and
 * the public training sets, and committed in ./model/intent-weights.json with where they came from. Nothing is
 * trained or downloaded at run time; the weights are turned into a model on first use (tens of milliseconds) and
 * kept for the life of the process.
 */
let model: LinearModel<Intent> | undefined;
let loadMs = 0;

const file = saved as IntentModelFile;

export function intentModel(): LinearModel<Intent> {
  if (!model) {
    const started = performance.now();
    if (file.format !== INTENT_MODEL_FORMAT)
      throw new Error(
        `intent-weights.json has format ${file.format}, expected ${INTENT_MODEL_FORMAT}: run npm run train:intent`,
      );
    model = LinearModel.deserialize(INTENTS, file.model);
    loadMs = performance.now() - started;
  }
  return model;
}

/**
 * `other` (not about the store) has to be the model's clear reading, holding at least half of the probability.
 * When it wins narrowly, the message is far more often a store request in words the model has not seen than small
 * talk, so the best store intent is returned instead, with its own (low) probability as the confidence: the
 * pipeline's low-confidence rule then treats it as the unsure reading it is. A fixed majority, not a tuned value.
 */
export const OTHER_MIN_PROBABILITY = 0.5;

export function classifyIntent(text: string): Prediction<Intent> {
  const prediction = intentModel().predict(messageFeatures(text));
  if (prediction.label !== "other" || prediction.confidence >= OTHER_MIN_PROBABILITY) return prediction;
  let best: Intent = "other";
  for (const intent of INTENTS)
    if (intent !== "other" && (best === "other" || prediction.probabilities[intent] > prediction.probabilities[best]))
      best = intent;
  return { ...prediction, label: best, confidence: prediction.probabilities[best] };
}

/** How long turning the committed weights into a model took, for the benchmark and the health of the local engine. */
export function intentLoadMs(): number {
  return loadMs;
}

/** Where the committed weights came from: sources, licences, counts, date (see scripts/train-intent.ts). */
export function intentModelMetadata(): IntentModelFile["metadata"] {
  return file.metadata;
}

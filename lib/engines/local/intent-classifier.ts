import { INTENTS, type Intent } from "@/lib/policy/schema";
import { messageFeatures } from "./features";
import { LinearModel, type Prediction } from "./linear-model";
import { trainingSet } from "./training/corpus";

/**
 * The local engine's intent classifier, trained on first use from the utterances in ./training and kept for
 * the life of the process (about half a second for some 2,500 lines on two cores; nothing is downloaded or
 * stored). Features are in features.ts, the model and its calibration in linear-model.ts.
 */
let model: LinearModel<Intent> | undefined;
let trainingMs = 0;

export function intentModel(): LinearModel<Intent> {
  if (!model) {
    const started = performance.now();
    const examples = trainingSet().map(({ text, intent }) => ({ features: messageFeatures(text), label: intent }));
    model = LinearModel.train(INTENTS, examples);
    trainingMs = performance.now() - started;
  }
  return model;
}

export function classifyIntent(text: string): Prediction<Intent> {
  return intentModel().predict(messageFeatures(text));
}

/** How long the last training took, for the benchmark and the health of the local engine. */
export function intentTrainingMs(): number {
  return trainingMs;
}

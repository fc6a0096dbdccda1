import type { SparseVector } from "./features";

/**
 * Multinomial logistic regression trained with plain SGD: small, dependency-free, and deterministic (fixed
 * example order from a seeded shuffle, no parallelism), so the same training lines always give the same model.
 * Softmax outputs, sharpened or softened by a temperature, are the confidence the pipeline compares with
 * `escalation.low_confidence`.
 */
export type TrainingOptions = {
  epochs: number;
  learningRate: number;
  /** L2 penalty, applied to the weights an example touches (lazy regularisation keeps updates sparse). */
  l2: number;
  seed: number;
  /**
   * Weigh each example by the inverse of its class's share, so that an intent with many training lines does not
   * win close calls just for being frequent in the training set (customers do not ask in those proportions).
   */
  balanced: boolean;
  /**
   * Divides the logits before the softmax. The L2 penalty that makes the model generalise also makes it
   * under-confident; a temperature below 1 restores calibration without changing which intent wins.
   */
  temperature: number;
};

/**
 * Chosen by 5-fold cross-validation on the training set: l2 for macro-F1, the temperature for the out-of-fold
 * log-loss (which also brings the mean confidence close to the accuracy on the held-out set; the unit test checks
 * that). Neither was tuned on evals/ or the public sets.
 */
export const DEFAULT_TRAINING: TrainingOptions = {
  epochs: 18,
  learningRate: 0.6,
  l2: 3e-3,
  seed: 20_261_124,
  balanced: true,
  temperature: 0.65,
};

export type Prediction<L extends string> = { label: L; confidence: number; probabilities: Record<L, number> };

export class LinearModel<L extends string> {
  private constructor(
    private readonly labels: readonly L[],
    private readonly featureIndex: Map<string, number>,
    private readonly weights: Float64Array,
    private readonly bias: Float64Array,
    private readonly temperature: number,
  ) {}

  static train<L extends string>(
    labels: readonly L[],
    examples: ReadonlyArray<{ features: SparseVector; label: L; weight?: number }>,
    options: TrainingOptions = DEFAULT_TRAINING,
  ): LinearModel<L> {
    const featureIndex = new Map<string, number>();
    const encoded = examples.map(({ features, label, weight = 1 }) => {
      const indices: number[] = [];
      const values: number[] = [];
      for (const [key, value] of features) {
        let index = featureIndex.get(key);
        if (index === undefined) {
          index = featureIndex.size;
          featureIndex.set(key, index);
        }
        indices.push(index);
        values.push(value);
      }
      return { indices, values, label: labels.indexOf(label), weight };
    });

    const classes = labels.length;
    // Class shares count example weights, so a class fed mostly by down-weighted public lines is still balanced.
    const perClass = new Array<number>(classes).fill(0);
    let total = 0;
    for (const { label, weight } of encoded) {
      perClass[label]! += weight;
      total += weight;
    }
    const classWeight = perClass.map((n) => (options.balanced && n > 0 ? total / (classes * n) : 1));
    const weights = new Float64Array(featureIndex.size * classes);
    const bias = new Float64Array(classes);
    const logits = new Float64Array(classes);
    const random = mulberry32(options.seed);
    const order = encoded.map((_, i) => i);

    for (let epoch = 0; epoch < options.epochs; epoch++) {
      shuffle(order, random);
      const rate = options.learningRate / (1 + epoch * 0.25);
      for (const i of order) {
        const { indices, values, label, weight } = encoded[i]!;
        scores(weights, bias, indices, values, classes, logits);
        softmaxInPlace(logits);
        for (let c = 0; c < classes; c++) {
          const gradient = (logits[c]! - (c === label ? 1 : 0)) * classWeight[label]! * weight;
          // Once an example is learned most of its gradients are ~0; skipping them makes training several times
          // faster and changes nothing measurable (the skipped L2 decay is of the order of 1e-5 per step).
          if (Math.abs(gradient) < 1e-4) continue;
          bias[c]! -= rate * gradient;
          // The lazy L2 step is scaled by the example's weight too, so that many down-weighted lines do not
          // shrink the shared features more than their weight says (with weight 1 this is the plain update).
          const decay = options.l2 * weight;
          for (let k = 0; k < indices.length; k++) {
            const w = indices[k]! * classes + c;
            weights[w]! -= rate * (gradient * values[k]! + decay * weights[w]!);
          }
        }
      }
    }
    return new LinearModel(labels, featureIndex, weights, bias, options.temperature);
  }

  predict(features: SparseVector): Prediction<L> {
    return this.predictWith(features, this.temperature);
  }

  /** The prediction at another temperature: what the training script compares when it calibrates. */
  predictWith(features: SparseVector, temperature: number): Prediction<L> {
    const classes = this.labels.length;
    const indices: number[] = [];
    const values: number[] = [];
    // Features never seen in training carry no weight; skipping them is the same as multiplying by zero.
    for (const [key, value] of features) {
      const index = this.featureIndex.get(key);
      if (index !== undefined) {
        indices.push(index);
        values.push(value);
      }
    }
    const logits = new Float64Array(classes);
    scores(this.weights, this.bias, indices, values, classes, logits);
    for (let c = 0; c < classes; c++) logits[c]! /= temperature;
    softmaxInPlace(logits);
    let best = 0;
    for (let c = 1; c < classes; c++) if (logits[c]! > logits[best]!) best = c;
    const probabilities = Object.fromEntries(this.labels.map((label, c) => [label, logits[c]!])) as Record<L, number>;
    return { label: this.labels[best]!, confidence: logits[best]!, probabilities };
  }

  get featureCount(): number {
    return this.featureIndex.size;
  }

  /**
   * A compact text form of the model, for committing trained weights: one line per feature that keeps a weight,
   * `feature<TAB>class:weight class:weight…`, classes as base-36 indices into `labels`. Weights whose magnitude is
   * under `prune` are dropped and the rest rounded to `digits` decimals: both change a logit by far less than the
   * gaps that decide a label (the training script reports how many predictions change).
   */
  serialize(prune = 0.01, digits = 3): SerializedModel {
    const classes = this.labels.length;
    const lines: string[] = [];
    const entries = [...this.featureIndex].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [key, index] of entries) {
      const parts: string[] = [];
      for (let c = 0; c < classes; c++) {
        const w = this.weights[index * classes + c]!;
        if (Math.abs(w) >= prune) parts.push(`${c.toString(36)}:${formatNumber(w, digits)}`);
      }
      if (parts.length > 0) lines.push(`${key}\t${parts.join(" ")}`);
    }
    return {
      labels: [...this.labels],
      temperature: this.temperature,
      bias: [...this.bias].map((b) => Number(formatNumber(b, digits))),
      features: lines.length,
      weights: lines.join("\n"),
    };
  }

  /** Rebuilds a model from `serialize()`; labels must be the same, in the same order, as the model was trained with. */
  static deserialize<L extends string>(labels: readonly L[], data: SerializedModel): LinearModel<L> {
    if (data.labels.length !== labels.length || data.labels.some((label, i) => label !== labels[i])) {
      throw new Error(`the saved model's labels (${data.labels.join(", ")}) are not ${labels.join(", ")}: retrain it`);
    }
    const classes = labels.length;
    const lines = data.weights ? data.weights.split("\n") : [];
    const featureIndex = new Map<string, number>();
    const weights = new Float64Array(lines.length * classes);
    lines.forEach((line, index) => {
      const tab = line.indexOf("\t");
      featureIndex.set(line.slice(0, tab), index);
      for (const part of line.slice(tab + 1).split(" ")) {
        const colon = part.indexOf(":");
        weights[index * classes + parseInt(part.slice(0, colon), 36)] = Number(part.slice(colon + 1));
      }
    });
    return new LinearModel(labels, featureIndex, weights, Float64Array.from(data.bias), data.temperature);
  }
}

export type SerializedModel = {
  labels: string[];
  temperature: number;
  bias: number[];
  /** Number of lines in `weights`. */
  features: number;
  /** One line per feature: `feature<TAB>class:weight class:weight…` (see LinearModel.serialize). */
  weights: string;
};

function formatNumber(value: number, digits: number): string {
  const rounded = Number(value.toFixed(digits));
  return String(rounded === 0 ? 0 : rounded);
}

function scores(
  weights: Float64Array,
  bias: Float64Array,
  indices: number[],
  values: number[],
  classes: number,
  out: Float64Array,
): void {
  for (let c = 0; c < classes; c++) out[c] = bias[c]!;
  for (let k = 0; k < indices.length; k++) {
    const base = indices[k]! * classes;
    const value = values[k]!;
    for (let c = 0; c < classes; c++) out[c]! += weights[base + c]! * value;
  }
}

function softmaxInPlace(values: Float64Array): void {
  let max = -Infinity;
  for (const v of values) max = Math.max(max, v);
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    values[i] = Math.exp(values[i]! - max);
    sum += values[i]!;
  }
  for (let i = 0; i < values.length; i++) values[i]! /= sum;
}

function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

/** A tiny seeded PRNG (mulberry32): deterministic shuffles without a dependency. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** vader-sentiment (Apache-2.0) ships JavaScript only: the part of its API that lib/engines/local/sentiment.ts uses. */
declare module "vader-sentiment" {
  export type PolarityScores = { neg: number; neu: number; pos: number; compound: number };
  const vader: {
    SentimentIntensityAnalyzer: { polarity_scores(text: string): PolarityScores };
  };
  export default vader;
}

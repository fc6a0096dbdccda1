import "server-only";
import { selectEngine } from "@/lib/engines/select";
import type { Engine } from "@/lib/engines/types";
import type { RetrievedArticle } from "@/lib/knowledge/article";
import type { PolicySet } from "@/lib/policy/load";
import { currentPolicy } from "@/lib/policy/current";
import { createRetriever } from "@/lib/knowledge/retrieve";
import type { QueryHints } from "@/lib/knowledge/retrieve-query";

/** The pieces every turn needs, built once per process: the policy set, its search index, and the engine. */
export type PipelineRuntime = {
  policySet: PolicySet;
  engine: Engine;
  retrieve: (query: string, hints?: QueryHints) => RetrievedArticle[];
};

const holder = globalThis as { __tandemRuntime?: PipelineRuntime };

export function pipelineRuntime(): PipelineRuntime {
  if (!holder.__tandemRuntime) {
    const policySet = currentPolicy();
    const retriever = createRetriever(policySet.articles, policySet.policy);
    holder.__tandemRuntime = {
      policySet,
      engine: selectEngine((query) => retriever.retrieve(query)),
      retrieve: (query, hints) => retriever.retrieve(query, hints),
    };
  }
  return holder.__tandemRuntime;
}

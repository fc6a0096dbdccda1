import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml, YAMLParseError } from "yaml";
import type { ZodError } from "zod";
import { articleFrontMatterSchema, type KnowledgeArticle, type SupportPolicy, supportPolicySchema } from "./schema";

export type PolicySet = {
  policy: SupportPolicy;
  articles: KnowledgeArticle[];
  /** Content hash of every file in the set; recorded on each turn's trace. */
  version: string;
  dir: string;
};

/** An invalid policy file. The message names the file, the field and the reason, and is safe to print. */
export class PolicyError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly reason: string,
  ) {
    super(`Invalid policy file ${file}${field ? ` at "${field}"` : ""}: ${reason}`);
    this.name = "PolicyError";
  }
}

const POLICY_FILE = "support-policy.yaml";
const KNOWLEDGE_DIR = "knowledge";

export function loadPolicySet(dir: string): PolicySet {
  const hash = createHash("sha256");
  const policyPath = path.join(dir, POLICY_FILE);
  const policySource = readText(policyPath);
  hash.update(POLICY_FILE).update("\0").update(policySource);
  const policy = validate(policyPath, parseYamlText(policyPath, policySource), supportPolicySchema);

  const knowledgeDir = path.join(dir, KNOWLEDGE_DIR);
  const files = listMarkdown(knowledgeDir);
  const articles: KnowledgeArticle[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const source = readText(file);
    hash.update(path.basename(file)).update("\0").update(source);
    const article = parseArticle(file, source);
    const earlier = seen.get(article.id);
    if (earlier) throw new PolicyError(file, "id", `duplicate article id "${article.id}" (also in ${earlier})`);
    seen.set(article.id, file);
    articles.push(article);
  }
  if (articles.length === 0) throw new PolicyError(knowledgeDir, "", "no knowledge articles (*.md) found");

  return { policy, articles, version: hash.digest("hex").slice(0, 12), dir };
}

function parseArticle(file: string, source: string): KnowledgeArticle {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new PolicyError(file, "", "missing front matter: the file must start with a --- block");
  const frontMatter = validate(file, parseYamlText(file, match[1] ?? ""), articleFrontMatterSchema);
  const body = (match[2] ?? "").trim();
  if (body.length < 40) throw new PolicyError(file, "body", "the article body is empty or too short to answer from");
  return { ...frontMatter, body, file };
}

function validate<T>(
  file: string,
  value: unknown,
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: ZodError } },
): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new PolicyError(file, issue?.path.join(".") ?? "", issue?.message ?? "invalid");
}

function parseYamlText(file: string, source: string): unknown {
  try {
    return parseYaml(source);
  } catch (error) {
    const reason = error instanceof YAMLParseError ? error.message.split("\n")[0]! : String(error);
    throw new PolicyError(file, "", `not valid YAML: ${reason}`);
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    throw new PolicyError(file, "", "file not found or unreadable");
  }
}

function listMarkdown(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith(".md"))
      .sort()
      .map((name) => path.join(dir, name));
  } catch {
    throw new PolicyError(dir, "", "knowledge folder not found");
  }
}

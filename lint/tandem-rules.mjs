/**
 * Tandem's own lint rules: the conventions the README's "Contributing" section describes, checked on every
 * `npm test` (through `npm run lint`) rather than left to review.
 *
 * - `layers`: imports point down. Each folder of lib/ has a layer; a module may import its own layer or a lower one.
 * - `server-only`: a module of lib/ that reads the database starts with `import "server-only"`, so the bundler
 *   refuses to ship it (and a database URL) to a browser.
 * - `use-server-exports`: a "use server" file exports only actions (each export is a public endpoint).
 */
import path from "node:path";

/** Lowest first. Folders not listed are not checked (their files get a report asking to place them). */
export const LAYERS = [
  ["base", ["text", "env.ts", "log.ts", "errors.ts", "singleton.ts", "policy", "generated"]],
  ["leaves", ["knowledge", "signals", "trace"]],
  ["data", ["db", "commerce"]],
  ["views", ["views"]],
  ["engines and tools", ["engines", "tools"]],
  ["pipeline", ["pipeline"]],
  ["services", ["chat", "workspace", "review", "metrics", "governance", "auth", "http", "realtime", "eval", "seed"]],
];

const ROOT = path.resolve(import.meta.dirname, "..");

/** The layer of a path inside the repository (null: outside lib/, so the top: app, components, scripts). */
export function layerOf(relative) {
  if (!relative.startsWith("lib/")) return null;
  const rest = relative.slice(4).replace(/\.(ts|tsx|mjs|js)$/, "");
  // The most specific entry wins, so a single file can sit in another layer than its folder.
  let best = null;
  for (const [index, [name, entries]] of LAYERS.entries()) {
    for (const entry of entries) {
      const bare = entry.replace(/\.ts$/, "");
      if (rest === bare || rest.startsWith(`${bare}/`)) {
        if (!best || entry.length > best.entry.length) best = { index, name, entry };
      }
    }
  }
  return best ?? { index: -1, name: "unplaced", entry: rest };
}

function targetOf(filename, source) {
  if (source.startsWith("@/")) return source.slice(2);
  if (source.startsWith(".")) return path.relative(ROOT, path.resolve(path.dirname(filename), source));
  return null;
}

const layers = {
  meta: {
    type: "problem",
    messages: {
      up: "{{from}} ({{fromLayer}}) may not import {{to}} ({{toLayer}}): imports point down the layers (lint/tandem-rules.mjs).",
    },
  },
  create(context) {
    const relative = path.relative(ROOT, context.filename);
    const from = layerOf(relative);
    if (!from) return {};
    const check = (node, source) => {
      const target = targetOf(context.filename, source);
      if (!target) return;
      const to = layerOf(target);
      if (!to || to.index <= from.index) return;
      context.report({
        node,
        messageId: "up",
        data: { from: relative, fromLayer: from.name, to: target, toLayer: to.name },
      });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ImportExpression: (node) => node.source.type === "Literal" && check(node, node.source.value),
    };
  },
};

const DATABASE =
  /^(@\/lib\/db\/(?!types$|event-types$)|@\/lib\/generated\/prisma\/client$|@\/lib\/commerce\/prisma-store)/;

const serverOnly = {
  meta: {
    type: "problem",
    messages: {
      missing:
        'This module reads the database: start it with `import "server-only";` so it can never reach a browser bundle.',
    },
  },
  create(context) {
    let guarded = false;
    let touches = null;
    return {
      ImportDeclaration(node) {
        if (node.source.value === "server-only") guarded = true;
        const typeOnly =
          node.importKind === "type" ||
          (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === "type"));
        if (!typeOnly && DATABASE.test(node.source.value)) touches ??= node;
      },
      "Program:exit"() {
        if (touches && !guarded) context.report({ node: touches, messageId: "missing" });
      },
    };
  },
};

const useServerExports = {
  meta: {
    type: "problem",
    messages: {
      notAction:
        'A "use server" file exports only actions: every export is a public endpoint. Move {{name}} to another module.',
    },
  },
  create(context) {
    const program = context.sourceCode.ast;
    const first = program.body[0];
    const isUseServer = first?.type === "ExpressionStatement" && first.directive === "use server";
    if (!isUseServer) return {};
    const isAction = (node) =>
      (node.type === "FunctionDeclaration" && node.async) ||
      (node.type === "VariableDeclaration" &&
        node.declarations.every(
          (d) =>
            d.init && (d.init.type === "CallExpression" || (d.init.type === "ArrowFunctionExpression" && d.init.async)),
        ));
    return {
      ExportNamedDeclaration(node) {
        if (node.exportKind === "type") return;
        if (node.declaration && isAction(node.declaration)) return;
        const name =
          node.declaration?.id?.name ??
          node.declaration?.declarations?.[0]?.id?.name ??
          node.specifiers?.map((s) => s.exported.name).join(", ") ??
          "this export";
        context.report({ node, messageId: "notAction", data: { name } });
      },
      ExportDefaultDeclaration(node) {
        context.report({ node, messageId: "notAction", data: { name: "the default export" } });
      },
    };
  },
};

export const tandemPlugin = { rules: { layers, "server-only": serverOnly, "use-server-exports": useServerExports } };

/** Prisma's query methods: called only in the data layer (lib/db, and the demo store behind lib/commerce). */
const PRISMA_METHODS =
  "findMany|findUnique|findUniqueOrThrow|findFirst|findFirstOrThrow|create|createMany|createManyAndReturn|update|updateMany|updateManyAndReturn|upsert|delete|deleteMany|count|aggregate|groupBy";
export const PRISMA_CALLS = [
  {
    selector: `CallExpression[callee.object.type='MemberExpression'][callee.object.object.name=/^(prisma|tx|db|client)$/][callee.property.name=/^(${PRISMA_METHODS})$/], CallExpression[callee.object.object.callee.name='db'][callee.property.name=/^(${PRISMA_METHODS})$/]`,
    message: "Prisma is called only in the data layer (lib/db, lib/commerce): add a query function there.",
  },
  {
    selector:
      "TaggedTemplateExpression[tag.property.name=/^\\$(queryRaw|executeRaw)$/], CallExpression[callee.property.name=/^\\$(queryRaw|executeRaw|queryRawUnsafe|executeRawUnsafe|transaction)$/]",
    message: "SQL and transactions belong in the data layer (lib/db, lib/commerce): add a query function there.",
  },
];

/** The store's own tables: read and written only through the commerce adapter (lib/commerce), which a real store replaces. */
export const COMMERCE_CALLS = [
  {
    selector: `CallExpression[callee.object.property.name=/^(order|orderItem|payment|refund|storeCredit|returnRequest|orderNotification|product|customer)$/][callee.property.name=/^(${PRISMA_METHODS})$/]`,
    message:
      "Orders, customers, payments and refunds are read and written only through the commerce adapter (lib/commerce).",
  },
];

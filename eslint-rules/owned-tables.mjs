/**
 * A feature module writes only its own tables (DESIGN.md §3): raw SQL in apps/api/src/modules/<name>/ may
 * INSERT, UPDATE or DELETE only the tables `owners[name]` lists; every other module's table is changed by
 * calling that module's service. (Reads may join other modules' tables.) Imports of other modules'
 * entities and internals are refused by boundaries/dependencies; this rule covers what imports cannot see.
 */
const WRITE = /(?<!\bFOR\s)(?<!\bDO\s)\b(INSERT\s+INTO|UPDATE|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?)\s+"?([a-z_][a-z0-9_]*)"?/gi;
const MODULE = /apps\/api\/src\/modules\/([^/]+)\//;

export default {
  meta: {
    type: 'problem',
    docs: { description: 'a module writes only the tables it owns' },
    schema: [{ type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } }],
    messages: {
      foreign: 'The {{module}} module writes table "{{table}}", owned by {{owner}}: call that module\'s service instead.',
      unowned: 'The {{module}} module writes table "{{table}}", which no module owns: add it to the ownership map in eslint.config.mjs.',
    },
  },
  create(context) {
    const owners = context.options[0] ?? {};
    const match = MODULE.exec(context.filename.replaceAll('\\', '/'));
    if (!match) return {};
    const module = match[1];
    const ownerOf = new Map(Object.entries(owners).flatMap(([m, tables]) => tables.map((t) => [t, m])));
    const check = (node, text) => {
      for (const [, , name] of text.matchAll(WRITE)) {
        const table = name.toLowerCase();
        if (table === 'set') continue;
        const owner = ownerOf.get(table);
        if (owner === module) continue;
        context.report({ node, messageId: owner ? 'foreign' : 'unowned', data: { module, table, owner } });
      }
    };
    return {
      // DeferredWrites.deferRow('<table>', …): an insert too, checked the same way.
      CallExpression(node) {
        const callee = node.callee;
        const arg = node.arguments[0];
        if (callee.type === 'MemberExpression' && callee.property.name === 'deferRow' && arg?.type === 'Literal' && typeof arg.value === 'string') {
          check(arg, `INSERT INTO ${arg.value}`);
        }
      },
      Literal(node) {
        if (typeof node.value === 'string') check(node, node.value);
      },
      TemplateLiteral(node) {
        check(node, node.quasis.map((q) => q.value.cooked ?? q.value.raw).join(' $ '));
      },
    };
  },
};

/**
 * A feature module writes only its own tables (DESIGN.md §3). The owners are listed once, in
 * apps/api/src/database/table-owners.json. Reads may join any table; every write of another module's table
 * goes through that module's service.
 *
 * Every SQL text a module's code can build is read with PostgreSQL's own parser (./sql-writes.mjs):
 * literals, templates and `+` concatenations, with each `${…}` replaced by what it is when that is known in
 * the file (a constant, either branch of a `?:`, a joined array of constants) and by a placeholder when it
 * is only known at run time. So:
 * - INSERT, UPDATE, DELETE, MERGE, TRUNCATE and COPY … FROM, in CTEs and subqueries too, of a table the
 *   module does not own are refused, as is a write whose table is only known at run time;
 * - `.query()` (and `hotQuery`) with SQL that is not written in the module (a parameter, a value computed
 *   at run time, a constant imported from another module) is refused: what cannot be read cannot be checked;
 * - TypeORM targets named by a string (`getRepository('offers')`, `createQueryBuilder('OfferEntity', 'o')`,
 *   `.update('offers')`, `.insert().into('offers')`, `.delete().from('offers')`, `manager.save('offers', …)`)
 *   are checked like SQL (entity classes of other modules cannot be imported: boundaries/dependencies);
 * - `DeferredWrites.deferRow('<table>', …)` is an insert of that table;
 * - a function (CREATE FUNCTION here or in a migration, or a DO block) writes only the tables of the module
 *   its name starts with (`inventory_sell_codes` → inventory), so calling another module's function is
 *   calling that module; a function that builds SQL at run time (EXECUTE) is refused.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fragmentWrites, functionOwner, HOLE, parseSql, writesOf } from './sql-writes.mjs';

const MODULE = /^(.*\/apps\/api\/src\/modules\/)([^/]+)\//;
const MIGRATION = /\/apps\/api\/src\/database\/migrations\//;
const STATEMENT = /^\s*\(*\s*(with|insert|update|delete|merge|truncate|copy|select|call|do|values|create|alter|drop|lock|explain|refresh|notify|set|begin|commit|rollback|savepoint|release)\b/i;
const MAX_VARIANTS = 64;

/** TypeORM calls whose first argument may name a table or entity, and whether only a write reads it so. */
const TARGET_CALLS = new Set(['getRepository', 'getTreeRepository', 'createQueryBuilder', 'update', 'insert', 'delete', 'softDelete', 'restore', 'upsert', 'increment', 'decrement', 'clear', 'into', 'save', 'remove']);

let entityTables;
/** Entity class name → table, read from the `@Entity('<table>')` decorators of every module. */
function entityTablesOf(modulesDir) {
  if (entityTables) return entityTables;
  entityTables = new Map();
  for (const module of readdirSync(modulesDir)) {
    let files = [];
    try {
      files = readdirSync(join(modulesDir, module, 'entities'));
    } catch {
      continue;
    }
    for (const f of files) {
      const src = readFileSync(join(modulesDir, module, 'entities', f), 'utf8');
      for (const m of src.matchAll(/@Entity\(\s*'([a-z0-9_]+)'[^)]*\)\s*(?:@[\s\S]*?)?export\s+class\s+(\w+)/g)) entityTables.set(m[2], m[1]);
    }
  }
  return entityTables;
}

const cross = (a, b) => {
  const out = [];
  for (const x of a) for (const y of b) if (out.length < MAX_VARIANTS) out.push(x + y);
  return out;
};

function findVariable(scope, name) {
  for (let s = scope; s; s = s.upper) {
    const v = s.set.get(name);
    if (v) return v;
  }
  return null;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'a module writes only the tables it owns' },
    schema: [{ type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } }],
    messages: {
      foreign: 'The {{module}} module writes table "{{table}}", owned by {{owner}}: call that module\'s service instead.',
      unowned: 'The {{module}} module writes table "{{table}}", which no module owns: add it to apps/api/src/database/table-owners.json.',
      runtimeTable: 'The {{module}} module writes a table whose name is only known at run time: name the table in the SQL, so its owner can be checked.',
      runtimeSql: 'SQL built at run time cannot be checked for the tables it writes: write the statement in this module, as a literal or a template of constants and values.',
      functionForeign: 'Function {{name}} belongs to {{owner}} by its name but writes table "{{table}}", owned by {{tableOwner}}.',
      functionUnowned: 'Function {{name}} writes tables ({{table}}) but its name names no module: call it <module>_… after the module that owns what it writes.',
      functionDynamic: 'Function {{name}} runs SQL built at run time (EXECUTE): its writes cannot be checked.',
      functionUnreadable: 'The body of function {{name}} cannot be read to check what it writes.',
    },
  },
  create(context) {
    const owners = context.options[0] ?? {};
    const filename = context.filename.replaceAll('\\', '/');
    const moduleMatch = MODULE.exec(filename);
    const inMigration = MIGRATION.test(filename);
    if (!moduleMatch && !inMigration) return {};
    const module = moduleMatch?.[2] ?? null;
    const modules = Object.keys(owners);
    const ownerOf = new Map(Object.entries(owners).flatMap(([m, tables]) => tables.map((t) => [t, m])));
    const entities = moduleMatch ? entityTablesOf(moduleMatch[1]) : new Map();
    const reported = new Set();
    const report = (node, messageId, data = {}) => {
      const key = `${node.range[0]}:${node.range[1]}:${messageId}:${JSON.stringify(data)}`;
      if (reported.has(key)) return;
      reported.add(key);
      context.report({ node, messageId, data: { module, ...data } });
    };

    /** The texts an expression can have, with HOLE where a part is only known at run time. */
    const variants = (node, depth = 0) => {
      if (!node || depth > 12) return [HOLE];
      switch (node.type) {
        case 'Literal':
          return typeof node.value === 'string' || typeof node.value === 'number' ? [String(node.value)] : [HOLE];
        case 'TemplateLiteral': {
          let out = [''];
          node.quasis.forEach((q, i) => {
            out = out.map((s) => s + (q.value.cooked ?? q.value.raw));
            if (i < node.expressions.length) out = cross(out, variants(node.expressions[i], depth + 1));
          });
          return out;
        }
        case 'BinaryExpression':
          return node.operator === '+' ? cross(variants(node.left, depth + 1), variants(node.right, depth + 1)) : [HOLE];
        case 'ConditionalExpression':
          return [...variants(node.consequent, depth + 1), ...variants(node.alternate, depth + 1)].slice(0, MAX_VARIANTS);
        case 'LogicalExpression':
          return [...(node.operator === '&&' ? [''] : variants(node.left, depth + 1)), ...variants(node.right, depth + 1)].slice(0, MAX_VARIANTS);
        case 'TSAsExpression':
        case 'TSSatisfiesExpression':
        case 'TSNonNullExpression':
          return variants(node.expression, depth + 1);
        case 'CallExpression': {
          // [constants].join(separator)
          const c = node.callee;
          if (c.type === 'MemberExpression' && c.property.name === 'join' && c.object.type === 'ArrayExpression') {
            const sep = node.arguments[0] ? variants(node.arguments[0], depth + 1) : [','];
            let out = [''];
            c.object.elements.forEach((el, i) => {
              if (i > 0) out = cross(out, sep);
              out = cross(out, variants(el, depth + 1));
            });
            return out;
          }
          return [HOLE];
        }
        case 'Identifier': {
          const v = findVariable(context.sourceCode.getScope(node), node.name);
          const def = v?.defs[0];
          if (def?.type === 'Variable' && def.parent.kind === 'const' && def.node.init && v.references.every((r) => !r.isWrite() || r.init)) return variants(def.node.init, depth + 1);
          return [HOLE];
        }
        default:
          return [HOLE];
      }
    };

    /** Where an identifier comes from: 'module' (this file or this module), 'foreign' (another module's file), 'runtime'. */
    const originOf = (node) => {
      if (node.type !== 'Identifier') return 'runtime';
      const v = findVariable(context.sourceCode.getScope(node), node.name);
      const def = v?.defs[0];
      if (def?.type === 'Variable' && def.parent.kind === 'const' && def.node.init) return variants(def.node.init).some((t) => t.includes(HOLE)) ? 'runtime' : 'module';
      if (def?.type === 'ImportBinding') {
        const source = def.parent.source.value;
        if (!source.startsWith('.')) return 'foreign';
        const target = join(filename, '..', source).replaceAll('\\', '/');
        return moduleMatch && target.startsWith(`${moduleMatch[1]}${module}/`) ? 'module' : 'foreign';
      }
      return 'runtime';
    };

    const checkTable = (node, { schema, table }) => {
      if (schema && schema !== 'public') return; // another schema (the job queue's pgboss): not a module's table
      if (!module) return;
      if (table.includes(HOLE)) return report(node, 'runtimeTable');
      const owner = ownerOf.get(table);
      if (owner === module) return;
      report(node, owner ? 'foreign' : 'unowned', { table, owner });
    };

    const checkFunction = (node, w) => {
      const tables = w.writes.filter((x) => x.kind === 'table' && (!x.schema || x.schema === 'public'));
      if (w.writes.some((x) => x.kind === 'dynamic')) report(node, 'functionDynamic', { name: w.name });
      if (w.writes.some((x) => x.kind === 'unreadable')) report(node, 'functionUnreadable', { name: w.name });
      if (!tables.length) return;
      const owner = functionOwner(w.name, modules);
      if (!owner) return report(node, 'functionUnowned', { name: w.name, table: [...new Set(tables.map((t) => t.table))].join(', ') });
      for (const t of tables) {
        const tableOwner = ownerOf.get(t.table);
        if (tableOwner !== owner) report(node, 'functionForeign', { name: w.name, owner, table: t.table, tableOwner: tableOwner ?? 'no module' });
      }
    };

    const checkText = (node, text) => {
      const sql = text.replaceAll(HOLE, `"${HOLE}"`);
      const parsed = STATEMENT.test(text) ? parseSql(sql) : null;
      const writes = parsed ? writesOf(parsed, sql) : fragmentWrites(text, STATEMENT.test(text) || text.includes(HOLE));
      for (const w of writes) {
        if (w.kind === 'table') {
          checkTable(node, w);
        } else if (w.kind === 'function') {
          checkFunction(node, w);
        } else if (w.kind === 'do' && module) {
          // An anonymous block runs as the module that sends it.
          for (const t of w.writes) {
            if (t.kind === 'table') checkTable(node, t);
            else report(node, 'runtimeSql');
          }
        }
      }
    };

    /** The outermost string expression: a literal, template or `+` chain not inside a larger one. */
    const isOutermost = (node) => {
      const p = node.parent;
      if (p?.type === 'TemplateLiteral') return false;
      if (p?.type === 'BinaryExpression' && p.operator === '+') return false;
      if (p?.type === 'TSAsExpression' || p?.type === 'TSNonNullExpression') return isOutermost(p);
      return true;
    };
    const checkString = (node) => {
      if (!isOutermost(node)) return;
      for (const text of variants(node)) checkText(node, text);
    };

    const targetTable = (name) => (ownerOf.has(name) ? name : entities.get(name) ?? null);

    return {
      Literal(node) {
        if (typeof node.value === 'string') checkString(node);
      },
      TemplateLiteral(node) {
        if (node.parent?.type !== 'TaggedTemplateExpression') checkString(node);
      },
      BinaryExpression(node) {
        if (node.operator === '+') checkString(node);
      },
      CallExpression(node) {
        if (!module) return;
        const callee = node.callee;
        const name = callee.type === 'MemberExpression' ? callee.property.name : callee.type === 'Identifier' ? callee.name : null;
        const sqlArg = name === 'query' && callee.type === 'MemberExpression' ? node.arguments[0] : name === 'hotQuery' ? node.arguments[2] : null;
        if (sqlArg) {
          const text = sqlArg.type === 'ObjectExpression' ? sqlArg.properties.find((p) => p.key?.name === 'text')?.value : sqlArg;
          if (text && (text.type === 'Identifier' ? originOf(text) !== 'module' : variants(text).every((t) => t === HOLE))) report(sqlArg, 'runtimeSql');
          else if (text) for (const t of variants(text)) checkText(sqlArg, t);
          return;
        }
        if (name === 'deferRow') {
          for (const t of variants(node.arguments[0])) checkTable(node.arguments[0], { schema: null, table: t });
          return;
        }
        if (!TARGET_CALLS.has(name) || !node.arguments[0]) return;
        const arg = node.arguments[0];
        if (!['Literal', 'TemplateLiteral', 'BinaryExpression', 'Identifier'].includes(arg.type)) return;
        const texts = variants(arg);
        if (name === 'from') return;
        for (const t of texts) {
          if (t.includes(HOLE)) {
            if (['getRepository', 'getTreeRepository', 'into'].includes(name) && arg.type !== 'Identifier') report(arg, 'runtimeTable');
            continue;
          }
          const table = targetTable(t);
          if (table) checkTable(arg, { schema: null, table });
        }
      },
      // qb.delete().from('<table>'): the delete's target
      'CallExpression[callee.property.name="from"]'(node) {
        if (!module || !node.arguments[0]) return;
        let chain = node.callee.object;
        let deleting = false;
        while (chain?.type === 'CallExpression' && chain.callee.type === 'MemberExpression') {
          if (chain.callee.property.name === 'delete') deleting = true;
          chain = chain.callee.object;
        }
        if (!deleting) return;
        for (const t of variants(node.arguments[0])) {
          if (t.includes(HOLE)) report(node.arguments[0], 'runtimeTable');
          else if (targetTable(t)) checkTable(node.arguments[0], { schema: null, table: targetTable(t) });
        }
      },
    };
  },
};

/**
 * What a SQL text writes, read by PostgreSQL's own parser (libpg-query: the real parser compiled to
 * WebAssembly), so MERGE, data-modifying CTEs, COPY … FROM, TRUNCATE and function bodies are seen as
 * PostgreSQL sees them, whatever the spelling.
 */
import { loadModule, parsePlPgSQLSync, parseSync } from 'libpg-query';

await loadModule();

/** Stands for a part of a SQL text that is only known at run time (a `${…}` that is not a constant). */
export const HOLE = '__runtime_value__';

const WRITE_STATEMENTS = ['InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt'];

/** The SQL text parsed, or null when it is not (complete) SQL. */
export function parseSql(text) {
  try {
    return parseSync(text);
  } catch {
    return null;
  }
}

const relationName = (rv) => {
  const r = rv?.RangeVar ?? rv;
  return r?.relname ? { schema: r.schemaname ?? null, table: r.relname } : null;
};

/**
 * Every write in a parsed text: { kind: 'table', schema, table } for a table an INSERT, UPDATE, DELETE,
 * MERGE, TRUNCATE or COPY … FROM changes (wherever it sits: a CTE, a subquery), { kind: 'function', name,
 * body } for a function the text creates, { kind: 'do', body } for an anonymous block.
 */
export function writesOf(parsed, text) {
  const found = [];
  let source = text;
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (WRITE_STATEMENTS.includes(key)) {
        const rel = relationName(value.relation);
        if (rel) found.push({ kind: 'table', ...rel });
      } else if (key === 'TruncateStmt') {
        for (const r of value.relations ?? []) {
          const rel = relationName(r);
          if (rel) found.push({ kind: 'table', ...rel });
        }
      } else if (key === 'CopyStmt' && value.is_from) {
        const rel = relationName(value.relation);
        if (rel) found.push({ kind: 'table', ...rel });
      } else if (key === 'CreateFunctionStmt') {
        const name = value.funcname.map((n) => n.String.sval).at(-1);
        found.push({ kind: 'function', name, writes: functionWrites(value, source) });
      } else if (key === 'DoStmt') {
        const body = value.args?.find((a) => a.DefElem?.defname === 'as')?.DefElem.arg.String.sval ?? '';
        found.push({ kind: 'do', writes: plpgsqlWrites(`CREATE FUNCTION __do() RETURNS void LANGUAGE plpgsql AS $__do$${body}$__do$`) });
      }
      visit(value);
    }
  };
  const bytes = Buffer.from(text); // the parser's locations count bytes
  for (const s of parsed.stmts) {
    const at = s.stmt_location ?? 0;
    source = bytes.subarray(at, s.stmt_len ? at + s.stmt_len : undefined).toString();
    visit(s.stmt);
  }
  return found;
}

/**
 * What a function body writes (PL/pgSQL read by PostgreSQL's PL/pgSQL parser, which wants the whole CREATE
 * FUNCTION statement; SQL functions by the SQL parser).
 */
function functionWrites(stmt, source) {
  const option = (name) => stmt.options?.find((o) => o.DefElem?.defname === name)?.DefElem.arg;
  const language = option('language')?.String?.sval ?? 'sql';
  const as = option('as');
  const body = as?.List?.items?.[0]?.String?.sval ?? as?.String?.sval ?? '';
  if (language === 'plpgsql') return plpgsqlWrites(source.replace(/^\s*CREATE\s+OR\s+REPLACE\b/i, 'CREATE'));
  if (language === 'sql') {
    const parsed = parseSql(body);
    return parsed ? tablesOnly(writesOf(parsed, body)) : [{ kind: 'unreadable' }];
  }
  return [{ kind: 'unreadable' }];
}

function plpgsqlWrites(source) {
  let fn;
  try {
    fn = parsePlPgSQLSync(source);
  } catch {
    return [{ kind: 'unreadable' }];
  }
  const found = [];
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'PLpgSQL_stmt_dynexecute' || key === 'PLpgSQL_stmt_dynfors' || (key === 'PLpgSQL_stmt_return_query' && value.dynquery)) {
        found.push({ kind: 'dynamic' });
      } else if (key === 'PLpgSQL_expr' && typeof value.query === 'string') {
        const parsed = parseSql(value.query);
        if (parsed) found.push(...tablesOnly(writesOf(parsed, value.query)));
      }
      visit(value);
    }
  };
  visit(fn);
  return found;
}

const tablesOnly = (writes) => writes.flatMap((w) => (w.kind === 'function' || w.kind === 'do' ? w.writes : [w]));

/**
 * Writes found in a text PostgreSQL cannot parse (a fragment joined at run time): the statement words
 * followed by a name, so a fragment such as 'UPDATE offers SET ' is still seen. In a text that does not
 * start like SQL only upper-case statement words count, so a sentence ("could not update the offer") is not one.
 */
const FRAGMENT = String.raw`(?<!(?:FOR|DO|ON|THEN)\s+)(INSERT\s+INTO|UPDATE|DELETE\s+FROM|MERGE\s+INTO|TRUNCATE(?:\s+TABLE)?|COPY)\s+(?:ONLY\s+)?"?([a-zA-Z_][a-zA-Z0-9_]*)"?(?:\."?([a-zA-Z_][a-zA-Z0-9_]*)"?)?`;

export function fragmentWrites(text, sqlLike) {
  const found = [];
  for (const m of text.matchAll(new RegExp(FRAGMENT, sqlLike ? 'gi' : 'g'))) {
    const [schema, table] = m[3] ? [m[2], m[3]] : [null, m[2]];
    if (['set', 'only', 'table', 'or', 'on', 'of'].includes(table.toLowerCase())) continue;
    if (/^copy$/i.test(m[1]) && !new RegExp(`^COPY\\s+(ONLY\\s+)?"?${table}"?(\\s*\\([^)]*\\))?\\s+FROM\\b`, 'i').test(text.slice(m.index))) continue;
    found.push({ kind: 'table', schema, table: table.toLowerCase() });
  }
  return found;
}

/** Who owns a function by its name: `<module>_…` (a module's name, or its singular), longest name first. */
export function functionOwner(name, modules) {
  const sorted = [...modules].sort((a, b) => b.length - a.length);
  return sorted.find((m) => name.startsWith(`${m}_`) || (m.endsWith('s') && name.startsWith(`${m.slice(0, -1)}_`))) ?? null;
}

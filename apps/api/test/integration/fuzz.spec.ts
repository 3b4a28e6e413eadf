import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ErrorCode } from '@mengyuan/domain';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLNamedType,
} from 'graphql';
import { startTestApp, type TestApp } from '../test-app';

const schema = buildSchema(readFileSync(join(__dirname, '..', '..', '..', '..', 'packages', 'graphql', 'schema.graphql'), 'utf8'));

/** The mutations fuzzed, and who calls each (a caller the resolver accepts, so the values reach it). */
const TARGETS: [mutation: string, caller: 'anonymous' | 'admin' | 'supplier' | 'member'][] = [
  ['login', 'anonymous'],
  ['registerOrganization', 'anonymous'],
  ['placeOrder', 'member'],
  ['createSku', 'admin'],
  ['depositToWallet', 'admin'],
  ['createOffer', 'supplier'],
  ['importCardBatch', 'supplier'],
];

type Path = (string | number)[];
interface Leaf {
  path: Path;
  type: GraphQLInputType;
}

/** A plausible value of a type, so that only the fuzzed field is wrong. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isInputObjectType(type)) return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, sample(f.type)]));
  if (isEnumType(type)) return type.getValues()[0].value;
  const scalar: Record<string, unknown> = { String: 'fuzz', ID: randomUUID(), Int: 1, Float: 1, Boolean: false, Money: '100', DateTime: new Date().toISOString(), JSON: {} };
  return scalar[(type as GraphQLNamedType).name] ?? 'fuzz';
}

/** Every input field under an argument, down to scalars and enums, the list items included. */
function leaves(type: GraphQLInputType, path: Path): Leaf[] {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [{ path, type }, ...leaves(inner.ofType, [...path, 0])];
  if (isInputObjectType(inner)) return [{ path, type }, ...Object.values(inner.getFields()).flatMap((f) => leaves(f.type, [...path, f.name]))];
  return [{ path, type }];
}

function withValue(root: Record<string, unknown>, path: Path, value: unknown): Record<string, unknown> {
  const copy = structuredClone(root);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
  return copy;
}

/** The field as graphql-js and the input check name it: input.codes[0].secret */
const pathName = (path: Path) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');
/** The same field as class-validator names it (codes.0.secret, without the argument), for comparison. */
const comparable = (name: string) => name.replace(/\[(\d+)\]/g, '.$1').replace(/^input\./, '');
/** Whether an error's fields name this field (or a part of it, for an object given where a list was meant). */
const names = (fields: string[], path: Path) => fields.some((f) => comparable(f) === comparable(pathName(path)) || comparable(f).startsWith(`${comparable(pathName(path))}.`));

interface BadValue {
  name: string;
  value: unknown;
  /** Whether the value is certainly wrong for a field of this type, so VALIDATION_FAILED naming it is the only right answer. */
  refused(type: GraphQLInputType): boolean;
}

const named = (type: GraphQLInputType) => getNamedType(type);
const isScalarNamed = (type: GraphQLInputType, ...names: string[]) => names.includes(named(type).name);
const leafType = (type: GraphQLInputType) => {
  const inner = isNonNullType(type) ? type.ofType : type;
  return !isListType(inner) && (isScalarType(inner) || isEnumType(inner));
};

const BAD_VALUES: BadValue[] = [
  // DateTime takes numbers as timestamps (a lenient scalar): those values are valid for it.
  { name: 'wrong type (boolean)', value: true, refused: (t) => leafType(t) && !isScalarNamed(t, 'Boolean', 'DateTime', 'JSON') },
  { name: '1.5', value: 1.5, refused: (t) => leafType(t) && !isScalarNamed(t, 'Float', 'Money', 'DateTime', 'JSON') },
  { name: '2147483648', value: 2147483648, refused: (t) => leafType(t) && !isScalarNamed(t, 'Float', 'Money', 'ID', 'DateTime', 'JSON') },
  { name: '"abc"', value: 'abc', refused: (t) => leafType(t) && !isScalarNamed(t, 'String', 'ID', 'JSON') },
  { name: 'null', value: null, refused: (t) => isNonNullType(t) },
  { name: 'a NUL byte', value: 'a\u0000b', refused: (t) => leafType(t) && !isScalarNamed(t, 'JSON') },
  { name: 'a lone surrogate', value: 'a\uD800b', refused: (t) => leafType(t) && !isScalarNamed(t, 'JSON') },
  { name: 'a 1 MB string', value: 'x'.repeat(1_000_000), refused: (t) => leafType(t) && !isScalarNamed(t, 'JSON') },
  { name: 'a nested object', value: { a: { b: [1, 'x'] } }, refused: (t) => !isScalarNamed(t, 'JSON') && !isInputObjectType(isNonNullType(t) ? t.ofType : t) },
];

const KNOWN = new Set<string>(Object.values(ErrorCode));

describe('fuzzing mutations with bad variables, generated from the schema', () => {
  let t: TestApp;
  const tokens: Record<string, string | undefined> = { anonymous: undefined };

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '100000', LOGIN_MAX_FAILURES_PER_ACCOUNT: '100000', ORDER_VELOCITY_PER_MINUTE: '100000' });
    await t.seedDemo();
    tokens.admin = (await t.login('admin@mengyuan.demo')).token;
    tokens.supplier = (await t.login('supplier@mengyuan.demo')).token;
    tokens.member = (await t.login('member@mengyuan.demo')).token;
  });
  afterAll(() => t?.close());

  it.each(TARGETS)('%s: every bad value in every input field gets a typed answer, never INTERNAL', async (mutation, caller) => {
    const field = schema.getMutationType()!.getFields()[mutation];
    expect(field).toBeDefined();
    const returns = getNamedType(field.type);
    const document = `mutation Fuzz(${field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ')}) { ${mutation}(${field.args.map((a) => `${a.name}: $${a.name}`).join(', ')})${isObjectType(returns) ? ' { __typename }' : ''} }`;
    const base = Object.fromEntries(field.args.map((a) => [a.name, sample(a.type)]));
    const cases = field.args.flatMap((a) => leaves(a.type, [a.name]));
    expect(cases.length).toBeGreaterThan(0);

    const problems: string[] = [];
    let sent = 0;
    for (const leaf of cases) {
      for (const bad of BAD_VALUES) {
        const variables = withValue(base, leaf.path, bad.value);
        const res = await t.gql(document, variables, { token: tokens[caller] });
        sent += 1;
        const where = `${pathName(leaf.path)} = ${bad.name}`;
        const errors = res.body.errors ?? [];
        if (res.status >= 500) problems.push(`${where}: HTTP ${res.status}`);
        for (const e of errors) {
          const code = String(e.extensions?.code);
          if (code === 'INTERNAL' || !KNOWN.has(code)) problems.push(`${where}: ${code} ${e.message.slice(0, 200)}`);
        }
        if (bad.refused(leaf.type)) {
          const fields = Object.keys((errors[0]?.extensions?.fields as Record<string, unknown> | undefined) ?? {});
          if (errors[0]?.extensions?.code !== 'VALIDATION_FAILED' || !names(fields, leaf.path)) {
            problems.push(`${where}: expected VALIDATION_FAILED naming ${pathName(leaf.path)}, got ${errors[0]?.extensions?.code ?? 'success'} ${JSON.stringify(fields)} ${errors[0]?.message.slice(0, 200) ?? ''}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(sent).toBe(cases.length * BAD_VALUES.length);
  }, 120_000);
});

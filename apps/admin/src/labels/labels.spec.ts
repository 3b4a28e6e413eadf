import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AuditEventType, SUBJECT_TYPES } from '@mengyuan/domain';
import { ENUM_LABELS } from './enum-labels';
import { sharedEn, sharedZhCN } from '../../../../packages/ui/src/i18n/resources';

// The app's resources as they are handed to i18next, without starting i18next.
jest.mock('@mengyuan/ui', () => ({ initI18n: (resources: unknown) => resources }));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { i18n: app } = require('../i18n') as { i18n: Record<'zh-CN' | 'en', Tree> };

type Tree = { [k: string]: string | Tree };
const REPO = join(__dirname, '../../../..');


function merge(a: Tree, b: Tree): Tree {
  const out: Tree = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = typeof v === 'object' && typeof out[k] === 'object' ? merge(out[k] as Tree, v) : v;
  return out;
}
const trees = { 'zh-CN': merge(sharedZhCN as unknown as Tree, app['zh-CN']), en: merge(sharedEn as unknown as Tree, app.en) };
const label = (tree: Tree, key: string): string | undefined => {
  const v = key.split('.').reduce<string | Tree | undefined>((o, k) => (o && typeof o === 'object' ? o[k] : undefined), tree);
  return typeof v === 'string' && v.trim() ? v : undefined;
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Every event type the api publishes: the audit log's, and each DomainEvent's `readonly type = '…'`. */
function publishedEventTypes(): string[] {
  const literal = /readonly type(?:: string)? = '([a-z_]+\.[a-z_.]+)'/g;
  const found = files(join(REPO, 'apps/api/src')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(literal)].map((m) => m[1]));
  return [...new Set([...Object.values(AuditEventType), ...found])].sort();
}

function schemaEnums(): [string, string[]][] {
  const schema = readFileSync(join(REPO, 'packages/graphql/schema.graphql'), 'utf8');
  return [...schema.matchAll(/^enum (\w+) \{([^}]*)\}/gm)].map((m) => [m[1], m[2].split('\n').map((l) => l.trim()).filter((l) => /^[A-Z][A-Z0-9_]*$/.test(l))]);
}

describe('the user’s language in the admin console', () => {
  it('finds what it checks', () => {
    expect(publishedEventTypes().length).toBeGreaterThanOrEqual(46);
    expect(schemaEnums().length).toBeGreaterThanOrEqual(40);
  });

  it.each(['zh-CN', 'en'] as const)('labels every event type the api publishes in %s', (lang) => {
    const missing = publishedEventTypes().filter((type) => !label(trees[lang], `eventType.${type.replace(/[^a-zA-Z0-9]/g, '_')}`));
    expect(missing).toEqual([]);
  });

  it.each(['zh-CN', 'en'] as const)('labels every value of every GraphQL enum in %s', (lang) => {
    const missing: string[] = [];
    for (const [name, values] of schemaEnums()) {
      const prefix = ENUM_LABELS[name];
      if (!prefix) missing.push(`${name} (no labels registered in ENUM_LABELS)`);
      else for (const v of values) if (!label(trees[lang], `${prefix}.${v}`)) missing.push(`${name}.${v} (${prefix}.${v})`);
    }
    expect(missing).toEqual([]);
  });

  it.each(['zh-CN', 'en'] as const)('names the kind of every audit subject the api records in %s', (lang) => {
    // The api's writers are typed with SUBJECT_TYPES; the literal scan catches one written around the type.
    const written = files(join(REPO, 'apps/api/src')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/subjectType: '([a-z_]+)'/g)].map((m) => m[1]));
    const subjectTypes = [...new Set([...SUBJECT_TYPES, ...written])];
    expect(subjectTypes.length).toBeGreaterThanOrEqual(15);
    expect(subjectTypes.filter((type) => !label(trees[lang], `subjectType.${type}`))).toEqual([]);
  });

  it.each(['zh-CN', 'en'] as const)('translates every word the api writes into a subject name as #Enum.VALUE in %s', (lang) => {
    const enums = [...new Set(files(join(REPO, 'apps/api/src')).filter((f) => f.endsWith('subject-names.handlers.ts')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/#([A-Z][A-Za-z]+)\.(\$\{|[A-Z_]+)/g)].map((m) => m[1])))];
    expect(enums.length).toBeGreaterThanOrEqual(5);
    expect(enums.filter((name) => name !== 'Subject' && !ENUM_LABELS[name])).toEqual([]);
    expect(label(trees[lang], 'audit.subjectText.SCORE_WEIGHTS')).toBeTruthy();
  });

  it('does not label in Chinese with English (a label copied without translating)', () => {
    const same = publishedEventTypes()
      .map((type) => `eventType.${type.replace(/[^a-zA-Z0-9]/g, '_')}`)
      .filter((key) => label(trees['zh-CN'], key) === label(trees.en, key));
    expect(same).toEqual([]);
  });
});

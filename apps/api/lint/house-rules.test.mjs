/**
 * The house rules must keep working: each fixture is linted as if it sat where its first line says, and must
 * get exactly the errors its `// ✗ <rule>[:<messageId>]` markers name, on those lines, and no others. A rule
 * that goes dead (a wrong root path, a parser that stops reading, a pattern that stops matching) fails here.
 * Run by `npm run lint`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import test from 'node:test';
import { ESLint } from 'eslint';

const root = join(import.meta.dirname, '..', '..', '..');
const fixtures = join(import.meta.dirname, 'fixtures');
// Where `npm run lint` runs eslint (turbo, in the package): settings resolved against the wrong directory
// (as boundaries' root path once was) must fail here as they would there.
process.chdir(join(root, 'apps', 'api'));
const eslint = new ESLint();

for (const name of readdirSync(fixtures).filter((f) => /\.tsx?$/.test(f))) {
  test(name, async () => {
    const code = readFileSync(join(fixtures, name), 'utf8');
    const as = /^\/\/ Linted as (\S+):/.exec(code)?.[1];
    assert.ok(as, `${name} must say where it is linted as on its first line`);
    const expected = code
      .split('\n')
      .flatMap((line, i) => [...line.matchAll(/✗ ([\w/@-]+)(?::(\w+))?/g)].map((m) => `${i + 1} ${m[1]}${m[2] ? `:${m[2]}` : ''}`))
      .sort();
    const [result] = await eslint.lintText(code, { filePath: join(root, as) });
    // A marker with a messageId pins the message too; one without it, the rule only.
    const pinned = new Set(expected.filter((e) => e.includes(':')).map((e) => e.replace(/:\w+$/, '')));
    const actual = [
      ...new Set(
        result.messages.map((m) => {
          const key = `${m.line} ${m.ruleId ?? 'parse-error'}`;
          return pinned.has(key) ? `${key}:${m.messageId}` : key;
        }),
      ),
    ].sort();
    assert.deepEqual(actual, expected, result.messages.map((m) => `${m.line}: ${m.ruleId} ${m.messageId ?? ''} ${m.message}`).join('\n'));
  });
}

import { readFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printCanonicalSchema, SCHEMA_FILE } from '../../src/database/emit-schema';
import { startTestApp, type TestApp } from '../test-app';

describe('schema.graphql', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is exactly the schema the running api serves (emit with npm run schema:emit -w @mengyuan/api)', () => {
    const served = printCanonicalSchema(t.app.get(GraphQLSchemaHost).schema);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(served);
  });
});

import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The merchant operations (operations/*.graphql) typed against the api's committed schema
 * (packages/graphql/schema.graphql). Documents are emitted as strings, so the client needs no GraphQL
 * runtime: `npm run codegen -w @mengyuan/client` after the schema changes.
 */
const config: CodegenConfig = {
  schema: '../graphql/schema.graphql',
  documents: 'operations/**/*.graphql',
  generates: {
    'src/generated.ts': {
      plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: true },
        scalars: { DateTime: 'string', JSON: 'unknown', Money: 'string' },
        useTypeImports: true,
        onlyOperationTypes: true,
      },
    },
  },
};
export default config;

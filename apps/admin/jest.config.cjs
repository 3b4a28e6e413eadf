/** Unit tests of the admin app that need no browser (labels in both languages). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.tsx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } }] },
  moduleNameMapper: {
    '^@mengyuan/graphql$': '<rootDir>/../../packages/graphql/src/index.ts',
    '^@mengyuan/domain$': '<rootDir>/../../packages/domain/src/index.ts',
  },
};

/** Unit tests of the portal (no browser): i18n coverage of what the screens show. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.tsx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } }] },
  moduleNameMapper: {
    '^@mengyuan/graphql$': '<rootDir>/../../packages/graphql/src/index.ts',
    '^@mengyuan/domain$': '<rootDir>/../../packages/domain/src/index.ts',
    '^@mengyuan/ui$': '<rootDir>/../../packages/ui/src/i18n/init.ts',
  },
};

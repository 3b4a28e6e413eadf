module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.tsx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } }] },
  moduleNameMapper: {
    '^@mengyuan/graphql$': '<rootDir>/../graphql/src/index.ts',
    '^@mengyuan/domain$': '<rootDir>/../domain/src/index.ts',
  },
};

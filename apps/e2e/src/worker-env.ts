/**
 * Points this jest worker's specs at its own api and mail catcher (globalSetup starts one of each per worker and
 * names them E2E_BASE_URL_<worker>, E2E_MAIL_URL_<worker>). In band, the worker is 1.
 */
const worker = process.env.JEST_WORKER_ID ?? '1';
for (const name of ['E2E_BASE_URL', 'E2E_MAIL_URL']) {
  const own = process.env[`${name}_${worker}`];
  if (own) process.env[name] = own;
}

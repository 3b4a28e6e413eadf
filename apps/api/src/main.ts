import { DEMO_ORGANIZATIONS, DEMO_PASSWORD, DemoSeedService } from './database/seed/demo-seed';
import { loadConfig } from './config/app-config';
import { withStartupLock } from './database/data-source';
import { createApp } from './create-app';
import { processLogger } from './common/logging';
import { describeError } from './common/request-facts';
import { installProcessGuards } from './common/resilience/process-guards';
import { JobsService } from './modules/jobs/jobs.service';
import { DOCUMENT_EXPIRY_JOB } from './modules/qualifications/qualification.jobs';

async function main() {
  const config = loadConfig();
  installProcessGuards(processLogger(config, 'process'));
  const running = await createApp(config);
  const { app } = running;
  // Lifecycle hooks (job definitions among them) run before the seed uses them.
  await app.init();
  let seeded = false;
  if (config.seedDemo) seeded = await withStartupLock(running.dataSource, () => app.get(DemoSeedService).seedIfEmpty());
  // Today's expiry warnings for the freshly seeded documents, rather than waiting for tonight's run.
  if (seeded) await app.get(JobsService).run(DOCUMENT_EXPIRY_JOB);
  await app.listen({ port: config.port, host: config.host });

  const base = `http://localhost:${config.port}`;
  const logins = DEMO_ORGANIZATIONS.flatMap((o) => o.users.map((u) => `    ${u.email.padEnd(26)} ${o.kind.padEnd(9)} ${o.status.padEnd(13)} ${o.name}`));
  // The one place the product talks to a person on a terminal: where to go and how to sign in.
  process.stdout.write(
    [
      '',
      `  盟源 Mengyuan is running${seeded ? ' (demo alliance seeded)' : ''}`,
      `    portal   ${base}/`,
      `    admin    ${base}/admin/`,
      `    GraphQL  ${base}/graphql`,
      `    health   ${base}/health`,
      `    database ${running.embedded ? `embedded PostgreSQL under ${config.dataDir}/pg` : 'DATABASE_URL'}`,
      ...(config.seedDemo ? ['', `  Demo logins (password ${DEMO_PASSWORD}):`, ...logins] : []),
      '',
    ].join('\n') + '\n',
  );

  const shutdown = async (signal: string) => {
    process.stdout.write(`\n  ${signal}: shutting down\n`);
    await running.close().catch((err: unknown) => processLogger(config, 'process').error({ error: describeError(err) }, 'shutdown was not clean'));
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  process.stderr.write(`Mengyuan failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});

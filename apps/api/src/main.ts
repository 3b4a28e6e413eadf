import { DEMO_ORGANIZATIONS, DEMO_PASSWORD, DEMO_TOTP_SECRET, DemoSeedService } from './database/seed/demo-seed';
import { loadConfig } from './config/app-config';
import { withStartupLock } from './database/data-source';
import { ConfigurationError } from './database/embedded-postgres';
import { createApp } from './create-app';
import { processLogger } from './common/logging';
import { describeError } from './common/request-facts';
import { installProcessGuards } from './common/resilience/process-guards';
import { JobsService } from './modules/jobs/jobs.service';
import { DOCUMENT_EXPIRY_JOB } from './modules/qualifications/qualification.jobs';

/** sysexits' EX_CONFIG: a start-up the supervisor must not retry (scripts/supervise.mjs). */
const EX_CONFIG = 78;

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    throw new ConfigurationError((err as Error).message);
  }
  installProcessGuards(processLogger(config, 'process'));
  const running = await createApp(config);
  const { app } = running;
  // Lifecycle hooks (job definitions among them) run before the seed uses them.
  await app.init();
  let seeded = false;
  if (config.seedDemo) seeded = await withStartupLock(running.directUrl, () => app.get(DemoSeedService).seedIfEmpty());
  // Today's expiry warnings for the freshly seeded documents, rather than waiting for tonight's run.
  if (seeded) await app.get(JobsService).run(DOCUMENT_EXPIRY_JOB);
  await app.listen({ port: config.port, host: config.host });

  const base = `http://localhost:${config.port}`;
  const logins = DEMO_ORGANIZATIONS.flatMap((o) => o.users.map((u) => `    ${u.email.padEnd(26)} ${o.kind.padEnd(9)} ${(o.endsAs ?? o.status).padEnd(13)} ${o.name}`));
  // The one place the product talks to a person on a terminal: where to go and how to sign in.
  process.stdout.write(
    [
      '',
      `  盟源 Mengyuan is running${seeded ? ' (demo alliance seeded)' : ''}`,
      `    portal   ${base}/`,
      `    admin    ${base}/admin/`,
      `    GraphQL  ${base}/graphql`,
      `    health   ${base}/health`,
      `    database ${running.embedded ? `embedded PostgreSQL under ${config.dataDir}/pg, port ${running.embedded.port}` : 'DATABASE_URL'}`,
      `    mail     ${process.env.MAIL_CATCHER_URL ? `${process.env.MAIL_CATCHER_URL} (local mail catcher: every e-mail the demo sends lands there)` : config.mail.smtpUrl ? 'SMTP_URL' : 'no SMTP server (SMTP_URL unset): e-mail waits and fails'}`,
      ...(config.seedDemo ? ['', `  Demo logins (password ${DEMO_PASSWORD}):`, ...logins] : []),
      ...(config.seedDemo && config.twoFactor.requiredForAlliance
        ? ['', `  Alliance staff sign in with two-step verification: add the TOTP secret ${DEMO_TOTP_SECRET} to an authenticator app`,
            `  (or: otpauth://totp/Mengyuan-demo?secret=${DEMO_TOTP_SECRET}&issuer=Mengyuan), then type its 6-digit code after the password.`]
        : []),
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
  if (err instanceof ConfigurationError) {
    process.stderr.write(`Mengyuan cannot start: ${err.message}\n`);
    process.exit(EX_CONFIG);
  }
  process.stderr.write(`Mengyuan failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});

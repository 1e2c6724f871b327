import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './platform/config/config.js';
import { resolveEnvironment } from './platform/config/env-file.js';
import { createSqlStore } from './platform/db/create-database.js';
import { migrateToLatest } from './platform/db/migrate.js';

async function main(): Promise<void> {
  const { env, file } = resolveEnvironment(process.argv.slice(2), process.env);
  const config = loadConfig(env);

  if (process.argv.includes('--migrate-only')) {
    const sql = createSqlStore(config.databaseUrl);
    const result = await migrateToLatest(sql.db);
    await sql.close();
    const applied = result.results?.map((entry) => entry.migrationName) ?? [];
    process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'Database is up to date\n');
    return;
  }

  const { app, seeded, demoOwner } = await buildApp(config);
  closeWithGrace({ delay: config.shutdownGraceMs }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an uncaught error');
    else app.log.info({ signal }, 'shutting down');
    // Stops accepting, lets in-flight requests finish, then runs onClose hooks (SQL, Redis, loops).
    await app.close();
  });
  await app.listen({ port: config.port, host: config.host });
  app.log.info(
    { environment: config.environment, profile: file ?? null, database: config.databaseUrl.split(':')[0] },
    'ready',
  );

  if (seeded) {
    // Printed to the terminal, never logged: these are development credentials for the demo tenant.
    const base = `http://localhost:${config.port}`;
    process.stdout.write(
      [
        '',
        `  Demo tenant "${seeded.businessId}" ${seeded.created ? 'created' : 'ready'} (development credentials):`,
        `    X-API-Key:      ${seeded.apiKey}`,
        `    X-Widget-Token: ${seeded.widgetToken}`,
        // A fresh password at every start: only its hash is stored (modules/accounts/demo-owner.ts).
        ...(demoOwner
          ? [`    Owner sign-in:  ${demoOwner.email} / ${demoOwner.password}  (POST /v1/auth/login)`]
          : []),
        `  Dashboard: ${base}/dashboard  (sign in as the owner above; "Try the assistant" is inside)`,
        `  Chat from a terminal: npm run talk`,
        `  Try: curl -H "X-API-Key: ${seeded.apiKey}" ${base}/v1/owner/business`,
        `  API docs: ${base}/docs`,
        '',
      ].join('\n') + '\n',
    );
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `Failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});

import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config';
import { projectRoot } from '../paths';
import { startApp } from './app';
import { createLogger } from './logger';

/** `npm start`: everything up, the URL printed, SIGTERM/SIGINT drain and stop it all. */
async function main(): Promise<void> {
  const config = loadConfig(process.env, projectRoot());
  const log = createLogger(config.logLevel);
  const app = await startApp(config, log);
  log.info('Limelight is up', { url: app.url });
  process.stdout.write(`\nLimelight GraphQL API: ${app.url}\n\n`);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal });
    const force = setTimeout(() => process.exit(1), 60_000);
    force.unref();
    app.stop().then(
      () => process.exit(0),
      (error) => {
        log.error('shutdown failed', { error: String(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error) => {
  const message =
    error instanceof ConfigError ? `configuration error: ${error.message}` : error instanceof Error ? error.stack : String(error);
  process.stderr.write(`${message}\n`);
  process.exit(1);
});

import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startBrowserHost } from '../../web/browser-host';
import { openServicesFor } from '../library-option';

/** `racedesk web`: the desk in a browser, on 127.0.0.1, with the same services as the app. */
export function registerWebCommand(program: Command): void {
  program
    .command('web')
    .description('serve the desk on 127.0.0.1 (builds the renderer first) and print its URL')
    .option('--port <port>', 'port to listen on (default: any free port)', (value) => Number.parseInt(value, 10))
    .option('--no-build', 'serve the renderer already built in out/renderer')
    .action(async (options: { port?: number; build: boolean }, command: Command) => {
      let rendererFolder = resolve(import.meta.dirname, '../../../out/renderer');
      if (options.build || !existsSync(rendererFolder)) {
        const { buildRenderer } = await import('../../web/build-renderer');
        rendererFolder = await buildRenderer();
      }
      const services = await openServicesFor(command);
      const host = await startBrowserHost({ services, rendererFolder, port: options.port });
      services.sync.startAutoSync();
      process.stdout.write(`Racedesk is on ${host.url}\nLibrary: ${services.libraryFolder}\nPress Ctrl+C to stop.\n`);
      await new Promise<void>((done) => {
        const stop = () => void host.close().then(() => services.close()).then(done);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}

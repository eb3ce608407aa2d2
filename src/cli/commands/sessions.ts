import type { Command } from 'commander';
import { openServicesFor } from '../library-option';

/** `racedesk sessions [--json]`: the sessions in the library, by event. */
export function registerSessionsCommand(program: Command): void {
  program
    .command('sessions')
    .description('list the timing sessions in the library, by event')
    .option('--json', 'print the list as JSON')
    .action(async (flags: { json?: boolean }, command: Command) => {
      const services = await openServicesFor(command);
      const sessions = await services.timing.listSessions();
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(sessions, null, 2)}\n`);
        return;
      }
      if (sessions.length === 0) {
        process.stdout.write('No sessions yet: racedesk import <files or folders>\n');
        return;
      }
      let eventId = '';
      for (const session of sessions) {
        if (session.eventId !== eventId) {
          eventId = session.eventId;
          process.stdout.write(`\n${session.series} · ${session.eventName}${session.trackName ? ` · ${session.trackName}` : ''}\n`);
        }
        const start = session.startTime ? session.startTime.replace('T', ' ') : '';
        process.stdout.write(`  ${session.id}  ${session.name} (${session.kind})  ${start}  ${session.carCount} cars, ${session.lapCount} laps\n`);
      }
    });
}

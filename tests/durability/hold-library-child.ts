// Opens the library named by argv[2] like a second Racedesk would, says "held", and closes it when told "close".
import { createInterface } from 'node:readline';
import { openRacedeskServices } from '../../src/services/racedesk-services';

const services = await openRacedeskServices(process.argv[2]);
process.stdout.write('held\n');
for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() === 'close') {
    await services.close();
    process.stdout.write('closed\n');
    process.exit(0);
  }
}

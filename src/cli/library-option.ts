import type { Command } from 'commander';
import { resolveLibraryFolder } from '../services/library/library-location';
import { openRacedeskServices, type RacedeskServices } from '../services/racedesk-services';

/** Opens the services on the library the root `--library` option (or `RACEDESK_LIBRARY`) names. */
export function openServicesFor(command: Command): Promise<RacedeskServices> {
  const root = command.optsWithGlobals() as { library?: string };
  return openRacedeskServices(resolveLibraryFolder(root.library));
}

import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** Electron's `app.getPath('userData')` for an app named Racedesk, computed without Electron. */
export function userDataFolder(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Racedesk');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Racedesk');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Racedesk');
}

/**
 * Where the library lives: `--library DIR`, else `RACEDESK_LIBRARY`, else `library/` in the user-data folder.
 * The app, the CLI and the browser host all resolve it the same way, so they share one library.
 */
export function resolveLibraryFolder(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return resolve(flag);
  if (env.RACEDESK_LIBRARY) return resolve(env.RACEDESK_LIBRARY);
  return join(userDataFolder(process.platform, env), 'library');
}

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The installed Electron binary, or the reason there is none. Requiring `electron` would try to download it,
 * which cannot work offline, so this reads the package's own `path.txt` instead.
 */
export function findElectronBinary(repo: string): { path: string } | { missing: string } {
  const packageFolder = join(repo, 'node_modules', 'electron');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = join(packageFolder, 'path.txt');
  if (!existsSync(pathFile) && !override) {
    return { missing: 'no Electron binary is installed (node_modules/electron/path.txt is absent: its first-run download needs the internet)' };
  }
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const binary = override ? join(override, relative) : join(packageFolder, 'dist', relative);
  return existsSync(binary) ? { path: binary } : { missing: `the Electron binary ${binary} does not exist` };
}

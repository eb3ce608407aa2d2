import { build } from 'vite';
import { rendererConfig } from '../../electron.vite.config';

/** Builds the renderer into out/renderer with the same config the Electron app uses. */
export async function buildRenderer(): Promise<string> {
  await build({ ...rendererConfig, configFile: false, logLevel: 'warn' });
  return rendererConfig.build!.outDir!;
}

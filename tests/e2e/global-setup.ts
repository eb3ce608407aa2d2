import { buildRenderer } from '../../src/web/build-renderer';

/** Builds the renderer once for every browser-host test. */
export default async function globalSetup(): Promise<void> {
  await buildRenderer();
}

import { Low } from 'lowdb';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DurableJsonFile, type DurableJsonOptions } from './durable-json-file';

/**
 * Opens one JSON file of the library as a lowdb database on the durable adapter.
 * Never use lowdb's `JSONFilePreset`: it keeps data in memory when `NODE_ENV=test`.
 */
export async function openJsonStore<T>(path: string, defaults: T, options: DurableJsonOptions<T>): Promise<Low<T>> {
  await mkdir(dirname(path), { recursive: true });
  const db = new Low<T>(new DurableJsonFile<T>(path, options), defaults);
  await db.read();
  return db;
}

import type { z } from 'zod';
import { articlesSchemas, type ArticlesApi } from './articles';
import { timingSchemas, type TimingApi } from './timing';
import { checkSchemas, type CheckApi } from './check';
import { librarySchemas, type LibraryApi } from './library';
import { versionsSchemas, type VersionsApi } from './versions';
import { exportSchemas, type ExportApi } from './export';
import { syncSchemas, type SyncApi } from './sync';

/**
 * The one interface every front door shares. The Node services implement it; the Electron preload and the
 * browser host's HTTP bridge carry it to the renderer. Add an area here, with its schemas below.
 */
export interface RacedeskApi {
  articles: ArticlesApi;
  timing: TimingApi;
  check: CheckApi;
  versions: VersionsApi;
  library: LibraryApi;
  export: ExportApi;
  sync: SyncApi;
}

type SchemasFor<Area> = { [Method in keyof Area]: z.ZodType<unknown[]> };

/** Payload schemas for every method, area by area; the dispatcher validates each call with them. */
export const apiSchemas = {
  articles: articlesSchemas satisfies SchemasFor<ArticlesApi>,
  timing: timingSchemas satisfies SchemasFor<TimingApi>,
  check: checkSchemas satisfies SchemasFor<CheckApi>,
  versions: versionsSchemas satisfies SchemasFor<VersionsApi>,
  library: librarySchemas satisfies SchemasFor<LibraryApi>,
  export: exportSchemas satisfies SchemasFor<ExportApi>,
  sync: syncSchemas satisfies SchemasFor<SyncApi>,
} satisfies { [Area in keyof RacedeskApi]: SchemasFor<RacedeskApi[Area]> };

/** Methods that take paths on this machine: callable from Electron's main process and the CLI, never over HTTP. */
export const localOnlyMethods: ReadonlySet<string> = new Set(['timing.importPaths', 'articles.importPaths']);

export type ApiArea = keyof RacedeskApi;

/** Every method as `area.method`, e.g. `articles.save`. */
export function apiMethodNames(): string[] {
  return Object.entries(apiSchemas).flatMap(([area, methods]) =>
    Object.keys(methods).map((method) => `${area}.${method}`),
  );
}

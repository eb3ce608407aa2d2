import type { LibraryGate, SerialQueue } from '../storage/library-gate';
import type { LibraryGit } from './library-git';
import type { LibraryRemote } from './library-remote';
import type { Writer } from './writer';

/** The steps of a sync, in order, as `onPhase` reports them. */
export type SyncPhase = 'recover' | 'commit' | 'fetch' | 'merge' | 'apply' | 'push';

/** What the parts of a sync share. */
export interface SyncContext {
  git: LibraryGit;
  remote: LibraryRemote;
  /** Saves run shared; bringing merged files into the library runs exclusive. */
  gate: LibraryGate;
  /** Every git run that touches the index or the branch, one at a time. */
  gitQueue: SerialQueue;
  writer(): Promise<Writer>;
  phase(phase: SyncPhase): void;
  /** Told, inside the exclusive section, which files a sync wrote, so caches are dropped before any save. */
  onFilesChanged(paths: string[]): void;
}

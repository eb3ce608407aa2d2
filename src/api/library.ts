import { z } from 'zod';

/** A stored file that was found broken, set aside and (if possible) restored from its last good copy. */
export interface LibraryNotice {
  file: string;
  movedTo: string;
  restoredFrom: 'backup' | 'nothing';
  reason: string;
}

export const librarySchemas = {
  info: z.tuple([]),
  notices: z.tuple([]),
};

/** The library as a whole. */
export interface LibraryApi {
  info(): Promise<{ folder: string }>;
  /** What was repaired since start-up, for the user to hear about. */
  notices(): Promise<LibraryNotice[]>;
}

import { LibraryGate } from './library-gate';

/** What every service that writes into the library is given, so a sync can keep up with its writes. */
export interface LibraryWrites {
  gate: LibraryGate;
  /** Told after each write what it was, e.g. `Save “Derani on pole”`; a shared library commits it. */
  changed(description: string): void;
}

/** For a service used on its own (tests, one-off tools): a gate of its own, and nobody listening. */
export function standaloneWrites(): LibraryWrites {
  return { gate: new LibraryGate(), changed: () => undefined };
}

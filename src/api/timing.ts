import { z } from 'zod';
import type { Lap, Roster, SessionDetail, SessionSummary, TimingEvent, Track } from '../domain/timing';
import { fileUploadSchema, type FileUpload } from './articles';

const id = z.string().min(1).max(200);
const sessionKind = z.enum(['practice', 'qualifying', 'race']);

export const timingImportOptionsSchema = z
  .object({
    event: z.string().min(1).max(300),
    session: z.string().min(1).max(200),
    series: z.string().min(1).max(100),
    kind: sessionKind,
    track: z.string().min(1).max(200),
    map: z.string().min(1).max(1000),
    race: z.string().min(1).max(200),
  })
  .partial()
  .strict();
/** What the writer can say about an import; anything left out is read off the files. */
export type TimingImportOptions = z.infer<typeof timingImportOptionsSchema>;

const handResultSchema = z
  .object({
    position: z.number().int().positive().max(1000).optional(),
    car: z.string().min(1).max(20),
    driver: z.string().max(200).optional(),
    team: z.string().max(200).optional(),
    className: z.string().max(50).optional(),
    time: z.string().max(30).optional(),
    gap: z.string().max(30).optional(),
    laps: z.number().int().nonnegative().max(100_000).optional(),
    status: z.string().max(100).optional(),
  })
  .strict();
/** A result typed by hand: the only way in for series that publish PDF only. */
export type HandResult = z.infer<typeof handResultSchema>;

const addResultsSchema = z
  .object({
    sessionId: id.optional(),
    series: z.string().min(1).max(100).optional(),
    event: z.string().min(1).max(300).optional(),
    session: z.string().min(1).max(200).optional(),
    kind: sessionKind.optional(),
    track: z.string().min(1).max(200).optional(),
    startTime: z.string().max(40).optional(),
    results: z.array(handResultSchema).min(1).max(500),
  })
  .strict();
export type AddResultsInput = z.infer<typeof addResultsSchema>;

const trackInputSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,64}$/).optional(),
    name: z.string().min(1).max(200),
    aliases: z.array(z.string().min(1).max(200)).max(50).optional(),
    lengthKm: z.number().positive().max(100).optional(),
    lengthMiles: z.number().positive().max(100).optional(),
    source: z.string().min(1).max(1000),
  })
  .strict();
/** A track the writer adds or corrects: one length is enough, the other is converted. */
export type TrackInput = z.infer<typeof trackInputSchema>;

/** What an import did: sessions stored, sessions already there unchanged, files left alone. */
export interface TimingImportReport {
  sessions: SessionSummary[];
  unchangedSessionIds: string[];
  skipped: { file: string; reason: string }[];
}

/** Payload schemas, one tuple of arguments per method of `TimingApi`. */
export const timingSchemas = {
  importFiles: z.tuple([z.array(fileUploadSchema).min(1).max(200), timingImportOptionsSchema]),
  importPaths: z.tuple([z.array(z.string().min(1).max(4096)).min(1).max(500), timingImportOptionsSchema]),
  importText: z.tuple([z.string().min(1).max(5_000_000), timingImportOptionsSchema]),
  listSessions: z.tuple([]),
  listEvents: z.tuple([]),
  getSession: z.tuple([id]),
  getLaps: z.tuple([id, z.string().min(1).max(20)]),
  listTracks: z.tuple([]),
  saveTrack: z.tuple([trackInputSchema]),
  roster: z.tuple([]),
  addResults: z.tuple([addResultsSchema]),
  correctResult: z.tuple([id, z.string().min(1).max(20), handResultSchema.partial().strict()]),
  deleteSession: z.tuple([id]),
};

/** Official timing: sessions, results, laps, tracks and the roster, imported from the files series publish. */
export interface TimingApi {
  /** Imports files sent by the app or a web page (bytes base64). All-or-nothing: a bad file changes nothing. */
  importFiles(files: FileUpload[], options: TimingImportOptions): Promise<TimingImportReport>;
  /** Imports files and folders on this machine; Electron main and the CLI only. */
  importPaths(paths: string[], options: TimingImportOptions): Promise<TimingImportReport>;
  /** Imports a results table pasted as text (tab-separated or space-aligned). */
  importText(text: string, options: TimingImportOptions): Promise<TimingImportReport>;
  listSessions(): Promise<SessionSummary[]>;
  listEvents(): Promise<TimingEvent[]>;
  /** A session's results by class, with class positions, best-lap drivers, gaps and speeds; no laps. */
  getSession(id: string): Promise<SessionDetail>;
  /** One car's laps in a session, in lap order. */
  getLaps(sessionId: string, car: string): Promise<Lap[]>;
  listTracks(): Promise<Track[]>;
  saveTrack(track: TrackInput): Promise<Track>;
  roster(): Promise<Roster>;
  /** Adds results typed by hand to a session, creating it when `sessionId` is not given. */
  addResults(input: AddResultsInput): Promise<SessionDetail>;
  /** Corrects one car's result in a session. */
  correctResult(sessionId: string, car: string, patch: Partial<HandResult>): Promise<SessionDetail>;
  deleteSession(id: string): Promise<void>;
}

export type { Lap, Roster, SessionDetail, SessionSummary, TimingEvent, Track };

export type {
  Entry,
  Lap,
  Result,
  Roster,
  RosterName,
  SessionKind,
  SessionSummary,
  TimingEvent,
  TimingSession,
  Track,
} from './types';
export { parseLapTime, formatLapTime } from './lap-time';
export { withClassPositions } from './class-positions';
export { gapToClassLeaderSeconds, lapsBehindClassLeader } from './gaps';
export { KILOMETRES_PER_MILE, kilometresFromMiles, milesFromKilometres, speedKph, speedMph, lengthKmFromSpeed } from './speed';
export { matchTrack, normalizeName } from './track-match';
export { trackBySpeed, type TimedSpeed } from './track-by-speed';
export { layoutNote, trackOfSession } from './track-layout';
export { carNumberOf, displayName, slugOf } from './names';
export { joinResultsWithLaps, fastestCountingLap } from './best-laps';
export { sessionDetail, type ClassResults, type ResultRow, type SessionDetail } from './session-detail';
export { classifyFromLaps } from './classify-from-laps';

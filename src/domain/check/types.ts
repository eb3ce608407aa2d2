import type { Claim } from '../claims';
import type { Roster } from '../names';
import type { TimingSession, Track } from '../timing';

/** Everything a check needs: the sessions the article is linked to, which one is its main one, tracks, names. */
export interface CheckContext {
  sessions: TimingSession[];
  /** The session a claim is checked against when its sentence points to no other; null picks the first. */
  mainSessionId: string | null;
  tracks: Track[];
  /** Drivers and teams; names in the text are matched to it. Empty: built from the sessions' entries. */
  roster: Roster;
}

export type Verdict = 'confirmed' | 'contradicted' | 'unverifiable';

/** A claim with what the stored data says about it. */
export type CheckedClaim = Claim & {
  verdict: Verdict;
  /** What the data says, in the claim's unit; null when nothing was found to compare with. */
  expected: number | null;
  /** The data row in words, e.g. "#31 Whelen Engineering Cadillac Racing, Pipo Derani, lap 5, 1:32.656". */
  evidence: string;
  /** A replacement for `text` in the claim's own notation, when the figure is wrong. */
  suggestion: string | null;
  /** Why it is unverifiable, or what is wrong besides the figure (the driver, the car). */
  reason?: string;
  sessionId: string | null;
  /** The car the claim was found to be about, for comparing reports. */
  subjectCar?: string;
};

/** A name or car number in the text that matches no one exactly, or points at the wrong car. */
export interface NameFinding {
  text: string;
  start: number;
  end: number;
  suggestion: string;
  reason: string;
}

/** The check of one paragraph; offsets are into that paragraph. */
export interface ParagraphCheck {
  text: string;
  claims: CheckedClaim[];
  names: NameFinding[];
}

/** The check of a whole text; offsets are into that text. */
export interface CheckReport {
  claims: CheckedClaim[];
  names: NameFinding[];
}

/** The outcome of one rule: a verdict with its data, before the claim is merged in. */
export interface RuleOutcome {
  verdict: Verdict;
  expected: number | null;
  evidence: string;
  suggestion: string | null;
  reason?: string;
}

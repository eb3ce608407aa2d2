import type { Claim } from '../../claims';
import type { Track } from '../../timing';
import type { Resolution } from '../resolve-subject';
import type { CarFacts, SessionIndex } from '../session-index';

/** What a rule gets: the claim, the session it is checked against, and the cars its subject can mean. */
export interface RuleInput {
  claim: Claim;
  index: SessionIndex;
  cars: CarFacts[];
  /** The driver the claim names, as the data spells it; null when it names a car or team. */
  driver: string | null;
  reference: Resolution | null;
  track: Track | null;
  /** Why the session's track has no length (a layout of other years), when it has none. */
  trackNote?: string | null;
  /** A part of qualifying the words name (1–3 for Q1–Q3), where the data splits qualifying so. */
  part?: number | null;
  /** The part was named outside the figure's clause: a place may be of another part, or of the final order. */
  partAway?: boolean;
  /** Whether the figure is a starting place ("will start third"). */
  grid?: boolean;
  /** When the reference is in another session ("last year's pole"): that session, and how to name it. */
  referenceSession?: { index: SessionIndex; label: string };
}

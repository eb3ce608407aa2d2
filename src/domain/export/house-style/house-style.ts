import { z } from 'zod';

/** `colon` 1:32.656, `minutes-letters` 1m32.656s, `prime-quote` 1'32"656. */
export const lapTimeNotations = ['colon', 'minutes-letters', 'prime-quote'] as const;
/** `0.185s`, `0.185 seconds` or `.185 seconds`. */
export const gapNotations = ['0.185s', '0.185 seconds', '.185 seconds'] as const;
export const carNumberNotations = ['No. 31', '#31'] as const;
export const quoteStyles = ['typographic', 'straight'] as const;

const enabled = z.boolean().default(true);

/**
 * The publication's house style, one rule per entry, each with `enabled`. Parsing fills every missing field
 * with its default, so a settings file written by an older Racedesk, or one naming a single rule, still loads.
 */
export const houseStyleSchema = z.object({
  lapTimes: z.object({ enabled, notation: z.enum(lapTimeNotations).default('colon') }).prefault({}),
  gaps: z.object({ enabled, notation: z.enum(gapNotations).default('0.185s') }).prefault({}),
  carNumbers: z.object({ enabled, notation: z.enum(carNumberNotations).default('No. 31') }).prefault({}),
  quotes: z.object({ enabled, style: z.enum(quoteStyles).default('typographic') }).prefault({}),
  blankParagraphs: z.object({ enabled }).prefault({}),
  zeroWidthCharacters: z.object({ enabled }).prefault({}),
  /** Non-breaking spaces that came in with imported or pasted text become plain ones; typed ones are kept. */
  noBreakSpaces: z.object({ enabled }).prefault({}),
  rosterNames: z.object({ enabled }).prefault({}),
});

export type HouseStyle = z.infer<typeof houseStyleSchema>;
export type LapTimeNotation = HouseStyle['lapTimes']['notation'];
export type GapNotation = HouseStyle['gaps']['notation'];
export type CarNumberNotation = HouseStyle['carNumbers']['notation'];
export type QuoteStyle = HouseStyle['quotes']['style'];

/**
 * Every rule on: lap times `1:32.656`, gaps `0.185s`, `No. 31`, typographic quotes, names as the roster has them,
 * imported non-breaking spaces as plain ones.
 */
export const DEFAULT_HOUSE_STYLE: HouseStyle = houseStyleSchema.parse({});

/** A name as the roster spells it, and other spellings writers use for it. */
export interface RosterName {
  name: string;
  aliases?: string[];
}

import type { Extensions } from '@tiptap/core';
import { RichPaste, type RichPasteOptions } from './extensions/rich-paste';
import type { Roster } from '../../domain/names';
import { CheckMarks } from './extensions/check-marks';
import { EntityTag } from './extensions/entity-tag';
import { ResultTag } from './extensions/result-tag';
import { RosterMention } from './extensions/roster-mention';
import { TagSuggestions } from './extensions/tag-suggestions';

/** Racedesk's own editor features: tags (stored marks), suggestions and checks (computed decorations). */
export function racedeskExtensions(roster: () => Roster, paste: RichPasteOptions): Extensions {
  return [RichPaste.configure(paste), EntityTag, ResultTag, TagSuggestions.configure({ roster }), RosterMention.configure({ roster }), CheckMarks];
}

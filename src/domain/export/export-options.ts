import { z } from 'zod';
import { houseStyleSchema } from './house-style/house-style';

/** The formats an article exports to. */
export const exportFormats = ['md', 'html', 'txt', 'docx', 'pdf'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const rosterNameSchema = z.object({ name: z.string().min(1).max(200), aliases: z.array(z.string().min(1).max(200)).max(20).optional() }).strict();

/** How one export is made. No `houseStyle` (or `null`) exports the text exactly as written. */
export const exportOptionsSchema = z
  .object({
    format: z.enum(exportFormats),
    houseStyle: houseStyleSchema.nullable().optional(),
    /** Plain text only: wrap at this many columns; `null` or absent leaves paragraphs on one line. */
    wrapColumns: z.number().int().min(20).max(500).nullable().optional(),
    /** Spellings for the roster-names rule. */
    roster: z.array(rosterNameSchema).max(2000).optional(),
  })
  .strict();
export type ExportOptions = z.infer<typeof exportOptionsSchema>;

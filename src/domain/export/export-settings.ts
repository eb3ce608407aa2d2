import { z } from 'zod';
import { RacedeskError } from '../errors';
import { exportFormats } from './export-options';
import { houseStyleSchema } from './house-style/house-style';

export const EXPORT_SETTINGS_SCHEMA_VERSION = 1;

/** The last export's choices and the house style, remembered between sessions. */
export const exportSettingsSchema = z.object({
  schemaVersion: z.literal(EXPORT_SETTINGS_SCHEMA_VERSION).default(EXPORT_SETTINGS_SCHEMA_VERSION),
  format: z.enum(exportFormats).default('docx'),
  wrapColumns: z.number().int().min(20).max(500).nullable().default(null),
  applyHouseStyle: z.boolean().default(true),
  houseStyle: houseStyleSchema.prefault({}),
  report: z.enum(['none', 'markdown', 'json']).default('none'),
});
export type ExportSettings = z.infer<typeof exportSettingsSchema>;

export const DEFAULT_EXPORT_SETTINGS: ExportSettings = exportSettingsSchema.parse({});

/** Reads stored settings, filling what an older file lacks; a file of a newer Racedesk is refused. */
export function migrateExportSettings(raw: unknown): ExportSettings {
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > EXPORT_SETTINGS_SCHEMA_VERSION) {
    throw new RacedeskError('bad-file', `export settings: schemaVersion ${version} is newer than this Racedesk understands`);
  }
  const parsed = exportSettingsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RacedeskError('bad-file', `export settings: ${issue.path.join('.') || 'root'}: ${issue.message}`);
  }
  return parsed.data;
}

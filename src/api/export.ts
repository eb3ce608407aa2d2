import { z } from 'zod';
import { exportOptionsSchema, type ExportOptions } from '../domain/export/export-options';
import { exportSettingsSchema, type ExportSettings } from '../domain/export/export-settings';

const id = z.string().min(1).max(200);

/** Payload schemas, one tuple of arguments per method of `ExportApi`. */
export const exportSchemas = {
  exportArticle: z.tuple([id, exportOptionsSchema]),
  richText: z.tuple([id, exportOptionsSchema.omit({ format: true })]),
  getSettings: z.tuple([]),
  saveSettings: z.tuple([exportSettingsSchema]),
};

/** An exported file as it crosses IPC or HTTP. */
export interface ExportedFileData {
  fileName: string;
  mimeType: string;
  dataBase64: string;
}

/** Exporting articles clean, in the format the publication takes, and the choices remembered for next time. */
export interface ExportApi {
  /** Exports a library article as Markdown, HTML, plain text, DOCX or PDF. */
  exportArticle(id: string, options: ExportOptions): Promise<ExportedFileData>;
  /** The article for the clipboard, to paste into a CMS: semantic HTML (no header) and its plain text. */
  richText(id: string, options: Omit<ExportOptions, 'format'>): Promise<{ html: string; text: string }>;
  /** The last export's choices and the house style; defaults on first use. */
  getSettings(): Promise<ExportSettings>;
  /** Saves them durably; resolves with what was saved once it is on disk. */
  saveSettings(settings: ExportSettings): Promise<ExportSettings>;
}

export type { ExportOptions, ExportSettings };

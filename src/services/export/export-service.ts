import type { Low } from 'lowdb';
import type { ArticlesApi } from '../../api/articles';
import type { ExportApi, ExportedFileData } from '../../api/export';
import type { ExportOptions } from '../../domain/export/export-options';
import { DEFAULT_EXPORT_SETTINGS, migrateExportSettings, type ExportSettings } from '../../domain/export/export-settings';
import { RacedeskError } from '../../domain/errors';
import { assertNoSyncConflict } from '../../domain/sync/assert-no-conflict';
import type { RecoveryNotice } from '../storage/durable-json-file';
import { openJsonStore } from '../storage/json-store';
import { bytesOf, exportArticle, richTextOf } from './export-article';
import { renderPdf } from './pdf';

/** Exports library articles and keeps the export settings in `<library>/settings/export.json`. */
export class ExportService implements ExportApi {
  private settings: Promise<Low<ExportSettings>> | null = null;
  /** Prints the PDF page: headless Chromium here; the Electron app sets its own `printToPDF`. */
  printPdf: (html: string) => Promise<Uint8Array> = renderPdf;

  constructor(
    private readonly articles: Pick<ArticlesApi, 'get'>,
    private readonly settingsPath: string,
    private readonly onRecover: (notice: RecoveryNotice) => void = () => undefined,
  ) {}

  private store(): Promise<Low<ExportSettings>> {
    this.settings ??= openJsonStore<ExportSettings>(this.settingsPath, structuredClone(DEFAULT_EXPORT_SETTINGS), {
      migrate: migrateExportSettings,
      pretty: true,
      onRecover: this.onRecover,
    });
    return this.settings;
  }

  async exportArticle(id: string, options: ExportOptions): Promise<ExportedFileData> {
    const article = await this.articles.get(id);
    assertNoSyncConflict(article);
    const file = await exportArticle(article, options, this.printPdf);
    return { fileName: file.fileName, mimeType: file.mimeType, dataBase64: Buffer.from(bytesOf(file)).toString('base64') };
  }

  async richText(id: string, options: Omit<ExportOptions, 'format'>): Promise<{ html: string; text: string }> {
    const article = await this.articles.get(id);
    assertNoSyncConflict(article);
    return richTextOf(article, options);
  }

  async getSettings(): Promise<ExportSettings> {
    return structuredClone((await this.store()).data);
  }

  async saveSettings(settings: ExportSettings): Promise<ExportSettings> {
    const store = await this.store();
    const previous = store.data;
    store.data = migrateExportSettings(settings);
    try {
      await store.write();
    } catch (error) {
      store.data = previous;
      throw new RacedeskError('storage', `Could not save the export settings: ${(error as Error).message}. The previous settings are kept.`);
    }
    return structuredClone(store.data);
  }
}

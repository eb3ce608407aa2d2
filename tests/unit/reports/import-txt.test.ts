import { describe, expect, it } from 'vitest';
import { importReport, LARGEST_REPORT_BYTES } from '../../../src/services/importers/reports/import-report';
import { seedBytes } from './seed-reports';

describe('importing a .txt report', () => {
  it('imports seed 003 with its section labels as headings and its byline in the metadata', async () => {
    const report = await importReport('003_d40ddc186b745cfd.txt', seedBytes('003_d40ddc186b745cfd.txt'));
    expect(report.format).toBe('txt');
    expect(report.meta.byline).toBe('Carlo Platella');
    const headings = report.doc.content.filter((node) => node.type === 'heading').map((node) => node.content?.[0]?.text);
    expect(headings).toEqual(['GTP', 'LMP2', 'GTD and GTD Pro']);
  });

  it('refuses a file over 50 MB, saying how large it is', async () => {
    const bytes = new Uint8Array(LARGEST_REPORT_BYTES + 1);
    await expect(importReport('huge.txt', bytes)).rejects.toMatchObject({ code: 'bad-file', message: expect.stringContaining('huge.txt: 50.0 MB is too large') });
  });

  it('refuses bytes that are not UTF-8 text, naming the file', async () => {
    await expect(importReport('latin1.txt', new Uint8Array([0x4c, 0xe9, 0x20, 0xff]))).rejects.toMatchObject({ code: 'bad-file', message: 'latin1.txt: not UTF-8 text' });
  });

  it('refuses a format it does not know', async () => {
    await expect(importReport('report.odt', new Uint8Array([1]))).rejects.toMatchObject({ code: 'unsupported' });
  });
});

import { Document, Packer, Paragraph, TextRun } from 'docx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RacedeskError } from '../../../src/domain/errors';
import { importPaste, importReport } from '../../../src/services/importers/reports';
import { expectSafeDoc } from './doc-safety';
import { hostileHtml } from './hostile-html-arbitrary';
import { minimalPdf } from './minimal-pdf';
import { runs } from '../fuzz';

const FIVE_SECONDS = 5000;

function withinFiveSeconds<T>(work: () => Promise<T>): Promise<T> {
  return Promise.race([work(), new Promise<T>((_, reject) => setTimeout(() => reject(new Error('import took over 5 s')), FIVE_SECONDS))]);
}

/** Runs an import and fails unless it ends, within 5 s, in a safe document or a RacedeskError. */
async function expectResultOrTypedError(work: () => Promise<{ doc: object }>): Promise<void> {
  try {
    expectSafeDoc((await withinFiveSeconds(work)).doc as never);
  } catch (error) {
    expect(error).toBeInstanceOf(RacedeskError);
  }
}

/** The bytes with some of them overwritten: the damaged files a crash or a bad download leaves. */
function damaged(valid: Uint8Array) {
  return fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((changes) => {
    const bytes = valid.slice();
    for (const [at, value] of changes) bytes[at] = value;
    return bytes;
  });
}

const validPdf = minimalPdf({ pages: [['Lazare on pole at Sebring.', '', 'McAleer was second, .185 seconds back.']] });
const validDocx = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun('Lazare on pole at Sebring.')] })] }] })));
const anyBytes = fc.oneof(fc.uint8Array({ maxLength: 2000 }), hostileHtml.map((html) => new TextEncoder().encode(html)));

describe('every importer, given hostile or damaged input', () => {
  it.each(['report.txt', 'report.md', 'report.html', 'report.docx', 'report.pdf'])('ends %s in a report or a RacedeskError within 5 s', async (fileName) => {
    await fc.assert(fc.asyncProperty(anyBytes, (bytes) => expectResultOrTypedError(() => importReport(fileName, bytes))), runs(50));
  });

  it('ends a damaged PDF in a report or a RacedeskError within 5 s', async () => {
    await fc.assert(fc.asyncProperty(damaged(validPdf), (bytes) => expectResultOrTypedError(() => importReport('damaged.pdf', bytes))), runs(80));
  });

  it('ends a damaged .docx in a report or a RacedeskError within 5 s', async () => {
    await fc.assert(fc.asyncProperty(damaged(validDocx), (bytes) => expectResultOrTypedError(() => importReport('damaged.docx', bytes))), runs(80));
  });

  it('ends any paste in a safe document', async () => {
    await fc.assert(fc.asyncProperty(hostileHtml, fc.string(), (html, text) => expectResultOrTypedError(async () => importPaste(html, text))), runs(100));
  });
});

import { describe, expect, it } from 'vitest';
import { blocksFromPlainText, prepareReport } from '../../../src/domain/reports';

function metaOf(text: string) {
  return prepareReport(blocksFromPlainText(text), { sectionHeadings: false, fallbackHeadline: 'report.txt' }).meta;
}

describe('metadata rules', () => {
  it('files a Rolex 24 race report under the Rolex 24, even when it mentions the Roar', () => {
    const meta = metaOf('Porsche Penske won the Rolex 24 at Daytona on Sunday, a victory built on the pace it showed at the Roar Before the 24.\n\nThe podium was completed by Cadillac and Acura.');
    expect(meta).toMatchObject({ event: 'Rolex 24 at Daytona', session: 'Race', track: 'Daytona International Speedway' });
  });

  it('leaves the date empty when a report names a day but no year anywhere', () => {
    expect(metaOf('Lazare took pole on Thursday (March 14) at Sebring with a record lap in qualifying.').date).toBeNull();
  });

  it('reads a European date line', () => {
    expect(metaOf('26 August 2023\n\nJeansonne took pole at VIR in a backup car after problems in practice on Friday.').date).toBe('2023-08-26');
  });
});

import type { Claim } from '../../../src/domain/claims';

/** A claim as the extractor would hand it over, built by hand so a rule is tested on its own. */
export function claimOf(fields: Partial<Claim> & Pick<Claim, 'kind' | 'text' | 'value'>): Claim {
  const unit = fields.kind === 'position' ? 'place' : fields.kind === 'speed' ? 'mph' : 's';
  return {
    start: 0,
    end: fields.text.length,
    unit,
    qualifier: 'exact',
    subject: null,
    subjectSure: true,
    reference: null,
    direction: null,
    scope: null,
    sentence: fields.text,
    notation: fields.kind === 'position' ? 'ordinal-word' : 'colon',
    decimals: fields.kind === 'position' ? 0 : 3,
    sessionHint: null,
    placeRange: null,
    subjectRosterId: null,
    referenceRosterId: null,
    ...fields,
  };
}

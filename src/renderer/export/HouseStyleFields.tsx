import { carNumberNotations, gapNotations, lapTimeNotations, quoteStyles, type HouseStyle } from '../../domain/export/house-style/house-style';

interface HouseStyleFieldsProps {
  houseStyle: HouseStyle;
  onChange: (houseStyle: HouseStyle) => void;
}

const LAP_TIME_EXAMPLES: Record<HouseStyle['lapTimes']['notation'], string> = { colon: '1:32.656', 'minutes-letters': '1m32.656s', 'prime-quote': '1\'32"656' };

/** Each house-style rule with its on/off switch and, where it has one, its notation. */
export function HouseStyleFields({ houseStyle, onChange }: HouseStyleFieldsProps) {
  const set = <Rule extends keyof HouseStyle>(rule: Rule, patch: Partial<HouseStyle[Rule]>) => onChange({ ...houseStyle, [rule]: { ...houseStyle[rule], ...patch } });
  const toggle = (rule: keyof HouseStyle, label: string) => (
    <input type="checkbox" aria-label={label} checked={houseStyle[rule].enabled} onChange={(event) => set(rule, { enabled: event.target.checked })} />
  );
  return (
    <fieldset className="house-style">
      <legend>House style</legend>
      <label>
        {toggle('lapTimes', 'Lap times in one notation')} Lap times as{' '}
        <select value={houseStyle.lapTimes.notation} onChange={(event) => set('lapTimes', { notation: event.target.value as HouseStyle['lapTimes']['notation'] })}>
          {lapTimeNotations.map((notation) => <option key={notation} value={notation}>{LAP_TIME_EXAMPLES[notation]}</option>)}
        </select>
      </label>
      <label>
        {toggle('gaps', 'Gaps in one notation')} Gaps as{' '}
        <select value={houseStyle.gaps.notation} onChange={(event) => set('gaps', { notation: event.target.value as HouseStyle['gaps']['notation'] })}>
          {gapNotations.map((notation) => <option key={notation} value={notation}>{notation}</option>)}
        </select>
      </label>
      <label>
        {toggle('carNumbers', 'Car numbers in one notation')} Car numbers as{' '}
        <select value={houseStyle.carNumbers.notation} onChange={(event) => set('carNumbers', { notation: event.target.value as HouseStyle['carNumbers']['notation'] })}>
          {carNumberNotations.map((notation) => <option key={notation} value={notation}>{notation}</option>)}
        </select>
      </label>
      <label>
        {toggle('quotes', 'Quotes in one style')} Quotes{' '}
        <select value={houseStyle.quotes.style} onChange={(event) => set('quotes', { style: event.target.value as HouseStyle['quotes']['style'] })}>
          {quoteStyles.map((style) => <option key={style} value={style}>{style === 'typographic' ? '“typographic”' : '"straight"'}</option>)}
        </select>
      </label>
      <label>{toggle('blankParagraphs', 'Drop blank paragraphs')} Drop empty and non-breaking-space paragraphs</label>
      <label>{toggle('zeroWidthCharacters', 'Drop zero-width characters')} Drop zero-width characters</label>
      <label>{toggle('noBreakSpaces', 'Imported non-breaking spaces as plain spaces')} Imported non-breaking spaces as plain spaces (typed ones stay)</label>
      <label>{toggle('rosterNames', 'Names as the roster spells them')} Names as the roster spells them</label>
    </fieldset>
  );
}

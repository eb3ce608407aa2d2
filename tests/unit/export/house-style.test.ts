import { describe, expect, it } from 'vitest';
import { emptyMeta, type ArticleDoc } from '../../../src/domain/articles/article';
import { exportDocumentOf } from '../../../src/domain/export/export-document';
import { applyHouseStyle } from '../../../src/domain/export/house-style/apply-house-style';
import { normaliseCarNumbers } from '../../../src/domain/export/house-style/car-numbers';
import { normaliseGaps } from '../../../src/domain/export/house-style/gaps';
import { DEFAULT_HOUSE_STYLE, houseStyleSchema } from '../../../src/domain/export/house-style/house-style';
import { removeZeroWidthCharacters } from '../../../src/domain/export/house-style/invisible-characters';
import { normaliseLapTimes } from '../../../src/domain/export/house-style/lap-times';
import { normaliseQuotes } from '../../../src/domain/export/house-style/quotes';
import { applyRosterNames } from '../../../src/domain/export/house-style/roster-names';
import { seedSentence } from './seed-sentence';
import { importSeed } from './seeds';
import { sentencesOf } from './sentences';
import { countTags, tagDoc } from './tag-doc';

const ROAR = '003_d40ddc186b745cfd.txt';
const SEBRING = '000_7e644020b4a2f233.txt';
const DAYTONA = '001_2aa36fd05cbfe5d2.txt';
const VIR = '002_0a3212d7f48ef562.txt';
const CANADA = '004_1efd8eb26c86836d.txt';

describe('lap times', () => {
  it("writes Derani's 1'32''656''' as 1:32.656", () => {
    const sentence = seedSentence(ROAR, "1'32''656'''");
    const styled = normaliseLapTimes(sentence, 'colon');
    expect(styled).toContain('Dirani turned in 1:32.656, lowering');
    expect(styled).toContain('record of 1:33.655, held by Oliver Jarvis');
  });

  it("writes the GTD Pro best of 1'44''382'' as 1m44.382s when the house writes letters", () => {
    expect(normaliseLapTimes(seedSentence(ROAR, "1'44''382''"), 'minutes-letters')).toContain('best time of 1m44.382s.');
  });

  it('drops the unit a clock already states: a pole time of 2:06.544 seconds', () => {
    expect(normaliseLapTimes(seedSentence(VIR, '2:06.544'), 'colon')).toContain('with a pole time of 2:06.544.');
  });

  it.each([`1'32"656`, '1m32.656s', '1min 32.656s', "1'32''656'''"])('reads %s as 1:32.656', (written) => {
    expect(normaliseLapTimes(`Derani turned in ${written} on Saturday`, 'colon')).toBe('Derani turned in 1:32.656 on Saturday');
  });

  it('leaves times of day and speeds alone', () => {
    const sentence = seedSentence(SEBRING, '3:15 p.m.');
    expect(normaliseLapTimes(sentence, 'colon')).toBe(sentence);
    const speed = seedSentence(SEBRING, '103.637 mph');
    expect(normaliseLapTimes(speed, 'colon')).toBe(speed);
  });
});

describe('gaps', () => {
  it("writes Lazare's .185 seconds as 0.185s", () => {
    expect(normaliseGaps(seedSentence(SEBRING, '.185 seconds'), '0.185s')).toContain("lap was 0.185s faster than Rennsport One’s Stevan McAleer");
  });

  it('writes 0.076-second as .076-second when the house writes bare decimals in words', () => {
    expect(normaliseGaps(seedSentence(VIR, '0.076-second'), '.185 seconds')).toContain('It was only .076-second faster');
    expect(normaliseGaps(seedSentence(VIR, '0.076-second'), '0.185s')).toContain('It was only 0.076s faster');
  });

  it('writes .803 seconds as 0.803 seconds', () => {
    expect(normaliseGaps(seedSentence(DAYTONA, '.803 seconds'), '0.185 seconds')).toContain('lap was 0.803 seconds faster');
  });

  it('leaves a gap with no unit and a speed as written', () => {
    const sentence = seedSentence(CANADA, '0.150 off');
    expect(normaliseGaps(sentence, '0.185s')).toBe(sentence);
    const speed = seedSentence(DAYTONA, '113.575 mph');
    expect(normaliseGaps(speed, '0.185s')).toBe(speed);
  });
});

describe('car numbers', () => {
  it('writes #31 as No. 31', () => {
    expect(normaliseCarNumbers(seedSentence(ROAR, '#31 Dallara'), 'No. 31')).toContain('with the No. 31 Dallara');
  });

  it("writes Wallace's No. 23 as #23", () => {
    expect(normaliseCarNumbers(seedSentence(DAYTONA, 'touched Wallace’s No. 23'), '#31')).toContain('touched Wallace’s #23.');
  });

  it('closes up # 61 and converts a list of numbers', () => {
    expect(normaliseCarNumbers(seedSentence(CANADA, '# 61 Ave'), 'No. 31')).toContain('in the No. 61 Ave Motorsports Ligier');
    expect(normaliseCarNumbers(seedSentence(CANADA, '(#33 / #76 / #98)'), 'No. 31')).toContain('(No. 33 / No. 76 / No. 98)');
  });
});

describe('quotes', () => {
  it("curls the apostrophe of next weekend's", () => {
    expect(normaliseQuotes(seedSentence(ROAR, "weekend's"), 'typographic')).toContain('next weekend’s 24 hours');
  });

  it("straightens Jeansonne's quote and curls it back to the report's own marks", () => {
    const sentence = seedSentence(VIR, '“We had some issues');
    const straight = normaliseQuotes(sentence, 'straight');
    expect(straight).toContain('"We had some issues in practice and had to go to a backup car," Jeansonne said.');
    expect(normaliseQuotes(straight, 'typographic')).toBe(sentence);
  });

  it("leaves the primes of 1'32''656''' alone when lap times are left as written", () => {
    expect(normaliseQuotes(seedSentence(ROAR, "1'32''656'''"), 'typographic')).toContain("Dirani turned in 1'32''656''', lowering Blomqvist’s");
  });
});

describe('invisible characters', () => {
  it('removes zero-width spaces pasted into a sentence but keeps an emoji joined', () => {
    const sentence = seedSentence(VIR, 'Jeansonne reset');
    const pasted = sentence.replace('Jeansonne reset', 'Jeansonne\u200B reset\u2060') + ' 👨\u200D🔧';
    expect(removeZeroWidthCharacters(pasted)).toBe(`${sentence} 👨\u200D🔧`);
  });

  it('drops the non-breaking-space paragraphs a press release is spaced with', async () => {
    const { doc } = await importSeed(VIR);
    const spaced: ArticleDoc = { type: 'doc', content: doc.content.flatMap((block) => [block, { type: 'paragraph', content: [{ type: 'text', text: '\u00A0' }] }]) };
    expect(applyHouseStyle(spaced, DEFAULT_HOUSE_STYLE).content).toHaveLength(doc.content.length);
    const kept = houseStyleSchema.parse({ blankParagraphs: { enabled: false } });
    expect(applyHouseStyle(spaced, kept).content).toHaveLength(doc.content.length * 2);
  });
});

describe('names as the roster spells them', () => {
  const roster = [
    { name: 'Pipo Derani', aliases: ['Pipo Dirani'] },
    { name: 'Sébastien Bourdais' },
    { name: 'Pato O’Ward', aliases: ["Patricio O'Ward"] },
    { name: 'Marco Kacic', aliases: ['Marco Stacic'] },
  ];

  it('corrects a misspelt family name and restores accents', () => {
    expect(applyRosterNames(seedSentence(ROAR, 'Dirani turned'), roster)).toContain('Derani turned in');
    expect(applyRosterNames(seedSentence(ROAR, 'Sebastien Bourdais'), roster)).toContain('driven by Sébastien Bourdais, Scott Dixon');
  });

  it('writes an alias as the name', () => {
    expect(applyRosterNames(seedSentence(ROAR, "Patricio O'Ward"), roster)).toContain('Ben Hanley, Pato O’Ward and Nico Pino');
    expect(applyRosterNames(seedSentence(CANADA, 'Marco Stacic'), roster)).toContain("Kelowna BC's Marco Kacic in the #87");
  });

  it('leaves names it does not know as written', () => {
    const sentence = seedSentence(ROAR, 'Renger van der Zande');
    expect(applyRosterNames(sentence, roster)).toBe(sentence.replace('Sebastien', 'Sébastien'));
  });
});

describe('the whole house style on a tagged report', () => {
  it('restyles the Roar report and keeps every tag for the editor', async () => {
    const { doc } = await importSeed(ROAR);
    const tagged = tagDoc(doc);
    const styled = applyHouseStyle(tagged, DEFAULT_HOUSE_STYLE);
    const text = sentencesOf(styled).join(' ');
    expect(text).not.toMatch(/\d'\d{2}''/);
    expect(text).toContain('1:32.656');
    expect(text).toContain('No. 31 Dallara');
    expect(countTags(styled)).toBe(countTags(tagged));
  });

  it('changes nothing with every rule turned off', async () => {
    const { doc } = await importSeed(ROAR);
    const off = houseStyleSchema.parse(Object.fromEntries(Object.keys(DEFAULT_HOUSE_STYLE).map((rule) => [rule, { enabled: false }])));
    expect(applyHouseStyle(doc, off)).toEqual(doc);
  });
});

describe('the house style on the header', () => {
  it('restyles the headline and standfirst as well as the body', () => {
    const meta = { ...emptyMeta("Derani's #31 Cadillac takes Roar pole in 1'32''656'''"), standfirst: 'Blomqvist\u200B shares the "Whelen" car' };
    const { header } = exportDocumentOf({ meta, doc: { type: 'doc', content: [] } }, { houseStyle: DEFAULT_HOUSE_STYLE });
    expect(header.headline).toBe('Derani’s No. 31 Cadillac takes Roar pole in 1:32.656');
    expect(header.standfirst).toBe('Blomqvist shares the “Whelen” car');
  });
});

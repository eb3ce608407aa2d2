import { describe, expect, it } from 'vitest';
import { findNameMentions } from '../../../src/domain/names';

function mentionsOf(text: string): string[] {
  return findNameMentions(text).map((mention) => `${mention.kind}:${mention.text}`);
}

describe('name mentions', () => {
  it('finds a full name with particles', () => {
    expect(mentionsOf('Van der Steur Racing’s Rory van der Steur was fifth.')).toEqual([
      'team:Van der Steur Racing',
      'person:Rory van der Steur',
    ]);
  });

  it('splits a team possessive from the driver after it', () => {
    expect(mentionsOf('than TeamTGM’s Owen Trinkler and Rennsport One’s Stevan McAleer')).toEqual([
      'unknown:TeamTGM',
      'person:Owen Trinkler',
      'unknown:Rennsport',
      'person:Stevan McAleer',
    ]);
  });

  it('splits a venue from the driver after it', () => {
    expect(mentionsOf('from Daytona International Speedway Jesse Lazare went second')).toEqual([
      'team:Daytona International Speedway',
      'person:Jesse Lazare',
    ]);
  });

  it('finds car numbers written as No. 31, #31 and # 61', () => {
    const cars = findNameMentions('Wallace’s No. 23, the #31 Dallara and the # 61 Ligier').filter(
      (mention) => mention.kind === 'car',
    );
    expect(cars.map((car) => car.carNumber)).toEqual(['23', '31', '61']);
  });

  it('reads "the #77 AO Racing Porsche" as one car', () => {
    expect(findNameMentions('Will be the #77 AO Racing Porsche to lead.')).toContainEqual({
      text: '#77 AO Racing Porsche',
      start: 12,
      end: 33,
      kind: 'car',
      carNumber: '77',
    });
  });

  it('splits a crew list into one person per surname', () => {
    expect(mentionsOf('with the crew made up of Christensen-Heinrich-Priaulx')).toEqual([
      'person:Christensen',
      'person:Heinrich',
      'person:Priaulx',
    ]);
  });

  it('keeps a hyphenated first name whole', () => {
    expect(mentionsOf('Louis-Philippe Montour will start fifth')).toEqual(['person:Louis-Philippe Montour']);
  });

  it('counts a lone surname as a person when the text gives the full name', () => {
    expect(mentionsOf('Harry Gottsacker won. Gottsacker was happy.')).toEqual([
      'person:Harry Gottsacker',
      'person:Gottsacker',
    ]);
  });

  it('does not take a team named before a car number for a person', () => {
    expect(mentionsOf('Nick Boulle drove the Inter Europol #52.')).toEqual([
      'person:Nick Boulle',
      'team:Inter Europol',
      'car:#52',
    ]);
  });

  it('does not take makes, series or codes for people', () => {
    const kinds = findNameMentions('the BHA Hyundai, IMSA Michelin Pilot Challenge and GT4').map((m) => m.kind);
    expect(kinds).not.toContain('person');
  });
});

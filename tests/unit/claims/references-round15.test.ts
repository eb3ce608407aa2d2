import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';

const claimOf = (text: string, figure: string) => extractClaims(text).find((claim) => claim.text === figure);

// Big14News (2025 COTA), Velocity News (2025 Qatar), ARN Race (2023 Austria), Motorsport.com (2022 Mid-Ohio),
// Porsche Racing (2024 Laguna Seca), Rahzamedia (2011 Europe): a lead the subject builds or holds, over no one
// named, is over the car right behind it.
describe('a lead built or held over no one named', () => {
  it('is measured against the next car, the subject ahead', () => {
    expect(claimOf('Once in front, Kevin Estre quickly built a 10-second advantage before the next safety car was deployed.', '10-second')).toMatchObject({ subject: 'Kevin Estre', referenceNext: true, direction: 'ahead' });
    expect(claimOf('From there, Max Verstappen pulled easily clear once again, opening up a 10s lead in the same number of laps as Ferrari considered switching its driver to a three-stopper.', '10s')).toMatchObject({ referenceNext: true, direction: 'ahead' });
    expect(claimOf('Robert Kubica reclaimed the lead during the final pit stops, utilizing fresher tyres and a rapid stop to gain a seven-second advantage.', 'seven-second')).toMatchObject({ referenceNext: true, direction: 'ahead' });
  });

  it('is measured against the next car when the figure follows "a lead of"', () => {
    expect(claimOf('Within three laps, Sebastien Bourdais had a lead of three seconds and the main battles in class were elsewhere.', 'three seconds')).toMatchObject({ referenceNext: true, direction: 'ahead' });
    expect(claimOf('Just as Colin Braun began to pull a gap of up to three seconds, there was another caution.', 'three seconds')).toMatchObject({ referenceNext: true, direction: 'ahead' });
  });

  it('is measured against the next car when the lead is inherited with it', () => {
    expect(claimOf('Nick Tandy chose the inside line and it paid dividends as he inherited the lead and a five-second gap which he managed to maintain until the finish in style.', 'five-second')).toMatchObject({ referenceNext: true, direction: 'ahead' });
  });

  it('is left alone when one is named after it, or the gap is the chaser’s', () => {
    expect(claimOf('Max Verstappen built a 5s lead over Lewis Hamilton.', '5s')?.referenceNext).toBeFalsy();
    expect(claimOf('Lewis Hamilton closed a three-second gap to Max Verstappen.', 'three-second')?.referenceNext).toBeFalsy();
    expect(claimOf('Max Verstappen had a lead of three seconds over Lewis Hamilton.', 'three seconds')?.referenceNext).toBeFalsy();
  });
});

// Motorsport Week (2025 Imola), Autosport (2023 VIR), PaddockTalk (2017 Brazil qualifying): a bare "behind" is behind
// the driver the story has just told of, when it names one.
describe('a bare "behind" with no one named after it', () => {
  it('is behind the one other driver its sentence names before it', () => {
    expect(claimOf('Antonio Giovinazzi, who pitted after Matt Campbell with the Australian assuming the lead, exited five seconds behind.', 'five seconds')).toMatchObject({ subject: 'Antonio Giovinazzi', reference: 'Matt Campbell' });
    expect(claimOf('But the pivotal moment came when Jordan Taylor jumped Ben Barnicoat during the final pitstops, as the Lexus driver stalled briefly before leaving the pits, dropping him four seconds back.', 'four seconds')?.reference).toBe('Jordan Taylor');
  });

  it('is behind the one driver the sentence before names, when its own names no one else', () => {
    const text = 'The Ferrari teammates would venture on the soft tyre, and Kimi Raikkonen would set the early top time of 1:09.405. That time would hold. Valtteri Bottas was just .047 seconds behind.';
    expect(claimOf(text, '.047 seconds')).toMatchObject({ subject: 'Valtteri Bottas', reference: 'Kimi Raikkonen' });
  });

  it('is left alone when two drivers are named before it, or its sentence places its subject', () => {
    expect(claimOf('Max Verstappen beat Lewis Hamilton to pole. Sergio Perez was 0.5 seconds behind.', '0.5 seconds')?.reference).toBeFalsy();
    expect(claimOf('Lando Norris took pole. Charles Leclerc was third, 0.4 seconds behind.', '0.4 seconds')?.reference).not.toBe('Lando Norris');
  });
});

// Formula1.com (2016 Germany qualifying): a group the sentence has just listed, "split by" the figure, spans from the
// first of the list to the last.
describe('a listed group split by a gap', () => {
  it('is the last of the list measured against the first', () => {
    const text = 'Force India and Williams rounded out the top ten through Nico Hulkenberg, Valtteri Bottas, Sergio Perez and Felipe Massa respectively - the quartet incredibly split by just 0.1s.';
    expect(claimOf(text, '0.1s')).toMatchObject({ subject: 'Felipe Massa', reference: 'Nico Hulkenberg' });
    expect(claimOf('Lewis Hamilton, Max Verstappen and Charles Leclerc led the way, the trio separated by only 0.2s.', '0.2s')).toMatchObject({ subject: 'Charles Leclerc', reference: 'Lewis Hamilton' });
  });

  it('is left alone when the list is not as long as the group', () => {
    expect(claimOf('Lewis Hamilton and Max Verstappen led the way, the trio separated by only 0.2s.', '0.2s')?.reference).not.toBe('Lewis Hamilton');
  });
});

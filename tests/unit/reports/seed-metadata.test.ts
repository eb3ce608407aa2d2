import { describe, expect, it } from 'vitest';
import { blocksFromPlainText, prepareReport } from '../../../src/domain/reports';
import { readSeed } from './seed-reports';

function metaOf(fileName: string) {
  return prepareReport(blocksFromPlainText(readSeed(fileName)), { sectionHeadings: true, fallbackHeadline: fileName }).meta;
}

describe('metadata read off the seeds', () => {
  it('finds the Sebring Pilot Challenge pole report, dated March 14 with the year from the photo caption', () => {
    expect(metaOf('000_7e644020b4a2f233.txt')).toMatchObject({
      headline: 'Jesse Lazare Wins Alan Jay Automotive Network 120 Pole',
      date: '2024-03-14',
      series: 'IMSA Michelin Pilot Challenge',
      event: 'Alan Jay Automotive Network 120',
      track: 'Sebring International Raceway',
      session: 'Qualifying',
    });
  });

  it('reads " date 2024-01-25" as the date of the Daytona Pilot Challenge qualifying report', () => {
    expect(metaOf('001_2aa36fd05cbfe5d2.txt')).toMatchObject({
      date: '2024-01-25',
      series: 'IMSA Michelin Pilot Challenge',
      event: 'BMW M Endurance Challenge',
      track: 'Daytona International Speedway',
      session: 'Qualifying',
    });
  });

  it('stands the first sentence in, shortened, when a report has no headline', () => {
    const headline = metaOf('001_2aa36fd05cbfe5d2.txt').headline;
    expect(headline.startsWith('CarBahn Motorsports by Peregrine Racing’s Sean McAlister won the pole Thursday afternoon (Jan. 25)')).toBe(true);
    expect(headline.length).toBeLessThanOrEqual(101);
  });

  it('finds the MX-5 Cup report at VIR, its date line and its "ALTON, Va." dateline', () => {
    expect(metaOf('002_0a3212d7f48ef562.txt')).toMatchObject({
      headline: 'Jeansonne Claims Mazda MX-5 Cup Pole in Backup Car',
      dateline: 'ALTON, Va.',
      date: '2023-08-26',
      series: 'Mazda MX-5 Cup',
      track: 'VIRginia International Raceway',
      session: 'Qualifying',
    });
  });

  it('knows a report on GTP and GTD Pro cars at the Roar is WeatherTech at Daytona, by Carlo Platella', () => {
    expect(metaOf('003_d40ddc186b745cfd.txt')).toMatchObject({
      byline: 'Carlo Platella',
      date: '2024-01-22',
      series: 'IMSA WeatherTech SportsCar Championship',
      event: 'Roar Before the Rolex 24',
      track: 'Daytona International Speedway',
      session: 'Qualifying',
    });
  });

  it('reads the RaceCanada round-up: byline, date line, and Rolex 24 qualifying filed under the Roar', () => {
    expect(metaOf('004_1efd8eb26c86836d.txt')).toMatchObject({
      byline: 'Chris Jameson/RaceCanada.ca',
      date: '2024-01-24',
      series: 'IMSA VP Racing SportsCar Challenge',
      event: 'Roar Before the Rolex 24',
      track: 'Daytona International Speedway',
      session: 'Qualifying',
    });
  });
});

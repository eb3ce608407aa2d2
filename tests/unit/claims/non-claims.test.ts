import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';

describe('what is not a claim', () => {
  it.each([
    ['a time of day with p.m. ET', 'The race goes green at 3:15 p.m. ET Friday.'],
    ['a time of day glued to pm', 'The race starts Saturday at 1:30pm ET.'],
    ['a time of day with a dot', 'The start is at 7.40pm Italian time.'],
    ['a noon time of day', 'Race 2 is Sunday January 21 at 12:20pm.'],
    ['a time range in capitals', 'Qualifying goes Thursday from 1:15 PM to 1:50 PM ET.'],
    ['a slashed date', 'Practice at Sebring, 3/13/2024 (Photo: IMSA).'],
    ['a dotted date', 'Series News 4.24.24| Team News 3.19.24|'],
    ['an ISO date', ' date 2024-01-25 CarBahn Motorsports by Peregrine Racing'],
    ['a month and day', 'He won it Thursday afternoon (Jan. 25).'],
    ['a car number after No.', 'Aaron Jeansonne (No. 24 JTR Motorsports Engineering) switched cars.'],
    ['a car number after #', 'The #023 car and the # 61 Ligier were late.'],
    ['a race name', 'Jesse Lazare Wins Alan Jay Automotive Network 120 Pole'],
    ['a race length in minutes', 'The 45-minute race will be streamed live.'],
    ['a race length in hours', 'It defines the grid for the 24 hours.'],
    ['a duration in words', 'The cars had just under eight minutes to qualify.'],
    ['a count', 'None of the other 15 drivers could beat him; he did 2 laps.'],
    ['a year', 'It breaks the record from 2019 that belonged to Bill Auberlen.'],
    ['a tweet handle and link', '🎥: @critic84 pic.twitter.com/grKUEfNB7Q — Frontstretch'],
    ['a link with numbers', 'See https://example.com/results/2024/0121/1.234.html today.'],
    ['a model name', 'He drives the Ligier JS P320 and the 911 GT3 R.'],
    ['a code', 'Download 24012402a and 23-MX5-VIR-Qual.'],
    ['a count-like ordinal', 'It is the team’s third pole in the last four races.'],
    ['a pole named as the mark a gap is taken from', 'Nasr was well off pole and short of pole.'],
    ['a pole time', 'He reset the record with a pole time.'],
    ['an ordinal naming a session', 'Josh Green in his first qualifying session.'],
    ['a race time with a dot after the minutes', 'Button took the win in 1:29.12.345 after 67 laps.'],
    ['a race’s average speed', 'He won at an average race speed 198.411 km/h, a race average of 197.3 km/h.'],
    ['a speed averaged over the race distance', 'The winner averaged 121.4 mph over the race distance.'],
    // grandprix.com.au's results lines: the winner's race time, its average speed in brackets.
    ['a speed in brackets after a race time in hours', 'Sebastian Vettel (Red Bull Renault) won in 1hr 32m 36.300s (198.202 km/h), Rossi in 1:32:40.112 (197.9 km/h).'],
    ['a place in an all-time list', 'The win puts him fourth in the all-time standings and 11th on the all-time list of pole winners.'],
    ['the pole-sitters of a list', 'Here are the pole-sitters in the other classes.'],
    ['a count of wins with "overall" before its noun', 'The result was Toyota’s fifth overall victory at Spa and its second overall podium lockout.'],
    ['a team’s climb in the standings', 'The double podium lifted the team from eighth to fifth in the manufacturers’ standings.'],
    ['a place in standings whose name is long', 'That left Haas tenth in the constructors’ world championship.'],
  ])('does not read %s as a claim', (_what, text) => {
    expect(extractClaims(text)).toEqual([]);
  });
});

describe('numbers in seconds that are not timing', () => {
  it.each([
    ['a delay', 'The safety car came in 30 seconds later.'],
    ['a short delay', 'He pitted 5 seconds later.'],
    ['a money figure after "by"', 'The budget grew by 1.5 million this year.'],
    ['a distance after "by"', 'The track was lengthened by 0.4 km for 2024.'],
    ['a lead in points', 'He leads by 2.5 points after the race.'],
    ['a date with a weekday', 'Saturday 19th July 2008'],
    ['a day before its month', 'Posted on the 30th of July.'],
    ['a weekday and its day', 'The race was held on Sunday 14th.'],
    ['date lines, which look like rows of a table', '30 Jul 2016\n31 Jul 2016\n'],
    ['a heading over a grid list', 'PRIMERA FILA:\n'],
    ['time left in a race', 'Kevin Estre seized the lead with just over an hour and three-quarters remaining.'],
    // Half P's 2025 Detroit report (myracenews).
    ['a quarter of an hour left', 'Taylor forced the American machine into the lead with a little under a quarter-hour to go.'],
    ['a quarter of the race', 'He led for the first quarter of the race before his tyres faded.'],
    ['time left in a session, in Portuguese', 'Houve uma bandeira vermelha a 18 segundos do final da qualificação.'],
  ])('does not read %s as a claim', (_what, text) => {
    expect(extractClaims(text)).toEqual([]);
  });
});

describe('the time a barrier stands at', () => {
  it('is nobody\'s lap and no gap, while the lap told beside it is read', () => {
    const claims = extractClaims('Marco Rossi nearly broke the barrier of 75 seconds with a 1:15.003.');
    expect(claims.map((claim) => [claim.kind, claim.text])).toEqual([['lap_time', '1:15.003']]);
    expect(extractClaims('Marco Rossi was 75 seconds behind.').map((claim) => claim.text)).toEqual(['75 seconds']);
  });
});

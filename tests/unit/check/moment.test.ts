import { describe, expect, it } from 'vitest';
import { hintInSentence as hintOf } from './hints';

describe('a figure from one moment of a session', () => {
  it('is overturned by what follows a "but" that tells how the session ended', () => {
    expect(hintOf('At that point Hamilton was provisionally fastest, but Rosberg vaulted his team mate to claim top spot.', 'top spot').moment).toBe(false);
    expect(hintOf('Vettel and Raikkonen were slow at first, but eventually secured a one-two.', 'one-two').moment).toBe(false);
    expect(hintOf('Perez moved to within 0.023 seconds on his final lap, only for Verstappen to improve and secure the pole.', 'pole').moment).toBe(false);
  });

  it('goes on after a "but" that keeps telling the moment', () => {
    expect(hintOf('He took P1 from Vettel but his lap was only a 1:16.810.', '1:16.810').moment).toBe(true);
    expect(hintOf('Molina briefly lost the position but regained the runner-up spot with just six laps remaining.', 'runner-up').moment).toBe(true);
  });

  it('is not read from a clause that follows the place and tells something else', () => {
    const text = 'Fernando Alonso could only manage 7th after both drivers were caught out by graining tyres early in the race.';
    expect(hintOf(text, '7th').moment).toBe(false);
    expect(hintOf('McLaren salvage fourth with Hamilton, but problems in the pits today will hurt.', 'fourth').moment).toBe(false);
    expect(hintOf('Button and Lynn were running one-two after pit stops.', 'one-two').moment).toBe(true);
    expect(hintOf('Hamilton was fastest until Rosberg improved.', 'fastest').moment).toBe(true);
  });

  it('is read from a place taken into the first corner', () => {
    expect(hintOf('Raikkonen won the race after seizing second place from Hamilton into the first corner.', 'second place').moment).toBe(true);
  });

  it('is not a starting place for "started with three laps more fuel"', () => {
    const text = 'Raikkonen started with three laps more fuel than Massa and won after seizing second place from Hamilton.';
    expect(hintOf(text, 'second place').grid).toBe(false);
    expect(hintOf('Alonso started 10th and finished seventh.', '10th').grid).toBe(true);
  });

  it('is not read into a lap written in seconds, nor into "stops" as a verb', () => {
    expect(hintOf('De Phillippi won the pole, turning a 1 minute, 44.755-second lap in the No. 25 BMW.', 'pole').moment).toBe(false);
    expect(hintOf('Verstappen stops McLaren run to take shock Suzuka pole', 'pole').moment).toBe(false);
    expect(hintOf('His second stop left him fourth.', 'fourth').moment).toBe(true);
  });
});

describe('the session and part a figure is about', () => {
  it('dates a figure by neither a year after "since" nor a last year it is compared with', () => {
    expect(hintOf('It’s the first pole since Sebring 2018 for De Phillippi.', 'pole').year).toBeNull();
    expect(hintOf('De Phillippi took pole in 2018.', 'pole').year).toBe(2018);
    expect(hintOf('Verstappen kwam als eerste over de streep, waardoor hij -net als vorig jaar- vanaf poleposition start.', 'poleposition').lastYear).toBe(false);
    expect(hintOf('Verstappen started from pole last year.', 'pole').lastYear).toBe(true);
  });

  it('tells a figure in a clause opened by "as" of that clause’s event', () => {
    const text = 'A blunder last week in the Singapore Grand Prix, which saw him qualify 11th, was put behind them as the Dutch driver snagged pole for the Japanese Grand Prix.';
    expect(hintOf(text, 'pole').otherEvent).toBeNull();
    expect(hintOf(text, '11th').otherEvent).toBe('Singapore');
  });

  it('does not take the session a later clause names for the figure’s', () => {
    expect(hintOf("Alonso clawed back to seventh place after starting 10th due to a gearbox failure in Saturday's qualifying.", 'seventh place').kind).toBeNull();
    expect(hintOf('He took the flag 2.414 seconds ahead of Massa, who had started on pole position.', '2.414 seconds').kind).toBeNull();
    expect(hintOf("Alonso was seventh in Saturday's qualifying after a gearbox failure.", 'seventh').kind).toBe('qualifying');
  });

  it('takes "won the second pole position of his career" for qualifying, not the race', () => {
    expect(hintOf('Connor De Phillippi won the second pole position of his IMSA career.', 'pole position').kind).toBe('qualifying');
    expect(hintOf('Connor De Phillippi won the race from fourth.', 'fourth').kind).toBe('race');
  });

  it('takes the session said right after the figure over an event the words before describe', () => {
    const text = "Felipe Massa took pole for Formula One's first ever night race by 6/10ths of a second in qualifying.";
    expect(hintOf(text, '6/10ths of a second').kind).toBe('qualifying');
    expect(hintOf('Massa won the night race by 2.9 seconds.', '2.9 seconds').kind).toBe('race');
  });

  it('reads the part of qualifying its paragraph has named, when it named only one', () => {
    const q1 = 'Hamilton set the fastest time in the early part of Q1. Vettel and Raikkonen eventually secured a one-two.';
    expect(hintOf(q1, 'one-two').part).toBe(1);
    const both = 'Hamilton led Q1 and Rosberg Q2. Vettel and Raikkonen eventually secured a one-two.';
    expect(hintOf(both, 'one-two').part).toBeNull();
    expect(hintOf('Hamilton led Q1.\nVettel and Raikkonen eventually secured a one-two.', 'one-two').part).toBeNull();
  });
});

describe('a provisional place', () => {
  it('is the order at one moment, whatever the words around it say', () => {
    expect(hintOf('Rossi set a lap at 101.142 mph to take the provisional pole.', 'pole').moment).toBe(true);
    expect(hintOf('Bianchi put his Honda on the provisional pole early in the session.', 'pole').moment).toBe(true);
    expect(hintOf('Rossi held provisional pole after the first runs, and it stood as the session ended.', 'pole').moment).toBe(true);
  });

  it('leaves the pole taken in the end a result', () => {
    expect(hintOf('Rossi set a lap at 101.142 mph to take the pole.', 'pole').moment).toBe(false);
  });
});

describe('a one-two or front row made sure of', () => {
  it('is the session\'s outcome, whatever moment the words before it told', () => {
    expect(hintOf('Rossi then lowered the bar to 1:14.774, with Bianchi within 0.09s of the sister car to ensure the Ferrari 1-2.', '1-2').moment).toBe(false);
    expect(hintOf('Rossi then lowered the bar to 1:14.774 and Bianchi was briefly second in the sister car, a 1-2.', '1-2').moment).toBe(true);
  });
});

describe('a comeback told in one verb', () => {
  it('ends where the driver finished, whatever moment it came back from', () => {
    const perez = 'After a formation lap issue that forced him to start from the pit lane, Sergio Perez recovered to fifth on his debut for Red Bull, ahead of the Ferrari of Charles Leclerc.';
    expect(hintOf(perez, 'fifth').moment).toBe(false);
    expect(hintOf('The contact left the Antonio Fuoco, Miguel Molina and Nick Nielsen 50 Ferrari to fight back to second.', 'second').moment).toBe(false);
    expect(hintOf('Alonso showed all his fighting spirit by clawing back to seventh place after starting 10th due to a gearbox penalty.', 'seventh place').moment).toBe(false);
  });

  it('is still a moment when the words after it overturn it', () => {
    expect(hintOf('After his early pit stop Hamilton recovered to fifth before a puncture dropped him to the back.', 'fifth').moment).toBe(true);
    expect(hintOf('After his early pit stop Hamilton recovered to fifth by lap 20.', 'fifth').moment).toBe(true);
  });
});

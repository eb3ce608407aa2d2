import { describe, expect, it } from 'vitest';
import { hintInSentence as hintOf } from './hints';

describe('the session a figure is about', () => {
  it('is read from its whole clause, through the colon of a lap time before it', () => {
    const text = 'He led both practice sessions on Friday and carried that into qualifying where he set a 1:15.666 to beat Massa by two tenths.';
    expect(hintOf(text, 'two tenths').kind).toBe('qualifying');
    expect(hintOf('Auf Platz vier fährt Piastri im Training (+0,309) vor Leclerc.', '0,309').kind).toBe('practice');
  });
});

describe('a place or time from one moment of the session', () => {
  it('is read from "so far" and "to that point"', () => {
    expect(hintOf('Rosberg then set the quickest lap of the weekend to that point.', 'quickest').moment).toBe(true);
    expect(hintOf('Bottas is the fastest man of the weekend so far.', 'fastest').moment).toBe(true);
    expect(hintOf('Bottas was the fastest man of the session.', 'fastest').moment).toBe(false);
  });

  it('is not read when an attempt to improve is followed by "but was still"', () => {
    const text = 'Jaminet attempted a second flying lap in the time left but was still 0.076 seconds shy of his teammate.';
    expect(hintOf(text, '0.076 seconds').moment).toBe(false);
    expect(hintOf('Jaminet set the pace on his second flying lap, 0.076 seconds clear of his teammate.', '0.076 seconds').moment).toBe(true);
  });

  // Half P's 2024 Laguna Seca race report (porscheracing) and half O's 2011 European Grand Prix (rahzamedia).
  it('is not read for a gap kept until the finish or a winning margin, whatever moment the sentence starts at', () => {
    const kept = 'Tandy chose the inside line and it paid dividends as he inherited the lead and a five-second gap which he managed to maintain until the finish in style.';
    expect(hintOf(kept, 'five-second').moment).toBe(false);
    const margin = "The world champion broke his rivals' challenge with an early charge that saw him establish a three-second lead within a few laps and then nurse a similar advantage for the rest of the afternoon, before a push for fastest lap in the final stint took his winning margin up to 10.8 seconds.";
    expect(hintOf(margin, '10.8 seconds').moment).toBe(false);
    expect(hintOf(margin, 'three-second').moment).toBe(true);
    expect(hintOf('He inherited the lead and a five-second gap until the pit stops.', 'five-second').moment).toBe(true);
  });

  // Half P's 2025 Detroit race report (myracenews).
  it('is not read inside a relative clause set off by dashes, whose words tell of the car', () => {
    const text = 'After taking the lead from the No. 93 Acura – in which Nick Yelloly claimed the Motul Pole Award – during pit stops, Nasr appeared to be heading to the fourth Grand Touring win.';
    expect(hintOf(text, 'Motul Pole Award').moment).toBe(false);
    expect(hintOf('After taking the lead during pit stops, Nasr ran second – ahead of the Acura – until the end.', 'second').moment).toBe(true);
  });

  it('goes on in the sentence after one set by which time or before half-way', () => {
    const text = 'Nobody left the pits until just before half-way, by which time Nasr led by a tenth. Nasr stretched that margin to half a second.';
    expect(hintOf(text, 'half a second').moment).toBe(true);
    expect(hintOf('Nasr led by a tenth. He ended the session half a second clear.', 'half a second').moment).toBe(false);
  });
});

describe('a record', () => {
  it('is read from a superlative of all time ("the fastest race lap ever")', () => {
    expect(hintOf('Hamilton set the fastest race lap ever at Silverstone.', 'fastest').record).toBe(true);
    expect(hintOf('Hamilton set the quickest-ever lap of the circuit.', 'quickest').record).toBe(true);
    expect(hintOf('Hamilton set the fastest lap of the race and won.', 'fastest').record).toBe(false);
  });

  it('is read from a gap to "the old 1m5.542s record", the old time between "old" and "record"', () => {
    const text = 'His 1m04.394s lap was more than a second quicker than the old 1m5.542s record, set by Braun in 2019.';
    expect(hintOf(text, 'a second').record).toBe(true);
    expect(hintOf('His 1m04.394s lap was more than a second quicker than Braun managed.', 'a second').record).toBe(false);
  });
});

describe('the same words in the other languages Racedesk reads', () => {
  it('reads a moment from "bis dahin", "tot dan toe", "jusque-là"', () => {
    expect(hintOf('Russell war bis dahin der Schnellste.', 'Schnellste').moment).toBe(true);
    expect(hintOf('Norris reed tot dan toe de snelste tijd.', 'snelste tijd').moment).toBe(true);
    expect(hintOf('Norris reed in Q3 de snelste tijd.', 'snelste tijd').moment).toBe(false);
  });

  it('reads a record from "ooit" and "de l’histoire"', () => {
    expect(hintOf('Verstappen reed de snelste ronde ooit op Zandvoort.', 'snelste').record).toBe(true);
    expect(hintOf('Leclerc a signé le tour le plus rapide de l’histoire du circuit.', 'plus rapide').record).toBe(true);
    expect(hintOf('Verstappen reed de snelste ronde van de race.', 'snelste').record).toBe(false);
  });
});

describe('the part of qualifying a figure is told of', () => {
  it('is read in every language a report may be written in', () => {
    expect(hintOf('Im zweiten Durchgang fuhr Hülkenberg auf Platz zwölf.', 'zwölf').part).toBe(2);
    expect(hintOf('En la última parte de la clasificación, Hamilton fue tercero.', 'tercero').part).toBe(3);
    expect(hintOf('Nella prima sessione delle qualifiche Leclerc è stato secondo.', 'secondo').part).toBe(1);
    expect(hintOf('Im letzten Abschnitt der Strecke verlor Hülkenberg Platz zwölf.', 'zwölf').part).toBeNull();
  });

  it('is read from "the second qualifying session" and "the first round of qualifying"', () => {
    expect(hintOf('Hamilton was third in the second qualifying session.', 'third').part).toBe(2);
    expect(hintOf('Hamilton was third in the first round of qualifying.', 'third').part).toBe(1);
    expect(hintOf('Hamilton was third in the second practice session.', 'third').part).toBeNull();
  });
});

describe('a climb up the order and a place at the session’s end', () => {
  it('reads "vaulted to" and "made his way to" as a climb at one moment, like "jumped to"', () => {
    expect(hintOf('Norris arrived late but vaulted to the top of the order with a 1:31.204.', 'top of the order').moment).toBe(true);
    expect(hintOf('Gasly made his way to P5 ahead of both Alpines.', 'P5').moment).toBe(true);
    expect(hintOf('Gasly was P5, ahead of both Alpines.', 'P5').moment).toBe(false);
    // the -ing forms climb too: "with Magnussen jumping up to fifth"
    expect(hintOf('The Ferraris stayed in, with Magnussen jumping up to fifth ahead of Ocon.', 'fifth').moment).toBe(true);
    expect(hintOf('The Ferraris stayed in, with Magnussen moving to fifth ahead of Ocon.', 'fifth').moment).toBe(true);
  });

  it('reads a "-placed" car at the end of the session as the final order', () => {
    expect(hintOf('Once again, at the end of the session, those knocked out were Ocon, Stroll and the 19th-placed Haas of Bearman.', '19th-placed').moment).toBe(false);
    expect(hintOf('Ocon closed on the 19th-placed Haas of Bearman.', '19th-placed').moment).toBe(true);
  });
});

describe('a run told by its quality, and a session told as what came before', () => {
  it('reads "after a messy run" as how a place came about, "after two runs" as a moment', () => {
    expect(hintOf('Ocon was ninth after a messy run in Q3 in the Alpine.', 'ninth').moment).toBe(false);
    expect(hintOf('Ocon was ninth after two runs in Q3.', 'ninth').moment).toBe(true);
    expect(hintOf('Ocon was ninth after a second run in Q3.', 'ninth').moment).toBe(true);
  });

  it('does not take the session of a phrase after "after" or "following" for the figure’s', () => {
    expect(hintOf('Albon was seventh fastest after a promising run during practice.', 'seventh').kind).toBeNull();
    expect(hintOf('Albon, following his crash in FP3, was seventh fastest.', 'seventh').kind).toBeNull();
    expect(hintOf('Albon was seventh fastest after 20 minutes of practice.', 'seventh').kind).toBe('practice');
    expect(hintOf('Albon was seventh after a messy run in Q3.', 'seventh').kind).toBe('qualifying');
  });
});

describe('words that look like a moment but are not one of the session', () => {
  it('reads "so far this season" and "than … had seen so far" as beyond the session', () => {
    expect(hintOf('Both Ferraris reached Q3, with Sainz pipping Leclerc to a sixth-place start, the team’s best so far this season.', 'sixth-place').moment).toBe(false);
    expect(hintOf('In cooler air than the teams had seen so far, Vanthoor took the overall pole.', 'pole').moment).toBe(false);
    expect(hintOf('Vanthoor is the quickest so far.', 'quickest').moment).toBe(true);
  });

  it('reads a best time set "on his third lap" as the best, no moment', () => {
    expect(hintOf('Vanthoor turned his best time, good for second place, on his third lap.', 'second place').moment).toBe(false);
    expect(hintOf('Vanthoor was second on his third lap.', 'second').moment).toBe(true);
  });

  it('reads a place told as a finish as the place at the flag', () => {
    expect(hintOf('Porsche claimed a 1-2 finish after an early setback.', '1-2').moment).toBe(false);
    expect(hintOf('Porsche ran 1-2 after an early stint.', '1-2').moment).toBe(true);
  });
});

describe('a clause about who drives the car next', () => {
  it('does not lend its session to the figure ("in the No. 12 Lexus that Montecalvo will start on pole")', () => {
    expect(hintOf('Telitz was quickest in GTD with a 1m16.663s in the #12 Lexus that Frankie Montecalvo will start on pole.', '1m16.663s').kind).toBeNull();
    expect(hintOf('Telitz was quickest in GTD with a 1m16.663s in the #12 Lexus and will start on pole.', '1m16.663s').kind).toBe('qualifying');
  });
});

describe('a margin one "was leading" by', () => {
  it('is a moment of the session, told in the past progressive', () => {
    expect(hintOf('Taylor was leading Pla by just 0.05s, but the American improved on his final run.', '0.05s').moment).toBe(true);
    expect(hintOf('Taylor led Pla by 0.346s at the end of the session.', '0.346s').moment).toBe(false);
  });
});

describe('a first run and "at that moment" in the other languages', () => {
  it('reads them as a moment of the session, as "on his first run" is', () => {
    expect(hintOf('In zijn eerste run in Q2 snelt Rossi naar P1, maar daarna gaat Bianchi sneller.', 'P1').moment).toBe(true);
    expect(hintOf('Bianchi reed naar de op dat moment derde tijd.', 'derde tijd').moment).toBe(true);
    expect(hintOf('Rossi fuhr im ersten Versuch auf Platz zwei.', 'Platz zwei').moment).toBe(true);
    expect(hintOf('Rossi se colocó segundo en su primer intento.', 'segundo').moment).toBe(true);
    expect(hintOf('Rossi werd derde, achter Bianchi en Verdi.', 'derde').moment).toBe(false);
  });
});

describe('a race told from its start', () => {
  it('is a moment, as "at the start" is', () => {
    const text = 'Lights out in Spielberg. The race started with Rossi leading from pole, Bianchi gets a slow start with the clutch slipping, Verdi takes second. Neri gets third.';
    expect(hintOf(text, 'second').moment).toBe(true);
    expect(hintOf('Lights out in Spielberg. Verdi finished second, 2.7s behind Rossi.', 'second').moment).toBe(false);
  });
});

describe('an aside about the driver', () => {
  it('does not lend its session to the figure after it', () => {
    expect(hintOf('Marco Rossi, who was quickest in practice Friday, was third fastest, then Luca Bianchi.', 'third fastest').kind).toBeNull();
    expect(hintOf('Marco Rossi, who was third fastest in practice, took pole.', 'third fastest').kind).toBe('practice');
    expect(hintOf('Marco Rossi was third fastest in practice.', 'third fastest').kind).toBe('practice');
  });
});

describe('a year in a title of the driver', () => {
  it('dates the title, not the figure: "the 2018 and 2019 Long Beach winner", "last year’s winner"', () => {
    expect(hintOf('The 2018 and 2019 Long Beach winner sealed pole with a 1m10.371s.', '1m10.371s').year).toBeNull();
    expect(hintOf('Last year’s winner Albuquerque sealed pole with a 1m10.371s.', '1m10.371s').lastYear).toBe(false);
    expect(hintOf('In 2019 Albuquerque sealed pole with a 1m10.371s.', '1m10.371s').year).toBe(2019);
    expect(hintOf('Last year Albuquerque sealed pole with a 1m10.371s.', '1m10.371s').lastYear).toBe(true);
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docFromPlainText } from '../../../src/domain/articles/plain-text';
import { openRacedeskServices, type RacedeskServices } from '../../../src/services/racedesk-services';
import { ROAR_2024, SEBRING_2024, SHARED } from './timing-data';

let folder: string;
let services: RacedeskServices;
let roarId: string;
let seedArticleId: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'racedesk-check-service-'));
  services = await openRacedeskServices(folder);
  const roar = await services.timing.importPaths([ROAR_2024], {});
  await services.timing.importPaths([join(SEBRING_2024, '202403151250-qualifying-results.csv'), join(SEBRING_2024, '202403151250-qualifying-laps.csv')], {});
  roarId = roar.sessions[0].id;
}, 60_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function articleSaying(text: string, linked: string[]): Promise<string> {
  const created = await services.articles.create({ headline: text.slice(0, 30) });
  await services.articles.save(created.id, { baseRevision: created.revision, doc: docFromPlainText(text), linkedSessionIds: linked });
  return created.id;
}

describe('the check service', () => {
  it('checks a stored article against the session linked to it', async () => {
    const [imported] = await services.articles.importPaths([join(SHARED, 'seeds/003_d40ddc186b745cfd.txt')]);
    const current = await services.articles.get(imported.id);
    await services.articles.save(imported.id, { baseRevision: current.revision, linkedSessionIds: [roarId] });
    seedArticleId = imported.id;
    const checked = await services.check.checkArticle(imported.id);
    expect(checked.sessions.map((session) => session.id)).toEqual([roarId]);
    const pole = checked.claims.find((claim) => claim.text === "1'32''656'''");
    expect(pole?.verdict).toBe('confirmed');
    expect(pole && checked.text.slice(pole.start, pole.end)).toBe("1'32''656'''");
  });

  it('suggests the Roar qualifying, not Sebring, for the Roar report', async () => {
    const ranked = await services.check.suggestSessions(seedArticleId);
    expect(ranked[0].sessionId).toBe(roarId);
  });

  it('hands the worker the linked sessions with their laps and the track lengths', async () => {
    const context = await services.check.context([roarId]);
    expect(context.sessions[0].laps.length).toBeGreaterThan(0);
    expect(context.tracks.find((track) => track.id === context.sessions[0].trackId)?.lengthMiles).toBe(3.56);
  });

  it('flags every article that places #19 differently from another about the same session', async () => {
    // Seed 003, linked above, says #19 was fifth in GTD-Pro too.
    const fourth = await articleSaying('Iron Lynx’s Lamborghini #19 was fourth in GTD Pro.', [roarId]);
    const fifth = await articleSaying('Iron Lynx’s Lamborghini #19 was fifth in GTD Pro.', [roarId]);
    const conflicts = await services.check.conflicts(roarId);
    const about19 = conflicts.filter((conflict) => conflict.sides.some((side) => side.claim.subjectCar === '19'));
    expect(about19).toHaveLength(1);
    expect(about19[0].sides.map((side) => side.reportId).sort()).toEqual([seedArticleId, fourth, fifth].sort());
  });
});

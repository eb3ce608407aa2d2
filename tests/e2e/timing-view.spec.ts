import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED, expect, test } from './fixtures';

const ROAR = join(SHARED, 'data/imsa/2024/01-roar-before-the-24');

test('the Timing view imports a session, shows results by class and the laps of one car', async ({ desk }) => {
  await desk.getByRole('button', { name: 'Timing', exact: true }).click();
  await desk.getByLabel('Choose timing files').setInputFiles(readdirSync(ROAR).map((name) => join(ROAR, name)));
  await desk.getByRole('button', { name: /Qualifying/ }).first().click();
  const pole = desk.getByRole('row', { name: /#31 Pipo Derani Whelen Engineering Cadillac Racing 1:32.656/ });
  await expect(pole).toBeVisible();
  // LMP2's best lap of car #2 was driven by Ben Keating, as the laps file says (not the results file's DRIVER1).
  await expect(desk.getByRole('row', { name: /#2 Ben Keating United Autosports USA 1:38.501/ })).toBeVisible();
  await pole.click();
  await expect(desk.getByRole('table', { name: 'Laps of #31' })).toContainText('1:32.656');
});

test('a timing folder chosen whole names its event: the Roar, not the date of its files', async ({ desk }) => {
  await desk.getByRole('button', { name: 'Timing', exact: true }).click();
  await desk.getByLabel('Choose a timing folder').setInputFiles(ROAR);
  await expect(desk.getByText(/sessions? stored/)).toBeVisible();
  await expect(desk.getByRole('heading', { name: 'IMSA · Roar Before the 24 · Qualifying' })).toBeVisible();
  await expect(desk.getByText(/Event of 2024/)).toHaveCount(0);
});

test('timing files chosen one by one, without their folder, are named after the circuit their speeds measure', async ({ desk }) => {
  await desk.getByRole('button', { name: 'Timing', exact: true }).click();
  await desk.getByLabel('Choose timing files').setInputFiles(readdirSync(ROAR).map((name) => join(ROAR, name)));
  await expect(desk.getByText(/sessions? stored/)).toBeVisible();
  await expect(desk.getByRole('heading', { name: 'IMSA · Daytona International Speedway, 2024-01-21 · Qualifying' })).toBeVisible();
  await desk.locator('.app').screenshot({ path: 'test-results/timing-named-by-speed.png' });
});

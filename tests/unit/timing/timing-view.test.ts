// @vitest-environment jsdom
import { createElement } from 'react';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RacedeskServices } from '../../../src/services/racedesk-services';
import { TimingView } from '../../../src/renderer/timing/TimingView';
import { ROAR_QUALIFYING_ID, roarQualifyingLibrary } from './shared-data';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let folder: string;
let services: RacedeskServices;
beforeAll(async () => {
  ({ folder, services } = await roarQualifyingLibrary());
});
afterAll(async () => rm(folder, { recursive: true, force: true }));

/** Lets React and the services run until `ready` holds (the machine may be slow), failing after 10 s. */
async function until(ready: () => unknown): Promise<void> {
  for (let waited = 0; !ready(); waited += 20) {
    if (waited > 10_000) throw new Error('the view did not get there in 10 s');
    await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
  }
}

describe('the Timing view', () => {
  it('lists sessions by event, shows results by class and the laps of the car clicked, and corrects a result by hand', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    await act(async () => root.render(createElement(TimingView, { api: services })));
    await until(() => container.querySelector('.timing-event h3'));
    expect(container.querySelector('.timing-event h3')?.textContent).toBe('IMSA · Roar Before the 24 · Daytona International Speedway');
    await act(async () => (container.querySelector('.timing-session') as HTMLButtonElement).click());
    await until(() => container.querySelector('.timing-results caption'));
    const captions = [...container.querySelectorAll('.timing-results caption')].map((caption) => caption.textContent);
    expect(captions).toEqual(['GTP', 'LMP2', 'GTDPRO', 'GTD']);
    const lmp2Leader = container.querySelectorAll('.timing-results table')[1].querySelector('tbody tr') as HTMLTableRowElement;
    expect([...lmp2Leader.cells].map((cell) => cell.textContent)).toEqual(['10', '1', '#2', 'Ben Keating', 'United Autosports USA', '1:38.501', '', '209.4', '130.110']);
    await act(async () => lmp2Leader.click());
    await until(() => container.querySelector('.timing-laps'));
    const laps = container.querySelector('.timing-laps') as HTMLTableElement;
    expect(laps.querySelector('caption')?.textContent).toBe('Laps of #2');
    expect(laps.querySelector('.timing-row-best')?.textContent).toContain('1:38.501');
    expect(laps.tBodies[0].rows[8].cells[5].textContent).toBe('pit');

    await act(async () => (container.querySelector('.timing-correct') as HTMLButtonElement).click());
    await until(() => container.querySelector('.timing-hand h4')?.textContent === 'Correct #2');
    const time = [...container.querySelectorAll('.timing-hand label')].find((label) => label.textContent?.startsWith('Time'))?.querySelector('input') as HTMLInputElement;
    expect(time.value).toBe('1:38.501');
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(time, '1:38.701');
      time.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => (container.querySelector('.timing-hand button[type=submit]') as HTMLButtonElement).click());
    await until(() => container.querySelectorAll('.timing-results table')[1]?.textContent?.includes('1:38.701'));
    const corrected = container.querySelectorAll('.timing-results table')[1].querySelectorAll('tbody tr');
    expect(corrected[0].textContent).toContain('#2');
    expect(corrected[0].textContent).toContain('1:38.701');
    expect((await services.timing.getSession(ROAR_QUALIFYING_ID)).classes[1].rows[0].bestLapSeconds).toBe(98.701);
    root.unmount();
  });
});

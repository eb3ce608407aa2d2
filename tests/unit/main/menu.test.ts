import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RacedeskServices } from '../../../src/services/racedesk-services';

const electron = vi.hoisted(() => ({
  template: [] as MenuItemConstructorOptions[],
  chosen: { canceled: false, filePaths: [] as string[] },
  dialogOptions: [] as unknown[],
  sent: [] as unknown[],
}));

vi.mock('electron', () => {
  const window = { webContents: { send: (_channel: string, command: unknown) => electron.sent.push(command) } };
  return {
    BrowserWindow: { getFocusedWindow: () => window, getAllWindows: () => [window] },
    Menu: { buildFromTemplate: (template: MenuItemConstructorOptions[]) => (electron.template = template), setApplicationMenu: () => undefined },
    dialog: {
      showOpenDialog: async (_owner: unknown, options: unknown) => {
        electron.dialogOptions.push(options);
        return electron.chosen;
      },
    },
  };
});

const { installMenu } = await import('../../../src/main/menu');

function fileMenu(): MenuItemConstructorOptions[] {
  const file = electron.template.find((menu) => menu.label === '&File');
  return (file?.submenu ?? []) as MenuItemConstructorOptions[];
}

function libraryMenu(): MenuItemConstructorOptions[] {
  const library = electron.template.find((menu) => menu.label === '&Library');
  return (library?.submenu ?? []) as MenuItemConstructorOptions[];
}

describe('the Library menu', () => {
  beforeEach(() => {
    electron.sent.length = 0;
    installMenu({} as unknown as RacedeskServices);
  });

  it('offers Share… and Sync now, each handed to the desk, whose Share dialog and Sync button the browser host has too', () => {
    expect(libraryMenu().map((item) => [item.label, item.accelerator])).toEqual([
      ['Share…', undefined],
      ['Sync now', 'CmdOrCtrl+Shift+Y'],
    ]);
    libraryMenu()[0].click?.({} as never, undefined, {} as never);
    libraryMenu()[1].click?.({} as never, undefined, {} as never);
    expect(electron.sent).toEqual([{ type: 'share' }, { type: 'sync' }]);
  });
});

describe('the File menu', () => {
  const importPaths = vi.fn();
  const services = { timing: { importPaths }, articles: { importPaths: vi.fn() } } as unknown as RacedeskServices;

  beforeEach(() => {
    electron.sent.length = 0;
    electron.dialogOptions.length = 0;
    importPaths.mockReset();
    installMenu(services);
  });

  it('offers Import…, Import timing folder…, Export… and Quit with their accelerators', () => {
    expect(fileMenu().filter((item) => item.type !== 'separator').map((item) => [item.label ?? item.role, item.accelerator])).toEqual([
      ['Import…', 'CmdOrCtrl+O'],
      ['Import timing folder…', 'CmdOrCtrl+Shift+O'],
      ['Export…', 'CmdOrCtrl+E'],
      ['quit', 'CmdOrCtrl+Q'],
    ]);
  });

  it('imports the chosen timing folders by path and tells the window which sessions arrived', async () => {
    electron.chosen = { canceled: false, filePaths: ['/data/imsa/2024/01-roar-before-the-24'] };
    importPaths.mockResolvedValue({
      sessions: [{ eventName: 'Roar Before the 24', name: 'Qualifying' }],
      unchangedSessionIds: [],
      skipped: [{ file: '202401211355-qualifying-weather.csv', reason: 'weather, not timing' }],
    });
    fileMenu().find((item) => item.label === 'Import timing folder…')?.click?.({} as never, undefined, {} as never);
    await vi.waitFor(() => expect(electron.sent).toHaveLength(1));
    expect(electron.dialogOptions[0]).toMatchObject({ properties: ['openDirectory', 'multiSelections'] });
    expect(importPaths).toHaveBeenCalledWith(['/data/imsa/2024/01-roar-before-the-24'], {});
    expect(electron.sent[0]).toEqual({
      type: 'timing-imported',
      message: 'Timing imported: Roar Before the 24 · Qualifying. 202401211355-qualifying-weather.csv: weather, not timing.',
    });
  });

  it('imports nothing when the dialog is cancelled', async () => {
    electron.chosen = { canceled: true, filePaths: [] };
    fileMenu().find((item) => item.label === 'Import timing folder…')?.click?.({} as never, undefined, {} as never);
    await vi.waitFor(() => expect(electron.dialogOptions).toHaveLength(1));
    expect(importPaths).not.toHaveBeenCalled();
    expect(electron.sent).toEqual([]);
  });
});

import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuActions } from '../../../electron/menu';

vi.mock('electron', () => ({}));

function build(options = { isMac: false, isPackaged: true }) {
  const actions: MenuActions = {
    send: vi.fn(),
    exportDossier: vi.fn(),
    showAbout: vi.fn(),
    openDataFolder: vi.fn(),
  };
  return { menu: buildMenuTemplate(actions, options), actions };
}

const items = (menu: MenuItemConstructorOptions[], label: string) => {
  const top = menu.find((item) => item.label === label);
  expect(top, label).toBeDefined();
  return top!.submenu as MenuItemConstructorOptions[];
};
const item = (menu: MenuItemConstructorOptions[], top: string, label: string) => {
  const found = items(menu, top).find((i) => i.label === label);
  expect(found, `${top} › ${label}`).toBeDefined();
  return found!;
};
const click = (entry: MenuItemConstructorOptions) => (entry.click as unknown as () => void)();

describe('application menu', () => {
  it('has the Dutch top-level menus', () => {
    expect(build().menu.map((m) => m.label)).toEqual([
      'Bestand',
      'Bewerken',
      'Beeld',
      'Venster',
      'Help',
    ]);
    expect(build({ isMac: true, isPackaged: true }).menu[0]!.label).toBe('Regiodossier');
  });

  it('navigates with Ctrl/Cmd+1…7 and sends the events of the file menu', () => {
    const { menu, actions } = build();
    const routes: [string, string, string][] = [
      ['Overzicht', '/overzicht', 'CmdOrCtrl+1'],
      ['Afspraken', '/afspraken', 'CmdOrCtrl+2'],
      ['Dashboard afspraken', '/afspraken/overzicht', 'CmdOrCtrl+3'],
      ['Gespreksverslagen', '/gespreksverslagen', 'CmdOrCtrl+G'],
      ['Actiepunten', '/actiepunten', 'CmdOrCtrl+J'],
      ['Samenwerkingsmonitor', '/monitor', 'CmdOrCtrl+E'],
      ['Partijen', '/partijen', 'CmdOrCtrl+4'],
      ['Personen', '/personen', 'CmdOrCtrl+5'],
      ['Rollen', '/rollen', 'CmdOrCtrl+6'],
      ['Thema’s', '/themas', 'CmdOrCtrl+7'],
      ['Prullenbak', '/prullenbak', 'CmdOrCtrl+8'],
      ['Regio', '/regio', 'CmdOrCtrl+9'],
      ['Instellingen', '/instellingen', 'CmdOrCtrl+,'],
    ];
    for (const [label, route, accelerator] of routes) {
      const entry = item(menu, 'Beeld', label);
      expect(entry.accelerator).toBe(accelerator);
      click(entry);
      expect(actions.send).toHaveBeenLastCalledWith('navigate', route);
    }
    const search = item(menu, 'Beeld', 'Zoeken');
    expect(search.accelerator).toBe('CmdOrCtrl+K');
    click(search);
    expect(actions.send).toHaveBeenLastCalledWith('open-search');
    const newRegion = item(menu, 'Bestand', 'Nieuwe regio');
    expect(newRegion.accelerator).toBe('CmdOrCtrl+N');
    click(newRegion);
    expect(actions.send).toHaveBeenLastCalledWith('new-region');
    click(item(menu, 'Bestand', 'Voorbeelddossier laden'));
    expect(actions.send).toHaveBeenLastCalledWith('load-demo');
    click(item(menu, 'Bestand', 'Gegevens exporteren (JSON)…'));
    expect(actions.exportDossier).toHaveBeenCalled();
    click(item(menu, 'Bestand', 'Regiodossier exporteren…'));
    expect(actions.send).toHaveBeenCalledWith('export-pdf');
    click(item(menu, 'Bestand', 'Back-up maken'));
    expect(actions.send).toHaveBeenLastCalledWith('backup-now');
    click(item(menu, 'Bestand', 'Nieuw dossier…'));
    expect(actions.send).toHaveBeenLastCalledWith('file-new');
    click(item(menu, 'Bestand', 'Openen…'));
    expect(actions.send).toHaveBeenLastCalledWith('file-open');
    click(item(menu, 'Bestand', 'Reactie inlezen…'));
    expect(actions.send).toHaveBeenLastCalledWith('review-import');
    click(item(menu, 'Bestand', 'Kopie opslaan als…'));
    expect(actions.send).toHaveBeenLastCalledWith('file-save-copy');
    click(item(menu, 'Bestand', 'Back-up terugzetten…'));
    expect(actions.send).toHaveBeenLastCalledWith('restore-backup');
    click(item(menu, 'Help', 'Gegevensmap openen'));
    expect(actions.openDataFolder).toHaveBeenCalled();
    click(item(menu, 'Help', 'Over Regiodossier'));
    expect(actions.showAbout).toHaveBeenCalled();
  });

  it('uses roles with Dutch labels for editing and zoom', () => {
    const { menu } = build();
    expect(
      items(menu, 'Bewerken')
        .map((i) => [i.role, i.label])
        .filter(([role]) => role),
    ).toEqual([
      ['undo', 'Ongedaan maken'],
      ['redo', 'Opnieuw'],
      ['cut', 'Knippen'],
      ['copy', 'Kopiëren'],
      ['paste', 'Plakken'],
      ['selectAll', 'Alles selecteren'],
    ]);
    expect(item(menu, 'Beeld', 'Inzoomen').role).toBe('zoomIn');
    expect(item(menu, 'Beeld', 'Volledig scherm').role).toBe('togglefullscreen');
    expect(item(menu, 'Bestand', 'Afsluiten').role).toBe('quit');
  });

  it('offers developer tools only when not packaged', () => {
    const labels = (isPackaged: boolean) =>
      items(build({ isMac: false, isPackaged }).menu, 'Beeld').map((i) => i.label);
    expect(labels(true)).not.toContain('Ontwikkelhulpmiddelen');
    expect(labels(false)).toContain('Ontwikkelhulpmiddelen');
  });
});

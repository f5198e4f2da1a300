import { describe, expect, it } from 'vitest';
import { defaultDbPath, resolveDbFile } from '../../electron/cli/defaultDbPath';

describe('defaultDbPath (same place as the app’s userData)', () => {
  it('Linux: ~/.config/Regiodossier, or $XDG_CONFIG_HOME', () => {
    expect(defaultDbPath({ platform: 'linux', env: {}, homedir: '/home/anna' })).toBe(
      '/home/anna/.config/Regiodossier/regiodossier.db',
    );
    expect(
      defaultDbPath({ platform: 'linux', env: { XDG_CONFIG_HOME: '/xdg' }, homedir: '/home/anna' }),
    ).toBe('/xdg/Regiodossier/regiodossier.db');
  });

  it('macOS: ~/Library/Application Support/Regiodossier', () => {
    expect(defaultDbPath({ platform: 'darwin', env: {}, homedir: '/Users/anna' })).toBe(
      '/Users/anna/Library/Application Support/Regiodossier/regiodossier.db',
    );
  });

  it('Windows: %APPDATA%\\Regiodossier', () => {
    expect(
      defaultDbPath({
        platform: 'win32',
        env: { APPDATA: 'C:\\Users\\anna\\AppData\\Roaming' },
        homedir: 'C:\\Users\\anna',
      }),
    ).toBe('C:\\Users\\anna\\AppData\\Roaming\\Regiodossier\\regiodossier.db');
    expect(defaultDbPath({ platform: 'win32', env: {}, homedir: 'C:\\Users\\anna' })).toBe(
      'C:\\Users\\anna\\AppData\\Roaming\\Regiodossier\\regiodossier.db',
    );
  });

  it('--db wins over REGIODOSSIER_DB, which wins over the default', () => {
    const facts = {
      platform: 'linux' as const,
      env: { REGIODOSSIER_DB: 'env.db' },
      homedir: '/home/anna',
      cwd: '/werk',
    };
    expect(resolveDbFile('arg.db', facts)).toBe('/werk/arg.db');
    expect(resolveDbFile(undefined, facts)).toBe('/werk/env.db');
    expect(resolveDbFile(undefined, { ...facts, env: {} })).toBe(
      '/home/anna/.config/Regiodossier/regiodossier.db',
    );
  });
});

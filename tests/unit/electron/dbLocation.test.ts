import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dbArgument, resolveDbLocation } from '../../../electron/dbLocation';

const userData = path.resolve('/home/anna/.config/Regiodossier');
const cwd = path.resolve('/work/dir');
const base = { argv: ['electron', '.'], env: {}, userData, cwd };

describe('resolveDbLocation', () => {
  it('uses <userData>/regiodossier.db without argument or environment', () => {
    expect(resolveDbLocation(base)).toEqual({
      file: path.join(userData, 'regiodossier.db'),
      source: 'default',
    });
  });

  it('prefers REGIODOSSIER_DB over the default and resolves it against cwd', () => {
    const location = resolveDbLocation({ ...base, env: { REGIODOSSIER_DB: 'data/regio.db' } });
    expect(location).toEqual({ file: path.join(cwd, 'data', 'regio.db'), source: 'environment' });
  });

  it('opens the dossier opened last, unless --db or REGIODOSSIER_DB says otherwise', () => {
    const recent = path.resolve('/home/anna/Documenten/Regio Zuid.db');
    expect(resolveDbLocation({ ...base, recent })).toEqual({ file: recent, source: 'recent' });
    expect(resolveDbLocation({ ...base, recent, env: { REGIODOSSIER_DB: '/x.db' } }).source).toBe(
      'environment',
    );
  });

  it('ignores an empty REGIODOSSIER_DB', () => {
    expect(resolveDbLocation({ ...base, env: { REGIODOSSIER_DB: '  ' } }).source).toBe('default');
  });

  it('prefers --db <file> over the environment', () => {
    const location = resolveDbLocation({
      ...base,
      argv: ['electron', '.', '--db', '/tmp/test.db'],
      env: { REGIODOSSIER_DB: '/elsewhere.db' },
    });
    expect(location).toEqual({ file: path.resolve('/tmp/test.db'), source: 'argument' });
  });

  it('accepts --db=<file> and keeps :memory: as is', () => {
    expect(resolveDbLocation({ ...base, argv: ['x', '--db=rel.db'] }).file).toBe(
      path.join(cwd, 'rel.db'),
    );
    expect(resolveDbLocation({ ...base, argv: ['x', '--db', ':memory:'] }).file).toBe(':memory:');
  });
});

describe('dbArgument', () => {
  it('reads the last --db and ignores --db without a value', () => {
    expect(dbArgument(['--db', 'a.db', '--db=b.db'])).toBe('b.db');
    expect(dbArgument(['--db'])).toBeUndefined();
    expect(dbArgument(['--db', '--inspect'])).toBeUndefined();
    expect(dbArgument(['--db='])).toBeUndefined();
    expect(dbArgument(['--dbx', 'a.db'])).toBeUndefined();
  });
});

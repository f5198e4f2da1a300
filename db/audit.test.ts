import { describe, expect, it } from 'vitest';
import { migrate } from './migrate';
import { createAuditLog, diff } from './audit';
import { Database } from './sqlite';

type T = { name: string; notes: string; active: boolean; count: number | null };
const FIELDS = ['name', 'notes', 'active', 'count'] as const;

describe('diff', () => {
  it('on create lists the fields with a value (false and 0 count, empty and null do not)', () => {
    expect(diff<T>(null, { name: 'A', notes: '', active: false, count: 0 }, FIELDS)).toEqual({
      name: { from: null, to: 'A' },
      active: { from: null, to: false },
      count: { from: null, to: 0 },
    });
  });

  it('on update lists exactly the changed fields', () => {
    const before: T = { name: 'A', notes: '', active: true, count: null };
    expect(diff(before, { ...before }, FIELDS)).toEqual({});
    expect(diff(before, { ...before, notes: 'x', count: 3 }, FIELDS)).toEqual({
      notes: { from: '', to: 'x' },
      count: { from: null, to: 3 },
    });
  });
});

describe('audit log', () => {
  it('stores and reads entries with their JSON changes, newest first per entity', () => {
    const db = new Database(':memory:');
    migrate(db);
    const log = createAuditLog(db);
    const w = { actor: 'Anna', now: '2026-11-22T10:00:00.000Z' };
    log.record('party', 'p1', 'create', w, { name: { from: null, to: 'A' } });
    log.record('party', 'p1', 'update', w, { name: { from: 'A', to: 'B' } });
    log.record('party', 'p2', 'delete', w);
    expect(log.forEntity('party', 'p1').map((e) => e.action)).toEqual(['update', 'create']);
    expect(log.forEntity('party', 'p2')[0]).toMatchObject({
      actor: 'Anna',
      at: w.now,
      changes: {},
    });
    expect(log.all()).toHaveLength(3);
    expect(() => log.record('party', 'p1', 'purge' as never, w)).toThrow(/CHECK/);
    db.close();
  });
});

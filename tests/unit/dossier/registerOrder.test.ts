import { describe, expect, it } from 'vitest';
import { NO_THEME, registerGroups } from '../../../electron/dossier/sections/registerOrder';
import type { AgreementStatus } from '../../../shared/domain';

const a = (title: string, status: AgreementStatus, ...themes: string[]) => ({
  title,
  status,
  themes: themes.map((name) => ({ name })),
});

describe('the register’s order in the dossier', () => {
  it('groups by theme, then status in the register’s order, numbers read as numbers', () => {
    const groups = registerGroups([
      a('Afspraak 622', 'vastgesteld', 'Wonen'),
      a('Afspraak 91', 'vastgesteld', 'Wonen'),
      a('Afspraak 7', 'concept', 'Wonen'),
      a('Losse afspraak', 'in_uitvoering'),
      a('Dementie', 'in_uitvoering', 'Zorg', 'Ouderen'),
      a('Afspraak 10', 'vastgesteld', 'Wonen'),
    ]);
    expect(groups.map((g) => g.theme)).toEqual(['Ouderen', 'Wonen', NO_THEME]);
    const wonen = groups[1]!;
    expect(wonen.statuses.map((s) => s.status)).toEqual(['concept', 'vastgesteld']);
    expect(wonen.statuses[1]!.agreements.map((x) => x.title)).toEqual([
      'Afspraak 10',
      'Afspraak 91',
      'Afspraak 622',
    ]);
    expect(groups[0]!.statuses[0]!.label).toBe('In uitvoering');
  });

  it('puts an agreement under one theme only (its first by name), so every card prints once', () => {
    const groups = registerGroups([a('X', 'concept', 'Zorg', 'Armoede'), a('Y', 'concept')]);
    const titles = groups.flatMap((g) =>
      g.statuses.flatMap((s) => s.agreements.map((x) => x.title)),
    );
    expect(titles).toEqual(['X', 'Y']);
    expect(groups[0]!.theme).toBe('Armoede');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { checkDatabase } from '../../db/check';
import { createApi, type Api } from '../../electron/api/createApi';
import { DEMO_ACTOR } from '../../electron/api/demoDossier';
import type { ExchangeDocument } from '../../shared/exchange/schema';
import type { Overview, RoleListItem } from '../../shared/schemas/roleAssignment';

const NOW = new Date('2026-11-22T10:00:00.000Z');
let a: Api;
afterEach(() => a?.close());

function value<T>(result: ReturnType<Api['invoke']>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('dossier.loadDemo', () => {
  it('loads a plausible region with exactly one gap and history by the demo actor', async () => {
    a = await createApi(':memory:', { clock: () => NOW });
    const { regionId } = value<{ regionId: string }>(a.invoke('dossier.loadDemo', {}));
    expect(value<{ currentRegionId: string }>(a.invoke('settings.get', {})).currentRegionId).toBe(
      regionId,
    );
    const region = value<{ name: string; zorgkantoorNumber: number | null; description: string }>(
      a.invoke('regions.get', { id: regionId }),
    );
    expect(region.name).toBe('Regio Utrecht-Oost');
    expect(region.zorgkantoorNumber).toBeGreaterThan(0);
    expect(region.description).not.toBe('');

    const parties = value<{ name: string; type: string; role: string }[]>(
      a.invoke('parties.list', { regionId }),
    );
    const gemeenten = parties.filter((p) => p.type === 'gemeente');
    expect(gemeenten).toHaveLength(10);
    expect(gemeenten.filter((p) => p.role === 'trekker')).toHaveLength(1);
    for (const type of ['zorgkantoor', 'zorgaanbieder', 'ggd', 'welzijn']) {
      expect(parties.some((p) => p.type === type)).toBe(true);
    }
    expect(parties.map((p) => p.role)).toEqual(
      expect.arrayContaining(['preferente_zorgverzekeraar', 'volgende_zorgverzekeraar']),
    );

    const overview = value<Overview>(a.invoke('roles.overview', { regionId }));
    expect(overview.gapCount).toBe(1);
    const gap = overview.rows.find((r) => r.missing.length > 0)!;
    expect(gap.missing).toEqual(['ambtelijk_aanspreekpunt']);

    const roles = value<RoleListItem[]>(a.invoke('roles.list', { regionId, period: 'current' }));
    const kinds = roles.map((r) => r.role);
    for (const kind of ['coordinerend_wethouder', 'regiocoordinator', 'secretaris'] as const) {
      expect(kinds.filter((k) => k === kind)).toHaveLength(1);
    }
    const trekkers = roles.filter((r) => r.role === 'trekker_thema').map((r) => r.themeName);
    expect(trekkers.sort()).toEqual(['GGZ', 'Ouderen', 'Preventie']);
    expect(roles.find((r) => r.role === 'coordinerend_wethouder')!.mandate).toMatch(
      /portefeuillehoudersoverleg/,
    );
    const ended = value<RoleListItem[]>(a.invoke('roles.list', { regionId, period: 'ended' }));
    expect(ended.length).toBeGreaterThanOrEqual(2);
    expect(ended.every((r) => r.until! <= '2026-11-22')).toBe(true);

    const doc = value<ExchangeDocument>(a.invoke('dossier.export', { regionId: null }));
    expect(doc.themes.map((t) => t.name)).toContain('Verward gedrag');
    expect(doc.contacts.every((c) => c.email.includes('@') && c.phone !== '')).toBe(true);
    expect(new Set(doc.auditLog.map((e) => e.actor))).toEqual(new Set([DEMO_ACTOR]));
    expect(doc.auditLog.some((e) => e.action === 'update')).toBe(true);
    const history = value<{ text: string }[]>(
      a.invoke('history.list', { entity: 'region', id: regionId }),
    );
    expect(history[0]!.text).toMatch(/door Voorbeelddossier/);
    expect(checkDatabase(a.ctx.repos.db)).toEqual([]);
  });

  it('refuses a second load with a clear Dutch conflict, also from the Prullenbak', async () => {
    a = await createApi(':memory:', { clock: () => NOW });
    const { regionId } = value<{ regionId: string }>(a.invoke('dossier.loadDemo', {}));
    const again = a.invoke('dossier.loadDemo', {});
    expect(again.ok ? null : again.error).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/al geladen/),
    });
    value(a.invoke('regions.delete', { id: regionId }));
    const fromTrash = a.invoke('dossier.loadDemo', {});
    expect(fromTrash.ok ? null : fromTrash.error.message).toMatch(/prullenbak/);
  });

  it('reuses themes that already exist instead of adding duplicates', async () => {
    a = await createApi(':memory:', { clock: () => NOW });
    value(a.invoke('regions.create', { name: 'Eigen regio' }));
    value(a.invoke('dossier.loadDemo', {}));
    expect(value<unknown[]>(a.invoke('themes.list', {}))).toHaveLength(7);
    expect(checkDatabase(a.ctx.repos.db)).toEqual([]);
  });
});

describe('the demo meetings', () => {
  it('has two past voortgangsgesprekken (the first vastgesteld) and one planned', async () => {
    a = await createApi(':memory:', { appVersion: 'test', clock: () => NOW });
    const { regionId } = value<{ regionId: string }>(a.invoke('dossier.loadDemo', {}));
    const page = value<{
      items: { id: string; title: string; date: string; minutesStatus: string }[];
    }>(a.invoke('meetings.list', { regionId }));
    expect(page.items.map((m) => [m.title, m.minutesStatus])).toEqual([
      ['Voortgangsgesprek voorjaar', 'concept'],
      ['Voortgangsgesprek najaar', 'concept'],
      ['Voortgangsgesprek voorjaar', 'vastgesteld'],
    ]);
    expect(page.items[0]!.date > '2026-11-22').toBe(true);
    const autumn = value<{
      agenda: { decisions: unknown[]; actions: unknown[]; minutesHtml: string }[];
      openActionsBefore: { text: string }[];
      attendees: { attendance: string }[];
    }>(a.invoke('meetings.get', { id: page.items[1]!.id }));
    expect(autumn.agenda.some((i) => i.decisions.length > 0 && i.actions.length > 0)).toBe(true);
    expect(autumn.agenda.every((i) => i.minutesHtml !== '')).toBe(true);
    expect(autumn.openActionsBefore.map((x) => x.text)).toEqual([
      'Kostenoverzicht meldpunt per gemeente opstellen',
    ]);
    expect(autumn.attendees.length).toBeGreaterThan(3);
    const versions = value<{ snapshot: { agenda: unknown[] } }[]>(
      a.invoke('minutes.versions', { id: page.items[2]!.id }),
    );
    expect(versions[0]!.snapshot.agenda).toHaveLength(4);
    // The spring besluit on valpreventie and its afspraak point at each other.
    const spring = value<{
      agenda: { decisions: { text: string; agreements: { id: string; kind: string }[] }[] }[];
    }>(a.invoke('meetings.get', { id: page.items[2]!.id }));
    const [link] = spring.agenda.flatMap((i) => i.decisions).flatMap((d) => d.agreements);
    expect(link?.kind).toBe('changed');
    const linked = value<{ title: string; decisionLinks: { text: string }[] }>(
      a.invoke('agreements.get', { id: link!.id }),
    );
    expect(linked.decisionLinks.map((d) => d.text)).toEqual([
      'De aanpak valpreventie wordt in alle tien gemeenten voortgezet.',
    ]);
    expect(checkDatabase(a.ctx.repos.db)).toEqual([]);
  });
});

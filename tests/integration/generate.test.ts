import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDatabase } from '../../db/check';
import { exchangeDocument } from '../../shared/exchange/schema';
import { createApi, type Api } from '../../electron/api/createApi';
import { generateData, PROFILES } from '../../electron/cli/generateData';
import { cli, tempDir } from './cliHarness';

const NOW = new Date('2026-11-22T10:00:00.000Z');
const THEMES = [
  { id: crypto.randomUUID(), name: 'Ouderen' },
  { id: crypto.randomUUID(), name: 'GGZ' },
];
let dir = '';
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('generateData', () => {
  it('is deterministic for a seed and produces the profile sizes', () => {
    const one = generateData({ profile: 'klein', seed: 7, now: NOW, themes: THEMES });
    const again = generateData({ profile: 'klein', seed: 7, now: NOW, themes: THEMES });
    const other = generateData({ profile: 'klein', seed: 8, now: NOW, themes: THEMES });
    expect(again).toEqual(one);
    expect(other.parties[0]!.id).not.toBe(one.parties[0]!.id);
    expect(one.regions).toHaveLength(PROFILES.klein.regions);
    expect(one.parties).toHaveLength(PROFILES.klein.parties);
    expect(one.contacts).toHaveLength(PROFILES.klein.contacts);
    expect(one.roleAssignments).toHaveLength(PROFILES.klein.roles);
    expect(one.auditLog.filter((e) => e.action === 'create').length).toBeGreaterThanOrEqual(803);
    // The generated data is valid exchange data.
    const doc = {
      format: 'regiodossier',
      version: 1,
      exportedAt: NOW.toISOString(),
      regionId: null,
      ...one,
      themes: [],
    };
    expect(exchangeDocument.safeParse(doc).error?.issues.slice(0, 3)).toBeUndefined();
  });

  it('gives each region agreements with parties and owners from that region', () => {
    const data = generateData({ profile: 'klein', seed: 5, now: NOW, themes: THEMES });
    expect(data.agreements).toHaveLength(PROFILES.klein.regions * PROFILES.klein.agreements);
    const regionOf = new Map(data.regionMemberships.map((m) => [m.partyId, m.regionId]));
    const contactParty = new Map(data.contacts.map((c) => [c.id, c.partyId]));
    const statuses = new Set<string>();
    for (const a of data.agreements) {
      statuses.add(a.status);
      expect(a.themeIds.length).toBeGreaterThanOrEqual(1);
      expect(a.parties.length).toBeGreaterThanOrEqual(1);
      expect(a.parties.every((p) => regionOf.get(p.partyId) === a.regionId)).toBe(true);
      if (a.ownerId) expect(regionOf.get(contactParty.get(a.ownerId)!)).toBe(a.regionId);
      expect(a.financing.length).toBeGreaterThanOrEqual(1);
      const changes = data.agreementStatusChanges.filter((c) => c.agreementId === a.id);
      expect(changes[0]!.from).toBeNull();
      expect(changes.at(-1)!.to).toBe(a.status);
      if (a.startDate && a.endDate) expect(a.endDate >= a.startDate).toBe(true);
    }
    expect(statuses.size).toBeGreaterThanOrEqual(5);
    expect(data.progressUpdates.length).toBeGreaterThan(data.agreements.length / 2);
  });

  it('gives each region gespreksverslagen over six years, with enquêtes, actions and its own people', () => {
    const data = generateData({ profile: 'klein', seed: 5, now: NOW, themes: THEMES });
    const { regions, conversations: perRegion } = PROFILES.klein;
    expect(data.conversations).toHaveLength(regions * perRegion);
    expect(data.conversations.filter((c) => c.survey !== null)).toHaveLength(regions);
    expect(data.actionItems.filter((a) => a.conversationId !== null)).toHaveLength(
      data.conversations.length * 2,
    );
    const regionOf = new Map(data.regionMemberships.map((m) => [m.partyId, m.regionId]));
    for (const c of data.conversations) {
      expect(c.partyIds.every((p) => regionOf.get(p) === c.regionId)).toBe(true);
      expect(c.status === 'vastgelegd').toBe(c.lockedOn !== null);
    }
    const years = new Set(data.conversations.map((c) => c.date.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(4);
  });

  it('gives each region meetings with its own people, agendas, decisions, actions and minutes', () => {
    const data = generateData({ profile: 'klein', seed: 5, now: NOW, themes: THEMES });
    const { regions, meetings: perRegion } = PROFILES.klein;
    expect(data.meetings).toHaveLength(regions * perRegion);
    // All but each region's latest are vastgesteld, with their version.
    expect(data.minutesVersions).toHaveLength(regions * (perRegion - 1));
    expect(data.agendaItems).toHaveLength(data.meetings.length * 4);
    expect(data.actionItems.filter((a) => a.agendaItemId !== null)).toHaveLength(
      data.meetings.length,
    );
    expect(data.decisions.length).toBeGreaterThan(0);
    const regionOf = new Map(data.regionMemberships.map((m) => [m.partyId, m.regionId]));
    const contactRegion = new Map(data.contacts.map((c) => [c.id, regionOf.get(c.partyId!)]));
    const agreementRegion = new Map(data.agreements.map((a) => [a.id, a.regionId]));
    const meetingRegion = new Map(data.meetings.map((m) => [m.id, m.regionId]));
    for (const m of data.meetings) {
      expect(m.attendees.every((a) => contactRegion.get(a.contactId!) === m.regionId)).toBe(true);
      expect(contactRegion.get(m.chairId!)).toBe(m.regionId);
    }
    for (const i of data.agendaItems) {
      for (const a of i.agreementIds)
        expect(agreementRegion.get(a)).toBe(meetingRegion.get(i.meetingId));
    }
    const kinds = new Set(data.auditLog.map((e) => e.entity));
    for (const kind of ['meeting', 'agendaItem', 'decision', 'actionItem'])
      expect(kinds).toContain(kind);
  });

  it('groot meets the benchmark sizes', () => {
    const size = PROFILES.groot;
    expect(size.regions * size.agreements).toBeGreaterThanOrEqual(20_000);
    expect(size.bigRegion).toBeGreaterThanOrEqual(10_000);
    expect(size.regions).toBeGreaterThanOrEqual(31);
    expect(size.parties).toBeGreaterThanOrEqual(5000);
    expect(size.contacts).toBeGreaterThanOrEqual(20000);
    expect(size.roles).toBeGreaterThanOrEqual(30000);
  });
});

describe('cli generate', () => {
  it('fills a database that passes check and is searchable, and refuses the same seed twice', async () => {
    dir = tempDir();
    const db = path.join(dir, 'gen.db');
    const run = await cli(['--db', db, 'generate', '--profile', 'klein', '--seed', '3']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /3 regio’s, 100 partijen, 100 deelnames, 300 personen, 400 rollen, 60 afspraken/,
    );
    expect(run.stdout).toMatch(
      /12 overleggen, 48 agendapunten, \d+ besluiten, 15 gespreksverslagen, \d+ verslagversies, 42 actiepunten, 9 notulenversies/,
    );
    expect(run.stdout).toMatch(/seconden/);

    const api: Api = await createApi(db);
    try {
      expect(checkDatabase(api.ctx.repos.db)).toEqual([]);
      const first = api.invoke('parties.list', {});
      expect(first.ok && (first.value as unknown[]).length).toBe(100);
      const regions = api.invoke('regions.list', {});
      const regionId = regions.ok ? (regions.value as { id: string }[])[0]!.id : '';
      const overview = api.invoke('roles.overview', { regionId });
      expect(overview.ok).toBe(true);
      const list = api.invoke('agreements.list', { regionId, search: 'valpreventie' });
      expect(list.ok).toBe(true);
      const dashboard = api.invoke('agreements.dashboard', { regionId });
      expect(
        dashboard.ok && (dashboard.value as { matrix: unknown[] }).matrix.length,
      ).toBeGreaterThan(0);
      const meetings = api.invoke('meetings.list', { regionId });
      expect(meetings.ok && (meetings.value as { total: number }).total).toBe(4);
    } finally {
      api.close();
    }
    const again = await cli(['--db', db, 'generate', '--profile', 'klein', '--seed', '3']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/staan al in de database/);
  });

  it('wants a known profile', async () => {
    dir = tempDir();
    const run = await cli(['--db', path.join(dir, 'x.db'), 'generate', '--profile', 'middel']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/klein of .*groot/);
  });
});

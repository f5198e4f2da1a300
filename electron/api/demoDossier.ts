/**
 * The Voorbeelddossier: a fictional but plausible region, built as an exchange document relative
 * to today and loaded through the import path (so it carries its own audit history).
 */
import { recordCreationChanges } from '../../db/exchange';
import { DomainError } from '../../shared/api/result';
import { emptyCollections } from '../../shared/exchange/empty';
import {
  DEFAULT_THEMES,
  type Entity,
  type MembershipRole,
  type PartyType,
  type RoleKind,
} from '../../shared/domain';
import {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  type ExchangeDocument,
} from '../../shared/exchange/schema';
import type { ApiContext } from './context';
import { addDemoAgreements } from './demoAgreements';
import { addDemoMeetings } from './demoMeetings';
import { addDemoConversations } from './demoConversations';
import { FIRST, GEMEENTEN, LAST, OTHERS } from './demoDossierData';
import { importDocument } from './exchangeImport';

export const DEMO_ACTOR = 'Voorbeelddossier';
const DAY = 86_400_000;

/** Fixed ids (valid v4 UUIDs) so a second load is recognised. */
const demoId = (kind: number, n: number) =>
  `de5e0000-0000-4000-8000-${(kind * 0x10000 + n).toString(16).padStart(12, '0')}`;
export const DEMO_REGION_ID = demoId(1, 1);

/** Builds the demo document as of `now` (dates relative to today). */
export function buildDemoDossier(now: Date): ExchangeDocument {
  const ts = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY).toISOString();
  const date = (daysAgo: number) => ts(daysAgo).slice(0, 10);
  const created = ts(420);
  const meta = (id: string, at = created) => ({
    id,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  });
  const doc: ExchangeDocument = {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    exportedAt: now.toISOString(),
    regionId: DEMO_REGION_ID,
    ...emptyCollections(),
  };
  const audit = (entity: Exclude<Entity, 'agreement'>, record: { id: string; createdAt: string }) =>
    doc.auditLog.push({
      entity,
      entityId: record.id,
      action: 'create',
      at: record.createdAt,
      actor: DEMO_ACTOR,
      changes: recordCreationChanges(entity, record),
    });

  doc.themes = DEFAULT_THEMES.map((name, i) => ({
    ...meta(demoId(5, i + 1)),
    name,
    archivedAt: null,
    sortOrder: i + 1,
  }));
  doc.themes.forEach((t) => audit('theme', t));
  const themeId = (name: string) => doc.themes.find((t) => t.name === name)!.id;

  const region = {
    ...meta(DEMO_REGION_ID),
    name: 'Regio Utrecht-Oost',
    zorgkantoorNumber: 11,
    description:
      'Samenwerking van tien gemeenten, het zorgkantoor en de zorgverzekeraars in het oosten en zuiden ' +
      'van de provincie Utrecht, rond de werkagenda Ouderen, GGZ en Preventie. (Voorbeelddossier: ' +
      'de organisaties en personen zijn verzonnen.)',
  };
  doc.regions.push(region);
  audit('region', region);

  let person = 0;
  const addContact = (partyId: string, fn: string, domain: string) => {
    const n = person++;
    const name = `${FIRST[n % FIRST.length]} ${LAST[(n * 7) % LAST.length]}`;
    const mail = `${name.split(' ')[0]!.toLowerCase()}.${LAST[(n * 7) % LAST.length]!.replace(/ /g, '').toLowerCase()}@${domain}`;
    const c = {
      ...meta(demoId(2, n + 1)),
      name,
      function: fn,
      partyId,
      email: mail,
      phone: `030 ${String(200 + n * 13).padStart(3, '0')} ${String(10 + n).slice(-2)} ${String(40 + n * 3).slice(-2)}`,
      notes: '',
      active: true,
    };
    doc.contacts.push(c);
    audit('contact', c);
    return c.id;
  };
  let roleN = 0;
  const addRole = (
    contactId: string,
    partyId: string,
    role: RoleKind,
    opts: { theme?: string; mandate?: string; sinceDays?: number; endedDays?: number } = {},
  ) => {
    const since = date(opts.sinceDays ?? 400);
    const r = {
      ...meta(demoId(4, ++roleN), ts(Math.min(opts.sinceDays ?? 400, 420))),
      regionId: DEMO_REGION_ID,
      contactId,
      partyId,
      role,
      themeId: opts.theme ? themeId(opts.theme) : null,
      mandate: opts.mandate ?? '',
      since,
      until: null as string | null,
    };
    doc.roleAssignments.push(r);
    audit('roleAssignment', r);
    if (opts.endedDays !== undefined) {
      r.until = date(opts.endedDays);
      r.updatedAt = ts(opts.endedDays);
      doc.auditLog.push({
        entity: 'roleAssignment',
        entityId: r.id,
        action: 'update',
        at: r.updatedAt,
        actor: DEMO_ACTOR,
        changes: { until: { from: null, to: r.until } },
      });
    }
  };

  const parties: {
    id: string;
    type: PartyType;
    name: string;
    role: MembershipRole;
    domain: string;
    fns: [string, string];
  }[] = [
    ...GEMEENTEN.map((g, i) => ({
      id: demoId(3, i + 1),
      type: 'gemeente' as const,
      name: `Gemeente ${g}`,
      role: (g === 'Zeist' ? 'trekker' : 'deelnemer') as MembershipRole,
      domain: `${g.toLowerCase().replace(/[^a-z]/g, '')}.nl`,
      fns: ['wethouder Zorg en Welzijn', 'beleidsadviseur Wmo'] as [string, string],
    })),
    ...OTHERS.map(([type, name, role, domain, b, a], i) => ({
      id: demoId(3, 100 + i),
      type,
      name,
      role,
      domain,
      fns: [b, a] as [string, string],
    })),
  ];
  const people = new Map<string, [string, string]>();
  parties.forEach((p, i) => {
    const party = { ...meta(p.id), type: p.type, name: p.name, notes: '' };
    doc.parties.push(party);
    audit('party', party);
    const m = {
      ...meta(demoId(6, i + 1)),
      regionId: DEMO_REGION_ID,
      partyId: p.id,
      role: p.role,
      since: date(400),
      until: null,
    };
    doc.regionMemberships.push(m);
    audit('membership', m);
    const bestuurlijk = addContact(p.id, p.fns[0], p.domain);
    const ambtelijk = addContact(p.id, p.fns[1], p.domain);
    people.set(p.name, [bestuurlijk, ambtelijk]);
    addRole(bestuurlijk, p.id, 'bestuurlijk_aanspreekpunt');
    // The one gap: Lopik's ambtelijk aanspreekpunt left three months ago and has no successor yet.
    if (p.name === 'Gemeente Lopik')
      addRole(ambtelijk, p.id, 'ambtelijk_aanspreekpunt', { endedDays: 90 });
    else addRole(ambtelijk, p.id, 'ambtelijk_aanspreekpunt');
  });

  const zeist = parties[0]!;
  const [wethouderZeist] = people.get('Gemeente Zeist')!;
  const [wethouderHouten] = people.get('Gemeente Houten')!;
  addRole(wethouderHouten, parties[5]!.id, 'coordinerend_wethouder', {
    mandate:
      'Mag namens de tien gemeenten afspraken voorbereiden; besluiten via het portefeuillehoudersoverleg.',
    sinceDays: 800,
    endedDays: 240,
  });
  addRole(wethouderZeist, zeist.id, 'coordinerend_wethouder', {
    mandate:
      'Mag namens de tien gemeenten afspraken voorbereiden; besluiten via het portefeuillehoudersoverleg.',
    sinceDays: 240,
  });
  const coordinator = addContact(zeist.id, 'regiocoördinator Zorg en Welzijn', zeist.domain);
  const oudCoordinator = addContact(zeist.id, 'regiocoördinator (tot vorig jaar)', zeist.domain);
  const secretaris = addContact(
    parties[1]!.id,
    'secretaris portefeuillehoudersoverleg',
    parties[1]!.domain,
  );
  addRole(oudCoordinator, zeist.id, 'regiocoordinator', { sinceDays: 1100, endedDays: 300 });
  addRole(coordinator, zeist.id, 'regiocoordinator', {
    mandate: 'Bereidt het portefeuillehoudersoverleg voor en bewaakt de werkagenda.',
    sinceDays: 300,
  });
  addRole(secretaris, parties[1]!.id, 'secretaris');
  const ambtelijkVan = (name: string) => people.get(name)![1];
  const partyOf = (name: string) => parties.find((p) => p.name === name)!.id;
  addRole(ambtelijkVan('Gemeente De Bilt'), partyOf('Gemeente De Bilt'), 'trekker_thema', {
    theme: 'Ouderen',
    mandate: 'Trekt de uitvoeringsagenda Ouderen; legt voorstellen voor aan het ambtelijk overleg.',
  });
  addRole(ambtelijkVan('GGZ Kromme Rijn'), partyOf('GGZ Kromme Rijn'), 'trekker_thema', {
    theme: 'GGZ',
  });
  addRole(ambtelijkVan('GGD Utrecht-Oost'), partyOf('GGD Utrecht-Oost'), 'trekker_thema', {
    theme: 'Preventie',
  });
  addDemoAgreements(doc, {
    now,
    actor: DEMO_ACTOR,
    regionId: DEMO_REGION_ID,
    demoId,
    themeId,
    partyId: partyOf,
    ownerId: (owner) => (owner === 'regiocoördinator' ? coordinator : ambtelijkVan(owner)),
  });
  return doc;
}

/** dossier.loadDemo: imports the demo and makes its region the current one. */
export function loadDemo(ctx: ApiContext): { regionId: string } {
  const existing = ctx.repos.regions.find(DEMO_REGION_ID);
  if (existing) {
    throw new DomainError(
      'conflict',
      existing.deletedAt
        ? `Het voorbeelddossier (${existing.name}) staat in de prullenbak. Zet het daar terug of verwijder het definitief om het opnieuw te laden.`
        : `Het voorbeelddossier (${existing.name}) is al geladen in deze database.`,
    );
  }
  importDocument(ctx, buildDemoDossier(ctx.clock()));
  addDemoMeetings(ctx, DEMO_REGION_ID, DEMO_ACTOR);
  addDemoConversations(ctx, DEMO_REGION_ID, DEMO_ACTOR);
  ctx.repos.settings.set('currentRegionId', DEMO_REGION_ID);
  return { regionId: DEMO_REGION_ID };
}

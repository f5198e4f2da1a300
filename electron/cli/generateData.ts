/**
 * Realistic synthetic data for benchmarks (`generate --profile klein|groot`): pure and
 * deterministic for a given seed and "now", shaped as exchange-format collections.
 */
import { recordCreationChanges, type Collections } from '../../db/exchange';
import { emptyCollections } from '../../shared/exchange/empty';
import type { Entity, MembershipRole, PartyType, RoleKind } from '../../shared/domain';
import { generateAgreements, type Random } from './generateAgreements';
import { generateMeetings } from './generateMeetings';
import { generateConversations } from './generateConversations';
import {
  END,
  FIRST,
  FUNCTIONS,
  LAST,
  OTHER_ROLES,
  PREFIX,
  START,
  STRUCTURE,
  WEIGHTED,
} from './syntheticNames';

/**
 * `agreements` and `meetings` per region; `bigRegion` agreements in the first region instead,
 * so one list reaches the 10,000 rows the render benchmark needs.
 */
export const PROFILES = {
  klein: {
    regions: 3,
    parties: 100,
    contacts: 300,
    roles: 400,
    agreements: 20,
    bigRegion: 0,
    meetings: 4,
    conversations: 5,
  },
  groot: {
    regions: 31,
    parties: 5000,
    contacts: 20000,
    roles: 30000,
    agreements: 650,
    bigRegion: 10_000,
    meetings: 8,
    // 100,000 gespreksverslagen in all (issue 22's budgets), 200,000 of their actiepunten.
    conversations: 3226,
  },
} as const;
export type Profile = keyof typeof PROFILES;

export const GENERATOR_ACTOR = 'Testgegevens (generate)';
const DAY = 86_400_000;

/** mulberry32: small, fast, good enough for test data. */
function random(seed: number): Random {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const hex8 = () =>
    Math.floor(next() * 4294967296)
      .toString(16)
      .padStart(8, '0');
  /** A version-4 UUID from four random words (no per-digit allocations: groot makes ~500,000). */
  const uuid = () => {
    const [a, b, c, d] = [hex8(), hex8(), hex8(), hex8()];
    const variant = '89ab'[int(4)]!;
    return `${a}-${b.slice(0, 4)}-4${b.slice(5)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`;
  };
  return { next, int, pick, uuid };
}

export interface GenerateOptions {
  profile: Profile;
  seed: number;
  now: Date;
  /** Existing themes (trekker roles and agreements need them). */
  themes: readonly { id: string; name: string }[];
}

export function generateData({ profile, seed, now, themes }: GenerateOptions): Collections {
  const themeIds = themes.map((t) => t.id);
  const size = PROFILES[profile];
  const rnd = random(seed);
  const ts = (daysAgo: number) =>
    new Date(now.getTime() - daysAgo * DAY - rnd.int(DAY)).toISOString();
  const meta = (daysAgo: number) => {
    const at = ts(daysAgo);
    return { id: rnd.uuid(), createdAt: at, updatedAt: at, deletedAt: null, trashGroup: null };
  };
  const data: Collections = emptyCollections();
  const audit = (entity: Exclude<Entity, 'agreement'>, r: { id: string; createdAt: string }) =>
    data.auditLog.push({
      entity,
      entityId: r.id,
      action: 'create',
      at: r.createdAt,
      actor: GENERATOR_ACTOR,
      changes: recordCreationChanges(entity, r),
    });
  const place = () => `${rnd.pick(START)}${rnd.pick(END)}`;

  for (let i = 0; i < size.regions; i++) {
    const r = {
      ...meta(1500),
      name: `Regio ${place()} ${i + 1}`,
      zorgkantoorNumber: i + 1,
      description: `Samenwerkingsregio ${i + 1} (verzonnen testgegevens).`,
    };
    data.regions.push(r);
    audit('region', r);
  }
  const partyRegion: number[] = [];
  const partyType: PartyType[] = [];
  for (let p = 0; p < size.parties; p++) {
    const region = p % size.regions;
    const slot = Math.floor(p / size.regions);
    const [type, structuralRole] =
      slot < STRUCTURE.length ? STRUCTURE[slot]! : [rnd.pick(WEIGHTED), null];
    const role: MembershipRole =
      structuralRole ??
      (type === 'gemeente' && slot === STRUCTURE.length ? 'trekker' : 'deelnemer');
    const party = {
      ...meta(1400 - rnd.int(300)),
      type,
      name: `${rnd.pick(PREFIX[type])} ${place()}`,
      notes: '',
    };
    data.parties.push(party);
    audit('party', party);
    partyRegion.push(region);
    partyType.push(type);
    const ended = rnd.next() < 0.04;
    const m = {
      ...meta(1300 - rnd.int(300)),
      regionId: data.regions[region]!.id,
      partyId: party.id,
      role,
      since: ts(1300).slice(0, 10),
      until: ended ? ts(rnd.int(200)).slice(0, 10) : null,
    };
    data.regionMemberships.push(m);
    audit('membership', m);
  }
  const contactParty: number[] = [];
  for (let c = 0; c < size.contacts; c++) {
    const p = c % size.parties;
    const party = data.parties[p]!;
    const first = rnd.pick(FIRST);
    const last = rnd.pick(LAST);
    const domain = `${party.name.split(' ').at(-1)!.toLowerCase()}.nl`;
    const contact = {
      ...meta(1200 - rnd.int(600)),
      name: `${first} ${last}`,
      function: rnd.pick(FUNCTIONS[partyType[p]!]),
      partyId: party.id,
      email: `${first.toLowerCase()}.${last.replace(/ /g, '').toLowerCase()}${c}@${domain}`,
      phone: `0${10 + rnd.int(80)} ${100 + rnd.int(900)} ${10 + rnd.int(90)} ${10 + rnd.int(90)}`,
      notes: '',
      active: rnd.next() > 0.03,
    };
    data.contacts.push(contact);
    audit('contact', contact);
    contactParty.push(p);
  }
  for (let k = 0; k < size.roles; k++) {
    const c = k < size.contacts ? k : rnd.int(size.contacts);
    const p = contactParty[c]!;
    const nth = Math.floor(c / size.parties);
    const role: RoleKind =
      k < size.contacts && nth < 2
        ? nth === 0
          ? 'bestuurlijk_aanspreekpunt'
          : 'ambtelijk_aanspreekpunt'
        : rnd.pick(OTHER_ROLES);
    const sinceDays = 200 + rnd.int(900);
    const ended = k >= size.contacts && rnd.next() < 0.5;
    const r = {
      ...meta(Math.min(sinceDays, 1000)),
      regionId: data.regions[partyRegion[p]!]!.id,
      contactId: data.contacts[c]!.id,
      partyId: data.parties[p]!.id,
      role,
      themeId: role === 'trekker_thema' && themeIds.length ? rnd.pick(themeIds) : null,
      mandate:
        role === 'coordinerend_wethouder'
          ? 'Mag namens de gemeenten in de regio afspraken voorbereiden.'
          : '',
      since: ts(sinceDays).slice(0, 10),
      until: null as string | null,
    };
    if (r.role === 'trekker_thema' && !r.themeId) r.role = 'secretaris';
    data.roleAssignments.push(r);
    audit('roleAssignment', r);
    if (ended) {
      const endDays = rnd.int(Math.max(1, sinceDays - 30));
      r.until = ts(endDays).slice(0, 10);
      r.updatedAt = ts(endDays);
      if (r.until <= r.since) r.until = null;
      else
        data.auditLog.push({
          entity: 'roleAssignment',
          entityId: r.id,
          action: 'update',
          at: r.updatedAt,
          actor: GENERATOR_ACTOR,
          changes: { until: { from: null, to: r.until } },
        });
    }
  }
  const regionContacts = data.regions.map(() => [] as number[]);
  contactParty.forEach((p, c) => regionContacts[partyRegion[p]!]!.push(c));
  const regionParties = data.regions.map(() => [] as number[]);
  partyRegion.forEach((r, p) => regionParties[r]!.push(p));
  if (themes.length > 0) {
    generateAgreements({
      rnd,
      now,
      actor: GENERATOR_ACTOR,
      data,
      themes,
      regionParties,
      regionContacts,
      counts: data.regions.map((_, i) =>
        i === 0 && size.bigRegion ? size.bigRegion : size.agreements,
      ),
    });
  }
  // After the agreements (which agenda items link), so a seed keeps giving the same register.
  generateMeetings({
    rnd,
    now,
    actor: GENERATOR_ACTOR,
    data,
    regionContacts,
    perRegion: size.meetings,
  });
  generateConversations({
    rnd,
    now,
    actor: GENERATOR_ACTOR,
    data,
    themes,
    regionParties,
    regionContacts,
    perRegion: size.conversations,
  });
  return data;
}

/**
 * The personal-data export (AVG inzageverzoek) is a Dutch file: every key in it comes from this
 * one mapping, from the stored column's name to the Dutch key (camelCase, as the file's own
 * headings: gemaaktOp, inPrullenbakSinds). docs/avg-export.md describes the format.
 */
export const PERSONAL_DATA_KEYS = {
  id: 'id',
  name: 'naam',
  function: 'functie',
  email: 'emailadres',
  phone: 'telefoon',
  notes: 'notities',
  active: 'actief',
  created_at: 'aangemaaktOp',
  updated_at: 'gewijzigdOp',
  deleted_at: 'inPrullenbakSinds',
  party: 'organisatie',
  organisation: 'organisatie',
  region: 'regio',
  role: 'rol',
  theme: 'thema',
  mandate: 'mandaat',
  since: 'vanaf',
  until: 'tot',
  title: 'titel',
  case_number: 'zaaknummer',
  status: 'status',
  date: 'datum',
  on_date: 'datum',
  attendance: 'aanwezigheid',
  text: 'tekst',
  due_date: 'uiterlijk',
  done_on: 'afgerondOp',
  meeting: 'overleg',
  meeting_date: 'datumOverleg',
  agenda_item: 'agendapunt',
  agreement: 'afspraak',
  at: 'tijdstip',
  actor: 'door',
  action: 'handeling',
  changes: 'wijzigingen',
  field: 'veld',
  from: 'van',
  to: 'naar',
  kind: 'soort',
  place: 'plaats',
  excerpt: 'fragment',
  verdict: 'oordeel',
  remark: 'opmerking',
  from_status: 'vanStatus',
  to_status: 'naarStatus',
  note: 'toelichting',
  reason: 'reden',
  version: 'versie',
  approved_on: 'vastgesteldOp',
  approved_in: 'vastgesteldIn',
  correction_reason: 'redenVanCorrectie',
  actions: 'actiepunten',
  texts: 'tekstenMetNaam',
  reply_by: 'reactieGevraagdVoor',
  sender_name: 'afzender',
  message: 'bericht',
  agreements: 'afspraken',
  responses: 'reactiesIngelezen',
} as const;

/** The export's sections (its top-level keys) and the count of changes as a user. */
export const PERSONAL_DATA_SECTIONS = [
  'soort',
  'gemaaktOp',
  'toelichting',
  'persoon',
  'rollen',
  'afsprakenAlsEigenaar',
  'overleggen',
  'gespreksverslagen',
  'actiepunten',
  'geschiedenisVanDezePersoon',
  'wijzigingenAlsGebruiker',
  'aantal',
  'eerste',
  'laatste',
  'voortgangsberichtenGeschreven',
  'statuswijzigingenGemaakt',
  'beoordelingenGegeven',
  'beoordelingspakkettenOntvangen',
  'besluitenDieDeNaamNoemen',
  'uitnodigingenAlsGast',
  'vastgesteldeNotulenDieDeNaamNoemen',
  'naamGenoemdIn',
] as const;

/** Every key the file may hold. */
export const DUTCH_KEYS: ReadonlySet<string> = new Set([
  ...Object.values(PERSONAL_DATA_KEYS),
  ...PERSONAL_DATA_SECTIONS,
]);

/**
 * A stored row with Dutch keys, nested objects and arrays too. `deleted_at` only when set (an
 * item in the Prullenbak). A key without a Dutch name is a programming error: it throws, so a
 * new column cannot slip into the file in English.
 */
export function withDutchKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withDutchKeys);
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'deleted_at' && v === null) continue;
    const dutch = (PERSONAL_DATA_KEYS as Record<string, string>)[key];
    if (!dutch) throw new Error(`Persoonsgegevens: geen Nederlandse naam voor het veld "${key}".`);
    out[dutch] = withDutchKeys(v);
  }
  return out;
}

import type { Entity } from './domain';

/**
 * The Dutch name of every stored field, once: the history ("volgende evaluatie gewijzigd"), the
 * CSV header, the form, the detail page and the list read it here (and the dossier PDF will).
 * Written as a label starts ("Volgende evaluatie"); `fieldLabelLower` for inside a sentence.
 */
export const FIELD_LABELS = {
  // Register
  name: 'Naam',
  zorgkantoorNumber: 'Zorgkantoorregionummer',
  description: 'Omschrijving',
  type: 'Type',
  notes: 'Notities',
  role: 'Rol',
  since: 'Begindatum',
  until: 'Einddatum',
  function: 'Functie',
  regionId: 'Regio',
  partyId: 'Organisatie',
  email: 'E-mailadres',
  phone: 'Telefoonnummer',
  active: 'Actief',
  themeId: 'Thema',
  mandate: 'Mandaat',
  archivedAt: 'Gearchiveerd',
  userName: 'Naam',
  organisation: 'Organisatie',
  // Afsprakenregister
  title: 'Titel',
  caseNumber: 'Zaaknummer',
  descriptionHtml: 'Beschrijving',
  descriptionText: 'Beschrijving',
  status: 'Status',
  ownerId: 'Eigenaar',
  adoptedOn: 'Vastgesteld op',
  startDate: 'Startdatum',
  endDate: 'Einddatum',
  nextEvaluation: 'Volgende evaluatie',
  dekkingGranted: 'Bestuurlijke dekking verleend',
  dekkingBy: 'Dekking verleend door',
  dekkingOn: 'Datum van de dekking',
  dekking: 'Bestuurlijke dekking',
  confidential: 'Vertrouwelijk',
  themes: 'Thema’s',
  themeIds: 'Thema’s',
  parties: 'Partijen',
  financing: 'Financiering',
  reviewRequestedOn: 'Datum voorgelegd ter beoordeling',
  review: 'Beoordeling',
  reviewPackage: 'Beoordelingspakket',
  reviewState: 'Beoordeling',
  text: 'Voortgang',
  on: 'Datum',
  // Overleggen en notulen
  kind: 'Soort overleg',
  date: 'Datum',
  startTime: 'Aanvang',
  endTime: 'Einde',
  location: 'Locatie',
  online: 'Online',
  chairId: 'Voorzitter',
  minuteTakerId: 'Notulist',
  minutesStatus: 'Status van de notulen',
  minutesVersion: 'Versie van de notulen',
  approvedOn: 'Vastgesteld op',
  approvedIn: 'Vastgesteld in',
  attendees: 'Genodigden',
  presenter: 'Inleider',
  position: 'Plaats',
  dueDate: 'Uiterlijk',
  doneOn: 'Afgerond op',
  // Gespreksverslagen
  lockedOn: 'Vastgelegd op',
  version: 'Versie',
  participants: 'Deelnemers',
  agreements: 'Gekoppelde afspraken',
  survey: 'Enquête',
  reportHtml: 'Verslag',
} as const;

export type LabelledField = keyof typeof FIELD_LABELS;

/** Where one kind of record names a field otherwise: a besluit's text is the besluit. */
const ENTITY_FIELD_LABELS: Partial<Record<Entity, Record<string, string>>> = {
  decision: { text: 'Besluit', position: 'Plaats in de besluitenlijst' },
  actionItem: { text: 'Actiepunt', ownerId: 'Wie', position: 'Plaats in de actielijst' },
  agendaItem: { position: 'Plaats op de agenda' },
  conversation: { kind: 'Soort gesprek', date: 'Datum van het gesprek' },
};

/** The label of `field` (of a record of `entity`), or the field's own name when it has none. */
export const fieldLabel = (field: string, entity?: Entity): string =>
  (entity && ENTITY_FIELD_LABELS[entity]?.[field]) ??
  (FIELD_LABELS as Record<string, string>)[field] ??
  field;

/** Whether `field` has a Dutch label (a test walks every audited field). */
export const hasFieldLabel = (field: string, entity?: Entity): boolean =>
  fieldLabel(field, entity) !== field;

/** The label inside a sentence: "volgende evaluatie", "e-mailadres". */
export const fieldLabelLower = (field: string, entity?: Entity): string =>
  fieldLabel(field, entity).toLocaleLowerCase('nl');

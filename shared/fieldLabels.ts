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
  reviewState: 'Beoordeling',
  text: 'Voortgang',
  on: 'Datum',
} as const;

export type LabelledField = keyof typeof FIELD_LABELS;

/** The label of `field`, or the field's own name when it has none. */
export const fieldLabel = (field: string): string =>
  (FIELD_LABELS as Record<string, string>)[field] ?? field;

/** The label inside a sentence: "volgende evaluatie", "e-mailadres". */
export const fieldLabelLower = (field: string): string => fieldLabel(field).toLocaleLowerCase('nl');

/**
 * What changed in an agreement between the snapshot a package carried and the agreement now, in
 * Dutch labels ("Titel", "Beschrijving", "Einde"): shown beside a verdict given on an earlier
 * version ("beoordeeld op een eerdere versie"). Values are compared as JSON.
 */
import type { AgreementSnapshotContent } from './formats';

type Content = Omit<AgreementSnapshotContent, 'id'>;

const LABELS: { [K in Exclude<keyof Content, 'dates' | 'statusLabel'>]: string } = {
  title: 'Titel',
  caseNumber: 'Zaaknummer',
  descriptionHtml: 'Beschrijving',
  status: 'Status',
  confidential: 'Vertrouwelijk',
  themes: 'Thema’s',
  parties: 'Partijen',
  owner: 'Eigenaar',
  financing: 'Financiering',
  dekking: 'Bestuurlijke dekking',
  progress: 'Voortgang',
  decisions: 'Besluiten',
};

const DATE_LABELS: { [K in keyof Content['dates']]: string } = {
  adoptedOn: 'Vastgesteld op',
  startDate: 'Start',
  endDate: 'Einde',
  nextEvaluation: 'Volgende evaluatie',
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The labels of the fields that differ, in the order the review view shows them. */
export function snapshotChanges(sent: Content, now: Content): string[] {
  const changed: string[] = [];
  for (const [field, label] of Object.entries(LABELS) as [keyof typeof LABELS, string][]) {
    if (!same(sent[field], now[field])) changed.push(label);
  }
  for (const [field, label] of Object.entries(DATE_LABELS) as [keyof Content['dates'], string][]) {
    if (!same(sent.dates[field], now.dates[field])) changed.push(label);
  }
  return changed;
}

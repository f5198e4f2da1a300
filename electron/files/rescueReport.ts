import path from 'node:path';
import type { RecoverReport } from '../../db/recover';
import type { RescuedPart } from '../../shared/schemas/dossierFile';

/** The parts of a dossier in Dutch, in the order the rescue report lists them. */
const PARTS: Record<string, string> = {
  setting: 'instellingen',
  region: 'regio’s',
  party: 'partijen',
  region_membership: 'deelnames',
  contact: 'personen',
  role_assignment: 'rollen',
  theme: 'thema’s',
  agreement: 'afspraken',
  agreement_party: 'partijen bij afspraken',
  agreement_theme: 'thema’s van afspraken',
  agreement_financing: 'financiering van afspraken',
  agreement_status_change: 'statuswijzigingen',
  progress_update: 'voortgangsberichten',
  agreement_review: 'beoordelingen',
  meeting: 'overleggen',
  meeting_attendee: 'genodigden',
  agenda_item: 'agendapunten',
  agenda_item_agreement: 'afspraken bij agendapunten',
  decision: 'besluiten',
  action_item: 'actiepunten',
  agreement_decision_link: 'besluiten bij afspraken',
  minutes_version: 'notulenversies',
  audit_log: 'geschiedenis',
};
const ORDER = Object.keys(PARTS);
const rank = (name: string) => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length);

/** The rescue's report per table, in Dutch and in the dossier's own order (file.recover). */
export function rescueFacts(report: RecoverReport) {
  const parts: RescuedPart[] = [...report.tables]
    .sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name))
    .map((t) => ({
      part: PARTS[t.name] ?? t.name,
      copied: t.copied,
      lost: t.complete ? 0 : t.expected === null ? null : Math.max(0, t.expected - t.copied),
      removed: t.removed,
      state: t.complete ? 'complete' : t.readable ? 'partial' : 'unreadable',
    }));
  return {
    parts,
    schemaComplete: report.schemaReadable,
    cutOff: report.pages,
    orphansRemoved: report.orphansRemoved,
  };
}

/** The same account as plain text, for the start-up's native dialog (electron/startup.ts). */
export function rescueText(
  report: RecoverReport,
  damaged: string,
): { title: string; detail: string } {
  const facts = rescueFacts(report);
  const lines = facts.parts.map((p) => {
    const lost =
      p.state === 'unreadable'
        ? 'tabel niet leesbaar'
        : p.state === 'complete'
          ? 'volledig'
          : p.lost === null
            ? 'de rest niet leesbaar'
            : `${p.lost} niet leesbaar`;
    return `${p.part}: ${p.copied} gered, ${lost}${p.removed ? `, ${p.removed} weggelaten` : ''}`;
  });
  if (facts.cutOff) {
    lines.unshift(
      `Het bestand is afgebroken: ${facts.cutOff.present} van de ${facts.cutOff.expected} pagina’s zijn er nog.`,
    );
  }
  if (!facts.schemaComplete) lines.unshift('Het schema van het bestand is niet volledig leesbaar.');
  const everything =
    report.created &&
    facts.schemaComplete &&
    !facts.cutOff &&
    facts.orphansRemoved === 0 &&
    facts.parts.every((p) => p.state === 'complete');
  const title = !report.created
    ? `Uit ${path.basename(damaged)} kon niets worden gered; er is geen nieuw bestand gemaakt.`
    : everything
      ? 'Alles kon worden gelezen.'
      : 'Niet alles kon worden gelezen.';
  const next = report.created
    ? 'Het beschadigde bestand is niet veranderd.'
    : 'Maak een nieuw dossier en zet daarin de laatste back-up terug (Bestand → Back-up terugzetten…, bij ‘Ander dossier’). Het beschadigde bestand is niet veranderd.';
  return { title, detail: [...lines, '', next].join('\n') };
}

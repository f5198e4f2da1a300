/**
 * The largest exchange file Regiodossier reads in (docs/exchange-format.md): 50 MB. A file is
 * read, checked and inserted in one go, all or nothing; at 50 MB that takes some seconds and a
 * few hundred MB of memory. The whole groot test profile (31 regions) exports to 268 MB and took
 * 25 s and 1.2 GB; one region of it is well under the limit.
 */
export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;

const mb = (bytes: number) =>
  (bytes / (1024 * 1024)).toLocaleString('nl-NL', { maximumFractionDigits: 0 });

/** Null when the size is fine; else why not, and what to do instead. */
export function importSizeProblem(name: string, bytes: number): string | null {
  if (bytes <= IMPORT_MAX_BYTES) return null;
  return (
    `${name} is ${mb(bytes)} MB; Regiodossier leest bestanden tot ${mb(IMPORT_MAX_BYTES)} MB in. ` +
    'Laat het bestand per regio exporteren (in de app: Gegevens exporteren in een dossier met ' +
    'één regio, of op de opdrachtregel: export --region). Er is niets ingelezen.'
  );
}

/** A chosen file that is not JSON at all. */
export const notJsonMessage = (name: string) =>
  `${name} is geen geldig JSON-bestand. Kies een bestand dat met Gegevens exporteren of met de ` +
  'opdrachtregel is gemaakt; er is niets ingelezen.';

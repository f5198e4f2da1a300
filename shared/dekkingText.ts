import { formatDateNl } from './dates';

/**
 * Bestuurlijke dekking in a sentence (the afspraak's facts, the CSV, the dossier PDF):
 * "Ja, vastgesteld door Portefeuillehoudersoverleg Zorg op 20 november 2026", or "Nog niet".
 * A dekking from a besluit names its meeting with the date ("Voortgangsgesprek najaar van
 * 12 november 2026"); that date is said once, not "… van 12 november 2026 op 12 november 2026".
 */
export function dekkingText(dekking: { granted: boolean; by: string; on: string | null }): string {
  if (!dekking.granted) return 'Nog niet';
  const date = dekking.on ? formatDateNl(dekking.on) : '';
  let by = dekking.by.trim();
  if (date && by.endsWith(` van ${date}`)) by = by.slice(0, -` van ${date}`.length).trimEnd();
  const on = date && !by.includes(date) ? ` op ${date}` : '';
  return by ? `Ja, vastgesteld door ${by}${on}` : `Ja${on && `, vastgesteld${on}`}`;
}

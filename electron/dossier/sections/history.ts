import { formatDateNl, todayIso } from '../../../shared/dates';
import { empty, esc, table } from '../html';
import type { SectionModule } from './types';

/** The annex: who changed what, and when, in the afspraken, overleggen and verslagen here. */
export const historySection: SectionModule = {
  id: 'historie',
  title: 'Bijlage: wijzigingshistorie',
  render(data) {
    if (data.history.length === 0) return empty('Geen wijzigingen in deze periode.');
    return table(
      // The sentence itself says who and at what time (historyText).
      ['Datum', 'Onderwerp', 'Wijziging'],
      data.history.map((e) => [
        esc(formatDateNl(todayIso(new Date(e.at)))),
        esc(e.subject),
        esc(e.text),
      ]),
      'history',
    );
  },
};

import type { Dashboard } from '../../../../shared/schemas/agreementDashboard';
import type { ListFilter } from './dashboardLinks';

/** One card of the dashboard: what it counts and how it reads (see DashboardCard). */
export interface CardSpec {
  title: string;
  list: (data: Dashboard) => Dashboard['evaluationsDue'];
  filter: ListFilter;
  explanation: string;
  dateLabel?: string;
  tone?: 'warning';
  emptyText: string;
}

/** A titled row of cards. */
export interface SectionSpec {
  id: string;
  title: string;
  cols: { base: number; sm: number; lg?: number };
  cards: CardSpec[];
}

const TWO = { base: 1, sm: 2 };
const THREE = { base: 1, sm: 2, lg: 3 };

/** The dashboard's rows of cards below the matrix, in order. */
export const DASHBOARD_SECTIONS: SectionSpec[] = [
  {
    id: 'evaluaties-kop',
    title: 'Evaluaties',
    cols: TWO,
    cards: [
      {
        title: 'Evaluaties binnen 60 dagen',
        list: (d) => d.evaluationsDue,
        filter: { evaluatie: 'binnen60' },
        explanation: 'met een evaluatie in de komende 60 dagen',
        dateLabel: 'evaluatie',
        emptyText: 'Geen evaluaties in de komende 60 dagen.',
      },
      {
        title: 'Evaluatie verlopen',
        list: (d) => d.evaluationsOverdue,
        filter: { evaluatie: 'verlopen' },
        explanation: 'waarvan de evaluatiedatum voorbij is',
        dateLabel: 'evaluatie was',
        tone: 'warning',
        emptyText: 'Geen verlopen evaluaties.',
      },
    ],
  },
  {
    id: 'aandacht-kop',
    title: 'Vraagt aandacht',
    cols: THREE,
    cards: [
      {
        title: 'Zonder eigenaar',
        list: (d) => d.withoutOwner,
        filter: { eigenaar: 'geen' },
        explanation: 'zonder eigenaar',
        tone: 'warning',
        emptyText: 'Elke lopende afspraak heeft een eigenaar.',
      },
      {
        title: 'Zonder bestuurlijke dekking',
        list: (d) => d.withoutDekking,
        filter: { dekking: 'nee' },
        explanation: 'zonder bestuurlijke dekking',
        tone: 'warning',
        emptyText: 'Elke lopende afspraak heeft bestuurlijke dekking.',
      },
      {
        title: 'Vastgesteld, geen voortgang in 6 maanden',
        list: (d) => d.staleProgress,
        filter: { voortgang: 'stil' },
        explanation: 'vastgesteld of in uitvoering zonder voortgang in de laatste 6 maanden',
        dateLabel: 'stil sinds',
        tone: 'warning',
        emptyText: 'Van alle vastgestelde afspraken is recent voortgang gemeld.',
      },
    ],
  },
  {
    id: 'beoordeling-kop',
    title: 'Beoordeling door bestuurders',
    cols: THREE,
    cards: [
      {
        title: 'Wacht op reactie',
        list: (d) => d.reviews.wacht,
        filter: { beoordeling: 'wacht' },
        explanation: 'die wachten op een reactie',
        dateLabel: 'voorgelegd op',
        emptyText: 'Er wacht niets op een reactie.',
      },
      {
        title: 'Akkoord',
        list: (d) => d.reviews.akkoord,
        filter: { beoordeling: 'akkoord' },
        explanation: 'waarmee akkoord is gegeven',
        dateLabel: 'akkoord op',
        emptyText: 'Nog geen afspraken met akkoord.',
      },
      {
        title: 'Opmerkingen',
        list: (d) => d.reviews.opmerkingen,
        filter: { beoordeling: 'opmerkingen' },
        explanation: 'met opmerkingen van een beoordelaar',
        dateLabel: 'opmerking op',
        emptyText: 'Geen openstaande opmerkingen.',
      },
    ],
  },
];

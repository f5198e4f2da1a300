import { Text } from '@mantine/core';
import { formatDateNl } from '../../../../shared/dates';
import {
  AGREEMENT_PARTY_ROLE_LABELS,
  FINANCING_LABELS,
  type AgreementPartyRole,
  type FinancingStream,
} from '../../../../shared/domain';

/** What the facts list of the review view shows, from the dossier or from a package's snapshot. */
export interface ReviewFactValues {
  themes: string[];
  parties: { key: string; name: string; role: AgreementPartyRole }[];
  owner: { name: string; function: string } | null;
  financing: FinancingStream[];
  dekking: { granted: boolean; by: string; on: string | null };
  dates: {
    adoptedOn: string | null;
    startDate: string | null;
    endDate: string | null;
    nextEvaluation: string | null;
  };
}

/** The facts of one agreement in the calm review view (and in review mode for a package). */
export function ReviewFacts({ f }: { f: ReviewFactValues }) {
  const dates: [string, string | null][] = [
    ['Vastgesteld op', f.dates.adoptedOn],
    ['Start', f.dates.startDate],
    ['Einde', f.dates.endDate],
    ['Volgende evaluatie', f.dates.nextEvaluation],
  ];
  return (
    <dl className="review-facts">
      <dt>Thema’s</dt>
      <dd>{f.themes.join(', ') || 'Geen thema'}</dd>
      <dt>Partijen</dt>
      <dd>
        {f.parties.length === 0 ? (
          'Nog geen partijen'
        ) : (
          <ul>
            {f.parties.map((p) => (
              <li key={p.key}>
                {p.name}{' '}
                <Text span c="dimmed" inherit>
                  — {AGREEMENT_PARTY_ROLE_LABELS[p.role].toLowerCase()}
                </Text>
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt>Eigenaar</dt>
      <dd>
        {f.owner
          ? `${f.owner.name}${f.owner.function ? `, ${f.owner.function}` : ''}`
          : 'Geen eigenaar'}
      </dd>
      <dt>Financiering</dt>
      <dd>{f.financing.map((s) => FINANCING_LABELS[s]).join(', ') || 'Niet vastgelegd'}</dd>
      {dates.map(([label, value]) => (
        <DateFact key={label} label={label} value={value} />
      ))}
      <dt>Bestuurlijke dekking</dt>
      <dd>
        {f.dekking.granted
          ? [f.dekking.by, f.dekking.on && formatDateNl(f.dekking.on)].filter(Boolean).join(', ') ||
            'Ja'
          : 'Nog niet'}
      </dd>
    </dl>
  );
}

function DateFact({ label, value }: { label: string; value: string | null }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value ? formatDateNl(value) : 'Niet vastgelegd'}</dd>
    </>
  );
}

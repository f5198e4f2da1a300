import { countNl } from '../../../../shared/numbers';
import type { AgreementStatus } from '../../../../shared/domain';
import type { ReviewState } from '../../../../shared/schemas/agreement';

/**
 * Links from the dashboard into the filtered agreements list. The list screen parses exactly these
 * query parameters: status, thema, evaluatie, dekking, eigenaar, voortgang, beoordeling.
 */
export type ListFilter =
  | { status?: AgreementStatus; thema?: string }
  | { evaluatie: 'verlopen' | 'binnen60' }
  | { dekking: 'nee' }
  | { eigenaar: 'geen' }
  | { voortgang: 'stil' }
  | { beoordeling: ReviewState };

/** '/afspraken?thema=…&status=…' (router path, without the '#'). */
export function listLink(filter: ListFilter = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (typeof value === 'string' && value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `/afspraken?${query}` : '/afspraken';
}

export const agreementLink = (id: string) => `/afspraken/${id}`;

/** "1 afspraak" / "3 afspraken". */
export const countAgreements = (n: number) => countNl(n, 'afspraak', 'afspraken');

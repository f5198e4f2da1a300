import type { AgreementValues } from '../../../shared/agreementValues';
import { formatDateNl } from '../../../shared/dates';
import { dekkingText } from '../../../shared/dekkingText';
import { FormConflictPanel } from '../../components/FormConflictPanel';

/** Fields whose values are ids: the panel says they differ, not what they hold. */
const OPAQUE = ['themeIds', 'parties', 'ownerId'] as const;

const textOf = (html: string) =>
  (new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '').trim();

/** An agreement's values as a reader says them: dates in Dutch, the description as text. */
function shownValues(v: AgreementValues): Record<string, unknown> {
  return {
    ...v,
    descriptionHtml: textOf(v.descriptionHtml),
    adoptedOn: formatDateNl(v.adoptedOn),
    startDate: formatDateNl(v.startDate),
    endDate: formatDateNl(v.endDate),
    nextEvaluation: formatDateNl(v.nextEvaluation),
    dekking: dekkingText(v.dekking),
    financing: v.financing.join(', '),
  };
}

/**
 * The agreement's save was refused: it was saved elsewhere after this edit began. Both versions
 * stay; the user keeps theirs (saved over the newer one, knowingly) or takes the stored one.
 */
export function AgreementConflict(props: {
  mine: AgreementValues;
  theirs: AgreementValues;
  onChoose: (choice: 'mine' | 'theirs') => void;
}) {
  return (
    <FormConflictPanel
      subject="Deze afspraak is"
      mine={shownValues(props.mine)}
      theirs={shownValues(props.theirs)}
      opaque={OPAQUE}
      onChoose={props.onChoose}
    />
  );
}

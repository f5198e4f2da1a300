import { memo } from 'react';
import { formatNumberNl } from '../../../shared/numbers';
import { Chip, Group } from '@mantine/core';
import {
  AGREEMENT_STATUS_LABELS,
  AGREEMENT_STATUSES,
  type AgreementStatus,
} from '../../../shared/domain';

/** The status filter as chips, each with how many agreements (with the other filters) have it. */
export const StatusCounts = memo(function StatusCounts(props: {
  counts: Partial<Record<AgreementStatus, number>> | undefined;
  value: AgreementStatus[];
  onChange: (value: AgreementStatus[]) => void;
}) {
  return (
    <fieldset className="plain-fieldset">
      <legend className="filter-legend">Status</legend>
      <Chip.Group
        multiple
        value={props.value}
        onChange={(v) => props.onChange(v as AgreementStatus[])}
      >
        <Group gap="xs">
          {AGREEMENT_STATUSES.map((status) => {
            const count = props.counts?.[status] ?? 0;
            return (
              <Chip key={status} value={status} variant="outline" size="sm" data-status={status}>
                {AGREEMENT_STATUS_LABELS[status]}{' '}
                <span className="chip-count">({formatNumberNl(count)})</span>
              </Chip>
            );
          })}
        </Group>
      </Chip.Group>
    </fieldset>
  );
});

import { Badge } from '@mantine/core';
import { AGREEMENT_STATUS_LABELS, type AgreementStatus } from '../../../shared/domain';
import { STATUS_COLORS } from './agreementOptions';

export function StatusBadge({
  status,
  size = 'md',
}: {
  status: AgreementStatus;
  size?: 'sm' | 'md' | 'lg';
}) {
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} size={size} className="status-badge">
      {AGREEMENT_STATUS_LABELS[status]}
    </Badge>
  );
}

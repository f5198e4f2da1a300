import { AGREEMENT_STATUS_LABELS, type AgreementStatus } from '../../../shared/domain';
import { STATUS_COLORS } from './agreementOptions';

/** Mantine's colour notation ("blue.9") as a CSS colour. */
const cssColor = (color: string) =>
  color.startsWith('#') ? color : `var(--mantine-color-${color.replace('.', '-')})`;

/**
 * An agreement's status as a pill in its status colour on a light tint (as Mantine's light badge,
 * but a plain span: the list shows dozens of them per scrolled frame).
 */
export function StatusBadge({
  status,
  size = 'md',
}: {
  status: AgreementStatus;
  size?: 'sm' | 'md' | 'lg';
}) {
  const color = cssColor(STATUS_COLORS[status]);
  return (
    <span
      className="status-badge"
      data-size={size}
      style={{ color, background: `color-mix(in srgb, ${color} 6%, white)` }}
    >
      {AGREEMENT_STATUS_LABELS[status]}
    </span>
  );
}

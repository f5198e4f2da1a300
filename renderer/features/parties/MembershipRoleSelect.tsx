import { Select } from '@mantine/core';
import type { MembershipRole } from '../../../shared/domain';
import { MEMBERSHIP_ROLE_OPTIONS } from './partyOptions';

/** "Rol in de regio" of a deelname: always one of the roles (it cannot be left empty). */
export function MembershipRoleSelect(props: {
  value: MembershipRole;
  onChange: (role: MembershipRole) => void;
  error?: string;
}) {
  return (
    <Select
      label="Rol in de regio"
      data={MEMBERSHIP_ROLE_OPTIONS}
      value={props.value}
      onChange={(v) => v && props.onChange(v as MembershipRole)}
      allowDeselect={false}
      error={props.error}
    />
  );
}

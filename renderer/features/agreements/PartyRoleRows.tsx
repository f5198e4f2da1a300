import { Button, Group, Input, Select, Stack, Text } from '@mantine/core';
import type { AgreementPartyRole } from '../../../shared/domain';
import { PARTY_ROLE_OPTIONS } from './agreementOptions';

type Row = { partyId: string; role: AgreementPartyRole };

/** Parties with their role in the agreement: one row each, added and removed freely. */
export function PartyRoleRows(props: {
  value: Row[];
  onChange: (rows: Row[]) => void;
  parties: { value: string; label: string }[];
  errors: Record<string, string>;
}) {
  const { value, onChange } = props;
  const update = (index: number, patch: Partial<Row>) =>
    onChange(value.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const labelOf = (id: string) => props.parties.find((p) => p.value === id)?.label ?? 'partij';

  return (
    <fieldset className="plain-fieldset">
      <Input.Label component="legend">Betrokken partijen</Input.Label>
      <Stack gap="xs">
        {value.length === 0 && (
          <Text size="sm" c="dimmed">
            Nog geen partijen gekozen.
          </Text>
        )}
        {value.map((row, i) => {
          const error = props.errors[`parties[${i}].partyId`];
          const taken = new Set(value.filter((_, j) => j !== i).map((r) => r.partyId));
          return (
            <Group key={i} align="flex-start" gap="xs" wrap="nowrap">
              <Select
                label={`Partij ${i + 1}`}
                placeholder="Kies een partij"
                searchable
                data={props.parties.filter((p) => !taken.has(p.value))}
                value={row.partyId || null}
                onChange={(v) => update(i, { partyId: v ?? '' })}
                error={error && (row.partyId ? error : 'Kies een partij')}
                style={{ flex: 1 }}
                comboboxProps={{ withinPortal: true }}
              />
              <Select
                label={`Rol van partij ${i + 1}`}
                data={PARTY_ROLE_OPTIONS}
                value={row.role}
                onChange={(v) => v && update(i, { role: v as AgreementPartyRole })}
                allowDeselect={false}
                error={props.errors[`parties[${i}].role`]}
                w={170}
                comboboxProps={{ withinPortal: true }}
              />
              <Button
                variant="subtle"
                color="red.8"
                mt={25}
                aria-label={`${row.partyId ? labelOf(row.partyId) : `Partij ${i + 1}`} weghalen`}
                onClick={() => onChange(value.filter((_, j) => j !== i))}
              >
                Weghalen
              </Button>
            </Group>
          );
        })}
        <div>
          <Button
            variant="outline"
            size="xs"
            onClick={() =>
              onChange([
                ...value,
                { partyId: '', role: value.length === 0 ? 'trekker' : 'betrokken' },
              ])
            }
          >
            Partij toevoegen
          </Button>
        </div>
        {props.errors.parties && (
          <Text size="sm" c="red.9">
            {props.errors.parties}
          </Text>
        )}
      </Stack>
    </fieldset>
  );
}

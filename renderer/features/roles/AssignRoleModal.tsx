import { Select, Stack, Switch } from '@mantine/core';
import { FormModal } from '../../components/FormModal';
import { useMemo } from 'react';
import type { RoleKind } from '../../../shared/domain';
import { roleAssignmentFields } from '../../../shared/schemas/roleAssignment';
import { z } from '../../../shared/zod';
import { useMutation, useQuery } from '../../data/data';
import { DraftForm } from '../../components/DraftForm';
import { PersonFields } from '../../components/PersonFields';
import { notifySaved } from '../../components/feedback';
import { useSchemaForm } from '../../components/useSchemaForm';
import { DoubleRoleWarning } from './DoubleRoleWarning';
import { RoleFields } from './RoleFields';
import {
  addsNewPerson,
  assignRoleField,
  emptyAssignRole,
  toRoleCreateInput,
  type AssignRoleValues,
} from './roleForm';

const NEW_PERSON_KEYS = {
  name: 'newName',
  function: 'newFunction',
  email: 'newEmail',
  phone: 'newPhone',
} as const;

export interface RolePreset {
  partyId?: string | null;
  contactId?: string | null;
  role?: RoleKind;
}

/** Assign a person to a role in the region; can add the person on the spot (filling a gap). */
export function AssignRoleModal(props: {
  opened: boolean;
  onClose: () => void;
  regionId: string;
  preset?: RolePreset;
}) {
  return (
    <FormModal opened={props.opened} onClose={props.onClose} title="Rol toewijzen">
      <AssignRoleForm
        regionId={props.regionId}
        preset={props.preset ?? {}}
        onDone={props.onClose}
      />
    </FormModal>
  );
}

function AssignRoleForm(props: { regionId: string; preset: RolePreset; onDone: () => void }) {
  const { regionId, preset } = props;
  const contacts = useQuery('contacts.list', { includeInactive: false });
  const mutate = useMutation();
  const initial = emptyAssignRole(regionId, preset);
  const draftKey = `concept:nieuwe-rol:${regionId}:${preset.contactId ?? ''}:${preset.partyId ?? ''}:${preset.role ?? ''}`;

  // With nobody (of the chosen party) to pick, a new person is the only way.
  const schema = useMemo(
    () =>
      z.preprocess((v) => {
        const values = v as AssignRoleValues;
        return toRoleCreateInput(values, addsNewPerson(values, contacts.data));
      }, roleAssignmentFields),
    [contacts.data],
  );
  const form = useSchemaForm(schema, initial, draftKey, { rename: assignRoleField });
  const { values, errors, set } = form;
  const partyContacts = (contacts.data ?? []).filter(
    (c) => !values.partyId || c.partyId === values.partyId,
  );
  const addingPerson = addsNewPerson(values, contacts.data);

  const contactOptions = partyContacts.map((c) => ({
    value: c.id,
    label: [c.name, c.function, c.partyName].filter(Boolean).join(' – '),
  }));

  const submit = () =>
    form.submitWith(async (input) => {
      await mutate('roles.create', input);
      form.reset(initial);
      notifySaved(
        addingPerson ? `${values.newName.trim()} is toegewezen.` : 'De rol is toegewezen.',
      );
      props.onDone();
    });

  return (
    <DraftForm form={form} onSubmit={submit} onCancel={props.onDone} submitLabel="Toewijzen">
      <RoleFields
        autoFocus
        values={values}
        errors={errors}
        set={set}
        parties={{ regionId }}
        onPartyChange={() => set('contactId', '')}
        person={
          <>
            {addingPerson ? (
              <Stack gap="sm">
                <PersonFields
                  keys={NEW_PERSON_KEYS}
                  values={values}
                  errors={errors}
                  set={set}
                  nameLabel="Naam van de nieuwe persoon"
                />
              </Stack>
            ) : (
              <Select
                label="Persoon"
                required
                data={contactOptions}
                value={values.contactId || null}
                onChange={(v) => set('contactId', v ?? '')}
                searchable
                nothingFoundMessage="Niemand gevonden"
                error={errors.contactId}
              />
            )}
            {!addingPerson && (
              <DoubleRoleWarning
                regionId={regionId}
                contactId={values.contactId || null}
                partyId={values.partyId || null}
                role={values.role || null}
              />
            )}
            {partyContacts.length > 0 && (
              <Switch
                label="Nieuwe persoon toevoegen"
                checked={values.addPerson}
                onChange={(e) => set('addPerson', e.currentTarget.checked)}
              />
            )}
          </>
        }
      />
    </DraftForm>
  );
}

import { Alert, Button, Group, Modal, Select, Stack, Switch, TextInput, Textarea } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { RoleKind } from '../../../shared/domain';
import { contactFields } from '../../../shared/schemas/contact';
import { roleAssignmentFields } from '../../../shared/schemas/roleAssignment';
import { useMutation, useQuery } from '../../app/data';
import { DateField } from '../../components/DateField';
import { notifySaved } from '../../components/feedback';
import { useZodForm } from '../../components/useZodForm';
import { ROLE_KIND_OPTIONS } from './roleOptions';

export interface RolePreset {
  partyId?: string | null;
  contactId?: string | null;
  role?: RoleKind;
}

const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';

/** Assign a person to a role in the region; can add the person on the spot (filling a gap). */
export function AssignRoleModal(props: {
  opened: boolean;
  onClose: () => void;
  regionId: string;
  preset?: RolePreset;
}) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title="Rol toewijzen" size="lg">
      {props.opened && (
        <AssignRoleForm regionId={props.regionId} preset={props.preset ?? {}} onDone={props.onClose} />
      )}
    </Modal>
  );
}

function AssignRoleForm(props: { regionId: string; preset: RolePreset; onDone: () => void }) {
  const { regionId, preset } = props;
  const contacts = useQuery('contacts.list', { includeInactive: false });
  const parties = useQuery('parties.list', { regionId });
  const themes = useQuery('themes.list', {});
  const mutate = useMutation();
  const form = useZodForm(roleAssignmentFields, {
    regionId,
    contactId: preset.contactId ?? '',
    partyId: preset.partyId ?? null,
    role: preset.role ?? ('' as RoleKind),
    themeId: null as string | null,
    mandate: '',
    since: null as string | null,
    until: null as string | null,
  });
  const person = useZodForm(contactFields, { name: '', function: '', email: '', partyId: null });
  const partyContacts = (contacts.data ?? []).filter(
    (c) => !form.values.partyId || c.partyId === form.values.partyId,
  );
  const [newPerson, setNewPerson] = useState(false);
  const addingPerson = newPerson || (contacts.data !== undefined && partyContacts.length === 0);

  const contactOptions = useMemo(
    () =>
      partyContacts.map((c) => ({
        value: c.id,
        label: [c.name, c.function, c.partyName].filter(Boolean).join(' – '),
      })),
    [partyContacts],
  );

  const submit = async () => {
    try {
      if (addingPerson) {
        const newContact = person.validate();
        const role = roleAssignmentFields.safeParse({ ...form.values, contactId: PLACEHOLDER_ID });
        if (!role.success) form.validate();
        if (!newContact || !role.success) return;
        const contact = await mutate('contacts.create', { ...newContact, partyId: form.values.partyId });
        await mutate('roles.create', { ...role.data, contactId: contact.id });
        notifySaved(`${contact.name} is toegewezen.`);
      } else {
        const role = form.validate();
        if (!role) return;
        await mutate('roles.create', role);
        notifySaved('De rol is toegewezen.');
      }
      props.onDone();
    } catch (error) {
      form.showError(error);
    }
  };

  const { values, errors, set } = form;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        {form.formError && (
          <Alert color="red" role="alert">
            {form.formError}
          </Alert>
        )}
        <Select
          label="Rol"
          required
          data={ROLE_KIND_OPTIONS}
          value={values.role || null}
          onChange={(v) => set('role', (v ?? '') as RoleKind)}
          error={errors.role}
          allowDeselect={false}
        />
        <Select
          label="Namens partij"
          description="De organisatie die deze persoon in deze rol vertegenwoordigt"
          data={(parties.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          value={values.partyId}
          onChange={(v) => {
            set('partyId', v);
            set('contactId', '');
          }}
          searchable
          clearable
          nothingFoundMessage="Geen partij gevonden"
          error={errors.partyId}
        />
        {addingPerson ? (
          <Stack gap="sm">
            <TextInput
              label="Naam van de nieuwe persoon"
              required
              value={person.values.name}
              onChange={(e) => person.set('name', e.currentTarget.value)}
              error={person.errors.name}
            />
            <TextInput
              label="Functie"
              value={person.values.function}
              onChange={(e) => person.set('function', e.currentTarget.value)}
              error={person.errors.function}
            />
            <TextInput
              label="E-mailadres"
              type="email"
              value={person.values.email}
              onChange={(e) => person.set('email', e.currentTarget.value)}
              error={person.errors.email}
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
        {partyContacts.length > 0 && (
          <Switch
            label="Nieuwe persoon toevoegen"
            checked={newPerson}
            onChange={(e) => setNewPerson(e.currentTarget.checked)}
          />
        )}
        <Select
          label="Thema"
          description={values.role === 'trekker_thema' ? 'Verplicht voor een trekker' : 'Optioneel'}
          data={(themes.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
          value={values.themeId}
          onChange={(v) => set('themeId', v)}
          clearable
          error={errors.themeId}
        />
        <Textarea
          label="Mandaat"
          description="Waartoe mag deze persoon zich vastleggen, en namens wie?"
          autosize
          minRows={2}
          value={values.mandate}
          onChange={(e) => set('mandate', e.currentTarget.value)}
          error={errors.mandate}
        />
        <Group grow>
          <DateField label="Sinds" value={values.since} onChange={(v) => set('since', v)} error={errors.since} />
          <DateField label="Tot" value={values.until} onChange={(v) => set('until', v)} error={errors.until} />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onDone}>
            Annuleren
          </Button>
          <Button type="submit">Toewijzen</Button>
        </Group>
      </Stack>
    </form>
  );
}

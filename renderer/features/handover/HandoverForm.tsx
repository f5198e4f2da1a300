import { Alert, Button, Checkbox, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { ROLE_KIND_LABELS } from '../../../shared/domain';
import { formatDateNl } from '../../../shared/dates';
import { countNl } from '../../../shared/numbers';
import type { Handover } from '../../../shared/schemas/handover';
import { requiredDate } from '../../../shared/schemas/common';
import { z } from '../../../shared/zod';
import { useMutation, useQuery } from '../../data/data';
import { DateField } from '../../components/DateField';
import { confirmAction, notifySaved } from '../../components/feedback';
import { valueProps } from '../../components/fieldProps';
import { LazySelect } from '../../components/LazySelect';
import { FormError, SubmitForm } from '../../components/SubmitForm';
import { useSchemaForm } from '../../components/useSchemaForm';

/** What the user chooses; the afspraken and open actiepunten always all go (handover.perform). */
const handoverForm = z.object({
  successorId: z.string({ error: 'Kies een opvolger' }).min(1, { error: 'Kies een opvolger' }),
  endDate: requiredDate('Vul de datum van de overdracht in'),
  roleIds: z.array(z.string()),
});
type HandoverValues = { successorId: string | null; endDate: string | null; roleIds: string[] };

export interface HandoverDone {
  successorId: string;
  successorName: string;
  endDate: string;
  roles: number;
  endedRoles: number;
  agreements: number;
  actions: number;
}

const roleName = (r: Handover['roles'][number]) =>
  `${ROLE_KIND_LABELS[r.role]}${r.themeName ? ` ${r.themeName}` : ''}, ${r.partyName ?? r.regionName}`;

/**
 * "Overdracht uitvoeren": the successor (any active person in the register but the leaver), the
 * day the leaver's roles end and the successor's begin (today by default), which roles go over
 * (all ticked; an unticked role simply ends), what moves in any case (every afspraak and open
 * actiepunt: nothing may stay behind with someone who leaves), a summary of what will happen, and
 * the button, which asks first: this cannot be undone. Enter in a field never sends the form.
 */
export function HandoverForm(props: { handover: Handover; onDone: (done: HandoverDone) => void }) {
  const h = props.handover;
  const mutate = useMutation();
  const people = useQuery('contacts.list', { search: '', includeInactive: false });
  const options = useMemo(
    () =>
      (people.data ?? [])
        .filter((p) => p.id !== h.person.id)
        .map((p) => ({ value: p.id, label: p.partyName ? `${p.name} (${p.partyName})` : p.name })),
    [people.data, h.person.id],
  );
  const form = useSchemaForm<typeof handoverForm, HandoverValues>(handoverForm, {
    successorId: null,
    endDate: h.day,
    // A role that already has an end (an earlier overdracht to a later day) is not offered again.
    roleIds: h.roles.filter((r) => r.until === null).map((r) => r.id),
  });
  const { values, errors } = form;
  const successor = options.find((o) => o.value === values.successorId);
  const successorName = successor ? successor.label.replace(/ \(.*\)$/, '') : 'de opvolger';
  const plan = summary(h, values, successorName);
  const moveErrors = Object.entries(errors).filter(
    ([k, v]) => v && (k.startsWith('agreementIds') || k.startsWith('actionIds')),
  );

  const submit = () =>
    form.submitWith(async (input) => {
      const ok = await confirmAction({
        title: `Overdracht van ${h.person.name} uitvoeren?`,
        message: `${plan.join(' ')} Dit kunt u niet ongedaan maken; elke wijziging komt in de geschiedenis.`,
        confirmLabel: 'Overdracht uitvoeren',
        focusConfirm: true,
      });
      if (!ok) return;
      const done = await mutate('handover.perform', {
        contactId: h.person.id,
        successorId: input.successorId,
        endDate: input.endDate,
        roleIds: input.roleIds,
        agreementIds: h.ownedAgreements.map((a) => a.id),
        actionIds: h.openActions.map((a) => a.id),
      });
      notifySaved(`Overdracht uitgevoerd: ${successorName} is de opvolger van ${h.person.name}.`);
      props.onDone({
        ...done,
        successorId: input.successorId,
        successorName,
        endDate: input.endDate!,
      });
    });

  return (
    <SubmitForm onSubmit={submit} data-enter="hold" aria-labelledby="overdracht-form-kop">
      <Stack gap="md">
        <Title order={2} size="h4" id="overdracht-form-kop">
          Overdracht uitvoeren
        </Title>
        <FormError error={form.formError} title="De overdracht is niet uitgevoerd" />
        <LazySelect
          label="Opvolger"
          description="Een actieve persoon uit het register"
          placeholder="Zoek op naam"
          required
          data={options}
          nothingFoundMessage="Geen persoon gevonden"
          {...valueProps(form, 'successorId')}
          clearable
          clearButtonProps={{ 'aria-label': 'Opvolger wissen' }}
          comboboxProps={{ withinPortal: true }}
        />
        <DateField
          label="Datum van de overdracht"
          description="De rollen van de vertrekker eindigen op deze dag; die van de opvolger beginnen erop."
          required
          {...valueProps(form, 'endDate')}
        />
        {h.roles.length > 0 && (
          <Checkbox.Group
            label="Rollen"
            description="Aangevinkt: de rol gaat over naar de opvolger, met hetzelfde mandaat. Niet aangevinkt: de rol eindigt op de datum, zonder opvolger."
            value={values.roleIds}
            onChange={(v) => form.set('roleIds', v)}
            error={errors.roleIds}
          >
            <Stack gap="xs" mt={8}>
              {h.roles.map((r) => (
                <Checkbox
                  key={r.id}
                  value={r.id}
                  label={`${roleName(r)}: overdragen`}
                  disabled={
                    r.until !== null && values.endDate !== null && r.until <= values.endDate
                  }
                  description={
                    r.until !== null
                      ? `Eindigt al op ${formatDateNl(r.until)}`
                      : values.roleIds.includes(r.id)
                        ? undefined
                        : 'Eindigt zonder opvolger'
                  }
                  error={errors[`roleIds[${values.roleIds.indexOf(r.id)}]`]}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        {(h.ownedAgreements.length > 0 || h.openActions.length > 0) && (
          <div>
            <Text fw={500} size="sm">
              Gaat altijd naar de opvolger
            </Text>
            <Text size="sm" c="dimmed">
              Niets mag achterblijven bij wie vertrekt: alle lopende afspraken en open actiepunten
              (zie links) krijgen de opvolger als eigenaar.
            </Text>
            <List size="sm" mt={4}>
              {h.ownedAgreements.length > 0 && (
                <List.Item>{countNl(h.ownedAgreements.length, 'afspraak', 'afspraken')}</List.Item>
              )}
              {h.openActions.length > 0 && (
                <List.Item>
                  {countNl(h.openActions.length, 'open actiepunt', 'open actiepunten')}
                </List.Item>
              )}
            </List>
            {moveErrors.map(([k, v]) => (
              <Text key={k} size="sm" c="red.9" mt={4}>
                {v}
              </Text>
            ))}
          </div>
        )}
        <Alert color="blue" title="Wat er gebeurt" role="note">
          <List size="sm" spacing={2}>
            {plan.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
        </Alert>
        <Group justify="flex-end">
          <Button type="submit">Overdracht uitvoeren</Button>
        </Group>
      </Stack>
    </SubmitForm>
  );
}

/** The sentences of "Wat er gebeurt", as the choices stand. */
function summary(h: Handover, values: HandoverValues, successor: string): string[] {
  const day =
    values.endDate && /^\d{4}-\d{2}-\d{2}$/.test(values.endDate)
      ? formatDateNl(values.endDate)
      : 'de gekozen datum';
  const moved = h.roles.filter((r) => values.roleIds.includes(r.id));
  const ended = h.roles.filter((r) => !values.roleIds.includes(r.id));
  const lines: string[] = [];
  if (h.roles.length) {
    lines.push(
      `De ${h.roles.length === 1 ? 'rol' : countNl(h.roles.length, 'rol', 'rollen')} van ${h.person.name} ${h.roles.length === 1 ? 'eindigt' : 'eindigen'} op ${day}.`,
    );
  }
  if (moved.length) {
    lines.push(
      `${successor} krijgt vanaf ${day} ${moved.length === 1 ? 'de rol' : 'de rollen'} ${moved.map(roleName).join('; ')}, met hetzelfde mandaat.`,
    );
  }
  if (ended.length) {
    lines.push(
      `Zonder opvolger ${ended.length === 1 ? 'eindigt' : 'eindigen'}: ${ended.map(roleName).join('; ')}.`,
    );
  }
  const things = [
    h.ownedAgreements.length ? countNl(h.ownedAgreements.length, 'afspraak', 'afspraken') : '',
    h.openActions.length ? countNl(h.openActions.length, 'open actiepunt', 'open actiepunten') : '',
  ].filter(Boolean);
  const count = h.ownedAgreements.length + h.openActions.length;
  if (things.length) {
    lines.push(
      `${things.join(' en ')} ${count === 1 ? 'krijgt' : 'krijgen'} ${successor} als eigenaar.`,
    );
  }
  if (lines.length === 0) lines.push(`${h.person.name} heeft niets over te dragen.`);
  // A sentence may begin with "de opvolger" while none is chosen.
  return lines.map((line) => line.charAt(0).toUpperCase() + line.slice(1));
}

/** "a", "a en b", "a, b en c". */
export const joinNl = (parts: string[]): string =>
  parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`;

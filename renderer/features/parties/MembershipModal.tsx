import { Divider, Select, Stack } from '@mantine/core';
import { FormModal } from '../../components/FormModal';
import type { MembershipRole } from '../../../shared/domain';
import { optionalDate, periodRefinement } from '../../../shared/schemas/common';
import { membershipRole, type Membership } from '../../../shared/schemas/party';
import { z } from '../../../shared/zod';
import { useMutation, useQuery } from '../../data/data';
import { useCurrentRegion } from '../../data/useCurrentRegion';
import { PeriodFields } from '../../components/PeriodFields';
import { DraftForm } from '../../components/DraftForm';
import { HistoryList } from '../../components/HistoryList';
import { notifySaved } from '../../components/feedback';
import { useSchemaForm } from '../../components/useSchemaForm';
import { MembershipRoleSelect } from './MembershipRoleSelect';

export interface MembershipTarget {
  partyId: string;
  membership?: Membership;
}

const schema = z
  .object({
    regionId: z.string().min(1, { error: 'Kies een regio' }),
    role: membershipRole,
    since: optionalDate,
    until: optionalDate,
  })
  .superRefine(periodRefinement);

export function MembershipModal({
  target,
  onClose,
}: {
  target: MembershipTarget | null;
  onClose: () => void;
}) {
  return (
    <FormModal
      opened={target !== null}
      onClose={onClose}
      title={target?.membership ? 'Deelname wijzigen' : 'Deelname toevoegen'}
      size={target?.membership ? 'lg' : 'md'}
    >
      {target && <MembershipForm target={target} onDone={onClose} />}
    </FormModal>
  );
}

function MembershipForm({ target, onDone }: { target: MembershipTarget; onDone: () => void }) {
  const regions = useQuery('regions.list', {});
  const { regionId } = useCurrentRegion();
  const existing = target.membership;
  const initial = {
    regionId: existing?.regionId ?? regionId ?? '',
    role: existing?.role ?? ('deelnemer' as MembershipRole),
    since: existing?.since ?? null,
    until: existing?.until ?? null,
  };
  const form = useSchemaForm(
    schema,
    initial,
    existing ? `concept:deelname:${existing.id}` : `concept:nieuwe-deelname:${target.partyId}`,
  );
  const mutate = useMutation();
  const { values, errors, set } = form;

  const submit = () =>
    form.submitWith(async (v) => {
      if (existing) {
        await mutate('memberships.update', {
          id: existing.id,
          role: v.role,
          since: v.since,
          until: v.until,
        });
      } else {
        await mutate('memberships.create', { ...v, partyId: target.partyId });
      }
      form.reset(initial);
      notifySaved('De deelname is opgeslagen.');
      onDone();
    });

  return (
    <Stack gap="lg">
      <DraftForm form={form} onSubmit={submit} onCancel={onDone} submitLabel="Opslaan">
        <Select
          label="Regio"
          data-autofocus
          required
          disabled={Boolean(existing)}
          data={(regions.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
          value={values.regionId || null}
          onChange={(v) => set('regionId', v ?? '')}
          error={errors.regionId}
        />
        <MembershipRoleSelect
          value={values.role}
          onChange={(role) => set('role', role)}
          error={errors.role}
        />
        <PeriodFields values={values} errors={errors} set={set} />
      </DraftForm>
      {existing && (
        <>
          <Divider />
          <HistoryList entity="membership" id={existing.id} headingOrder={3} />
        </>
      )}
    </Stack>
  );
}

import { Alert, Button, Group, Stack } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { agreementValuesOf, type AgreementValues } from '../../../shared/agreementValues';
import type { Input } from '../../../shared/api/contract';
import { isStaleBase } from '../../../shared/api/staleBase';
import {
  agreementCreate,
  agreementUpdate,
  type AgreementDetail,
} from '../../../shared/schemas/agreement';
import { useApi } from '../../data/apiContext';
import { useMutation } from '../../data/data';
import { browserStorage, readDraftBase, syncDraftBase } from '../../components/drafts';
import { confirmAction, notifySaved } from '../../components/feedback';
import { useSchemaForm } from '../../components/useSchemaForm';
import { AgreementConflict } from './AgreementConflict';
import { AgreementFields } from './AgreementFields';
import {
  createDraftKey,
  editDraftKey,
  fromDecisionDraftKey,
  EMPTY_AGREEMENT,
  valuesOf,
  type AgreementFormValues,
} from './agreementFormValues';
import { isEmptyRichText } from '../../components/richText/sanitizeRichText';
import { FormError, SubmitForm } from '../../components/SubmitForm';

/** A new agreement made from a besluit: linked to it, its form pre-filled from the meeting. */
export interface FromDecision {
  id: string;
  values: Partial<AgreementFormValues>;
}
type Mode =
  | { kind: 'create'; regionId: string; fromDecision?: FromDecision }
  | { kind: 'edit'; agreement: AgreementDetail };

/**
 * Create or edit an agreement, validated with the shared schema. What the user types is kept as
 * a draft until it is saved or discarded, so closing the form or the app loses nothing.
 */
export function AgreementForm(props: { mode: Mode; onDone: (id: string | null) => void }) {
  const { mode } = props;
  const fromDecision = mode.kind === 'create' ? mode.fromDecision : undefined;
  const stored =
    mode.kind === 'edit'
      ? valuesOf(mode.agreement)
      : { ...EMPTY_AGREEMENT, ...fromDecision?.values };
  const regionId = mode.kind === 'edit' ? mode.agreement.regionId : mode.regionId;
  const draftKey =
    mode.kind === 'edit'
      ? editDraftKey(mode.agreement.id)
      : fromDecision
        ? fromDecisionDraftKey(fromDecision.id)
        : createDraftKey(mode.regionId);
  const schema = mode.kind === 'edit' ? agreementUpdate : agreementCreate;
  const initial =
    mode.kind === 'edit'
      ? { ...stored, id: mode.agreement.id }
      : { ...stored, regionId: mode.regionId, fromDecisionId: fromDecision?.id ?? null };
  const form = useSchemaForm(schema, initial as AgreementFormValues, draftKey);
  const mutate = useMutation();
  const api = useApi();
  const { values, errors, set } = form;
  const {
    id: _id,
    regionId: _regionId,
    fromDecisionId: _origin,
    ...edited
  } = values as AgreementFormValues & { id?: string; regionId?: string; fromDecisionId?: string };
  const dirty = JSON.stringify(edited) !== JSON.stringify(stored);
  const typedBefore =
    form.restoredDraft &&
    dirty &&
    (values.title.trim() !== '' ||
      !isEmptyRichText(values.descriptionHtml) ||
      mode.kind === 'edit');

  // An edit names the stored values it began from (for a restored draft: those it was typed on,
  // kept beside it), so a save over a version saved meanwhile is refused, never silent.
  const [startBase] = useState(() =>
    form.restoredDraft
      ? (readDraftBase<AgreementValues>(browserStorage(), draftKey) ?? stored)
      : stored,
  );
  const base = useRef(startBase);
  const [conflict, setConflict] = useState<{ theirs: AgreementValues } | null>(null);
  useEffect(() => {
    if (mode.kind === 'edit') syncDraftBase(browserStorage(), draftKey, base.current, dirty);
  }, [mode.kind, draftKey, dirty]);

  const formRef = useRef<HTMLFormElement>(null);
  // After a failed save, the first field with a problem gets the focus (and scrolls into view).
  const focusFirstError = () =>
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );

  const submit = async () => {
    const input = form.validate();
    if (!input) {
      focusFirstError();
      return;
    }
    try {
      const saved =
        mode.kind === 'edit'
          ? await mutate('agreements.update', {
              ...(input as Input<'agreements.update'>),
              base: base.current,
            })
          : await mutate('agreements.create', input as Input<'agreements.create'>);
      form.clearDraft();
      syncDraftBase(browserStorage(), draftKey, null, false);
      notifySaved(
        mode.kind === 'edit'
          ? 'De afspraak is opgeslagen.'
          : `“${saved.title}” is vastgelegd als concept.`,
      );
      props.onDone(saved.id);
    } catch (error) {
      if (mode.kind === 'edit' && isStaleBase(error)) {
        const fresh = await api.invoke('agreements.get', { id: mode.agreement.id });
        setConflict({ theirs: agreementValuesOf(fresh) });
        // Opslaan is at the bottom, the choice at the top: bring it into view (announced as alert).
        requestAnimationFrame(() =>
          formRef.current
            ?.querySelector('[data-testid="form-conflict"]')
            ?.scrollIntoView({ block: 'nearest' }),
        );
        return;
      }
      form.showError(error);
      focusFirstError();
    }
  };

  const resolve = (choice: 'mine' | 'theirs') => {
    if (!conflict || mode.kind !== 'edit') return;
    base.current = conflict.theirs;
    setConflict(null);
    if (choice === 'mine') void submit();
    else form.reset({ ...conflict.theirs, id: mode.agreement.id } as AgreementFormValues);
  };

  const cancel = async () => {
    if (dirty) {
      const discard = await confirmAction({
        title: 'Wijzigingen weggooien?',
        message: 'Wat u hebt getypt en nog niet hebt opgeslagen, gaat verloren.',
        confirmLabel: 'Weggooien',
        danger: true,
      });
      if (!discard) return;
    }
    form.clearDraft();
    syncDraftBase(browserStorage(), draftKey, null, false);
    props.onDone(null);
  };

  return (
    <SubmitForm
      ref={formRef}
      aria-label={mode.kind === 'edit' ? 'Afspraak bewerken' : 'Nieuwe afspraak'}
      onSubmit={submit}
    >
      <Stack gap="md">
        {conflict && (
          <AgreementConflict
            mine={edited as AgreementValues}
            theirs={conflict.theirs}
            onChoose={resolve}
          />
        )}
        {!conflict && <FormError error={form.formError} title="Niet opgeslagen" />}
        {!form.formError && Object.keys(errors).length > 0 && (
          <Alert color="red" role="alert">
            Niet opgeslagen: controleer de gemarkeerde velden.
          </Alert>
        )}
        {typedBefore && (
          <Alert color="blue">Wat u eerder typte en nog niet opsloeg, is teruggezet.</Alert>
        )}
        <AgreementFields regionId={regionId} values={values} errors={errors} set={set} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => void cancel()}>
            Annuleren
          </Button>
          <Button type="submit">{mode.kind === 'edit' ? 'Opslaan' : 'Afspraak vastleggen'}</Button>
        </Group>
      </Stack>
    </SubmitForm>
  );
}

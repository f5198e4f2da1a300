import { Button, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { DraftNotice } from './DraftNotice';
import { confirmAction } from './feedback';
import { FormError, SubmitForm } from './SubmitForm';

/** A step that cannot be taken back: asked once more, in a dialog of its own. */
export interface FinalStep {
  title: string;
  message: string;
  confirmLabel: string;
}

/**
 * The frame of the forms in a dialog, new and edited (a role, a deelname): the form's error
 * above, the note about a restored draft, the fields, and Annuleren (which discards the draft)
 * beside the submit button.
 *
 * With `finalStep` the form does something that cannot be taken back (vaststellen): Enter in a
 * field does not submit it (`data-enter="hold"`, formKeys.ts), and the button or Ctrl+Enter first
 * opens a confirmation that takes the focus and reads out what will happen.
 */
export function DraftForm(props: {
  form: {
    formError: string | null;
    restoredDraft: boolean;
    discardDraft: () => void;
    clearDraft: () => void;
  };
  onSubmit: () => Promise<void>;
  /** Without it there is no Annuleren button (a form that is not in a dialog). */
  onCancel?: () => void;
  submitLabel: string;
  finalStep?: FinalStep;
  children: ReactNode;
}) {
  const { form, finalStep } = props;
  const submit = async () => {
    if (finalStep && !(await confirmAction({ ...finalStep, focusConfirm: true }))) return;
    await props.onSubmit();
  };
  return (
    <SubmitForm data-enter={finalStep ? 'hold' : undefined} onSubmit={submit}>
      <Stack gap="md">
        <FormError error={form.formError} />
        {form.restoredDraft && <DraftNotice onDiscard={form.discardDraft} />}
        {props.children}
        <Group justify="flex-end" mt="xs">
          {props.onCancel && (
            <Button
              variant="default"
              onClick={() => {
                form.clearDraft();
                props.onCancel?.();
              }}
            >
              Annuleren
            </Button>
          )}
          <Button type="submit">{props.submitLabel}</Button>
        </Group>
      </Stack>
    </SubmitForm>
  );
}

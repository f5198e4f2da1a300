import { Alert, Button, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { DraftNotice } from './DraftNotice';

/**
 * The frame of every create form: the form's error above, the note about a restored draft,
 * the fields, and Annuleren (which discards the draft) beside the submit button.
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
  children: ReactNode;
}) {
  const { form } = props;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void props.onSubmit();
      }}
    >
      <Stack gap="md">
        {form.formError && (
          <Alert color="red" role="alert">
            {form.formError}
          </Alert>
        )}
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
    </form>
  );
}

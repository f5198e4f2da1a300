import { Alert } from '@mantine/core';
import type { ComponentProps } from 'react';

/**
 * A `<form>` that leaves checking to our zod schemas (no browser bubbles: the Dutch messages stand
 * beside the fields) and runs `onSubmit` on Enter or the submit button, without a page load.
 */
export function SubmitForm({
  onSubmit,
  ...rest
}: Omit<ComponentProps<'form'>, 'onSubmit' | 'noValidate'> & { onSubmit: () => unknown }) {
  return (
    <form
      noValidate
      {...rest}
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit();
      }}
    />
  );
}

/** The form's own error (not one field's), above the fields; nothing while there is none. */
export function FormError(props: { error: string | null; title?: string }) {
  if (!props.error) return null;
  return (
    <Alert color="red" role="alert" title={props.title}>
      {props.error}
    </Alert>
  );
}

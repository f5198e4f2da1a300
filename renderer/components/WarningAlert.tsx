import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A warning that does not stop the user. Mantine's yellow and orange titles are 2.7:1 and 3.6:1
 * on their tint (WCAG AA asks 4.5:1): the tint stays, the text is dark.
 */
export function WarningAlert(props: { title: string; children: ReactNode; mb?: string }) {
  return (
    <Alert
      color="yellow"
      title={props.title}
      mb={props.mb}
      styles={{
        title: { color: 'var(--mantine-color-dark-8)' },
        message: { color: 'var(--mantine-color-dark-8)' },
      }}
    >
      {props.children}
    </Alert>
  );
}

import { Alert, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * What a list or card shows while it has nothing to show: a note (blue: nothing there yet; gray:
 * nothing that matches the filters) with the one step that changes that.
 */
export function EmptyState(props: {
  title: string;
  color?: 'blue' | 'gray';
  /** 'status' where the note replaces content that screen readers should hear change. */
  role?: 'status';
  /** The button (or link) that fills the list or clears the filters. */
  action: ReactNode;
  children: ReactNode;
}) {
  return (
    <Alert color={props.color ?? 'blue'} title={props.title} role={props.role}>
      <Stack gap="sm" align="flex-start">
        <Text>{props.children}</Text>
        {props.action}
      </Stack>
    </Alert>
  );
}

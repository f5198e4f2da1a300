import { Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';

let firstScreen = true;

/** Every screen's heading: one h1, an optional line of explanation and the screen's actions. */
export function PageHeader(props: { title: string; description?: ReactNode; actions?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${props.title} – Regiodossier`;
  }, [props.title]);
  // A new screen after following a link (the link is gone): focus starts at its heading, so a
  // screen reader announces where the user is and Tab continues from here. The first screen of
  // the session keeps focus at the top, where the skip link is.
  useEffect(() => {
    const active = document.activeElement;
    if (!firstScreen && (!active || active === document.body)) heading.current?.focus();
    firstScreen = false;
  }, []);
  return (
    <Group justify="space-between" align="flex-start" mb="lg" wrap="nowrap">
      <Stack gap={4}>
        <Title order={1} size="h2" ref={heading} tabIndex={-1} className="page-heading">
          {props.title}
        </Title>
        {props.description && <Text c="dimmed">{props.description}</Text>}
      </Stack>
      {props.actions && <Group gap="sm">{props.actions}</Group>}
    </Group>
  );
}

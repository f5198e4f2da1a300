import { Text, Typography } from '@mantine/core';
import { useMemo } from 'react';
import { isEmptyRichText, sanitizeRichText } from './sanitizeRichText';

/** Stored rich text, sanitised again before it reaches the DOM. */
export function RichTextView({
  html,
  empty = 'Geen beschrijving.',
}: {
  html: string;
  empty?: string;
}) {
  const safe = useMemo(() => sanitizeRichText(html), [html]);
  if (isEmptyRichText(safe)) {
    return <Text c="dimmed">{empty}</Text>;
  }
  return (
    <Typography className="rich-text-view" role="group" aria-label="Beschrijving">
      {/* Sanitised with DOMPurify just above. */}
      <div dangerouslySetInnerHTML={{ __html: safe }} />
    </Typography>
  );
}

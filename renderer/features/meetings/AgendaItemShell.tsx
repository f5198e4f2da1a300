import { Badge, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { AgendaItem } from '../../../shared/schemas/meeting';
import { RichTextView } from '../../components/richText/RichTextView';
import { MinutesPreview, type FocusAt } from './MinutesPreview';

/** The item's number and title (Alt+↑ / Alt+↓ move it), vertrouwelijk, inleider and afspraken. */
export function ItemHeading(props: {
  item: AgendaItem;
  number: number;
  onMove: (to: number) => void;
}) {
  const { item, number } = props;
  return (
    <div>
      <Title
        order={3}
        size="h4"
        id={`agendapunt-${item.id}`}
        tabIndex={-1}
        onKeyDown={(e) => {
          if (e.altKey && e.key === 'ArrowUp') {
            e.preventDefault();
            props.onMove(number - 2);
          } else if (e.altKey && e.key === 'ArrowDown') {
            e.preventDefault();
            props.onMove(number);
          }
        }}
      >
        {number}. {item.title}
      </Title>
      {item.confidential && (
        <Badge variant="light" color="red.9" size="sm">
          Vertrouwelijk
        </Badge>
      )}
      {item.presenter && (
        <Text size="sm" c="dimmed">
          Inleider: {item.presenter}
        </Text>
      )}
      {item.agreements.length > 0 && (
        <Text size="sm" c="dimmed">
          Afspraken: {item.agreements.map((a) => a.title).join(', ')}
        </Text>
      )}
    </div>
  );
}

/**
 * An agenda item before it is drawn in full: its heading and its minutes as they look, without
 * the buttons, the besluiten and the actiepunten forms (a meeting of thirty items drew those for
 * a second and more). Clicking or focusing the minutes draws the item in full at once, with the
 * caret where it was clicked; otherwise the agenda fills it in a moment later (useProgressive).
 */
export function AgendaItemShell(props: {
  item: AgendaItem;
  number: number;
  onMove: (to: number) => void;
  readOnly: boolean;
  onOpen: (at: FocusAt) => void;
}) {
  const { item } = props;
  return (
    <AgendaItemFrame id={item.id} busy>
      <ItemHeading item={item} number={props.number} onMove={props.onMove} />
      {props.readOnly ? (
        <RichTextView html={item.minutesHtml} empty="Geen notulen bij dit punt." />
      ) : (
        <div data-minutes={item.id}>
          <MinutesPreview
            label={`Notulen bij ${item.title}`}
            html={item.minutesHtml}
            onOpen={props.onOpen}
          />
        </div>
      )}
    </AgendaItemFrame>
  );
}

/**
 * The card of one agenda item, titled by its heading (`agendapunt-<id>`); `busy` while only the
 * light shell stands in for the full item (useProgressive).
 */
export function AgendaItemFrame(props: { id: string; busy?: boolean; children: ReactNode }) {
  return (
    <Paper
      withBorder
      p="md"
      component="article"
      className="agenda-item"
      aria-labelledby={`agendapunt-${props.id}`}
      aria-busy={props.busy ? 'true' : undefined}
      data-item={props.id}
    >
      {props.children}
    </Paper>
  );
}

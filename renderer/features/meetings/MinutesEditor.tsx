import { useApi } from '../../data/apiContext';
import { useMutation } from '../../data/data';
import { AutosavedRichText } from '../../components/AutosavedRichText';
import type { FocusAt } from './MinutesPreview';

/**
 * The minutes of one agenda item, saved while the minute-taker types and never over newer text
 * saved elsewhere (AutosavedRichText).
 */
export function MinutesEditor(props: {
  itemId: string;
  title: string;
  initialHtml: string;
  initialRevision: number;
  /** Set when the item was drawn because its preview was clicked or focused. */
  focusAt?: FocusAt;
}) {
  const api = useApi();
  const mutate = useMutation();
  return (
    <AutosavedRichText
      textKey={`minutes:${props.itemId}`}
      label={`Notulen bij ${props.title}`}
      initialHtml={props.initialHtml}
      initialRevision={props.initialRevision}
      load={async () => {
        const m = await api.invoke('agenda.minutes', { id: props.itemId });
        return { html: m.minutesHtml, revision: m.minutesRevision };
      }}
      save={async (html, baseRevision) => {
        const saved = await mutate('agenda.saveMinutes', {
          agendaItemId: props.itemId,
          minutesHtml: html,
          baseRevision,
        });
        return { html: saved.minutesHtml, revision: saved.minutesRevision };
      }}
      noun="de notulen"
      subject="Deze notulen zijn"
      focusAt={props.focusAt}
      wrapper={{ 'data-minutes': props.itemId }}
    />
  );
}

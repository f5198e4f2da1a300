import { useApi } from '../../data/apiContext';
import { useMutation } from '../../data/data';
import { AutosavedRichText } from '../../components/AutosavedRichText';
import './conversations.css';

/**
 * The verslag itself, saved while the user types and never over newer text saved elsewhere, as
 * the notulen (AutosavedRichText). A new verslag holds its template's headings.
 */
export function ReportEditor(props: {
  conversationId: string;
  initialHtml: string;
  initialRevision: number;
}) {
  const api = useApi();
  const mutate = useMutation();
  return (
    <AutosavedRichText
      textKey={`verslag:${props.conversationId}`}
      label="Tekst van het verslag"
      initialHtml={props.initialHtml}
      initialRevision={props.initialRevision}
      load={async () => {
        const r = await api.invoke('conversations.report', { id: props.conversationId });
        return { html: r.reportHtml, revision: r.reportRevision };
      }}
      save={async (html, baseRevision) => {
        const saved = await mutate('conversations.saveReport', {
          conversationId: props.conversationId,
          reportHtml: html,
          baseRevision,
        });
        return { html: saved.reportHtml, revision: saved.reportRevision };
      }}
      noun="het verslag"
      subject="Dit verslag is"
      wrapper={{ className: 'conversation-report', 'data-report': props.conversationId }}
    />
  );
}

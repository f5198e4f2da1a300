import { Input } from '@mantine/core';
import { useId, useMemo } from 'react';
import { sanitizeRichText } from '../../components/richText/sanitizeRichText';

export type FocusAt = { x: number; y: number } | 'end';

/**
 * The minutes of an agenda item as they will look in the editor, before the editor exists: the
 * same label, frame and text, one tab stop. Clicking (caret where clicked) or focusing it (caret
 * at the end) asks for the editor.
 */
export function MinutesPreview(props: {
  label: string;
  html: string;
  onOpen: (at: FocusAt) => void;
}) {
  const labelId = `${useId()}-label`;
  const safe = useMemo(() => sanitizeRichText(props.html), [props.html]);
  return (
    <div className="rich-text-editor">
      <Input.Label id={labelId} onClick={() => props.onOpen('end')}>
        {props.label}
      </Input.Label>
      <div className="rich-text-frame">
        <div className="rich-text-toolbar-space" aria-hidden="true" />
        {/* Sanitised with DOMPurify just above. */}
        <div
          role="textbox"
          aria-multiline="true"
          aria-labelledby={labelId}
          tabIndex={0}
          className="rich-text-content"
          lang="nl"
          onPointerDown={(e) => {
            e.preventDefault();
            props.onOpen({ x: e.clientX, y: e.clientY });
          }}
          onFocus={() => props.onOpen('end')}
          dangerouslySetInnerHTML={{ __html: safe }}
        />
      </div>
    </div>
  );
}

import { Input } from '@mantine/core';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { memo, useEffect, useId, useRef, useState } from 'react';
import { cleanWordHtml } from '../../../shared/wordPaste';
import { RichTextLinkRow } from './RichTextLinkRow';
import { isHttpsUrl } from './sanitizeRichText';
import { RichTextToolbar } from './RichTextToolbar';
import './richText.css';

const extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    codeBlock: false,
    code: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    link: {
      openOnClick: false,
      autolink: true,
      linkOnPaste: true,
      defaultProtocol: 'https',
      protocols: [],
      isAllowedUri: (url) => isHttpsUrl(url),
      shouldAutoLink: (url) => isHttpsUrl(url),
      HTMLAttributes: { rel: 'noopener noreferrer', target: null },
    },
  }),
  // Tables (pasted from Word, Excel or a web page) stay tables. Tab goes to the next cell and,
  // after the last one, out of the editor as everywhere else (TipTap's default adds a row there,
  // which would keep a keyboard user in the table).
  Table.extend({
    addKeyboardShortcuts() {
      return {
        ...this.parent?.(),
        Tab: () => this.editor.commands.goToNextCell(),
      };
    },
  }).configure({ resizable: false }),
  TableRow,
  TableHeader,
  TableCell,
];

/**
 * Word's clipboard HTML (mso-list paragraphs, conditionals, styles) made plain before parsing.
 * Set with the attributes below, not in useEditor's options: those are applied again on every
 * render and would replace the attributes (the textbox's name).
 */
const pasteProps = { transformPastedHTML: cleanWordHtml };

const htmlOf = (editor: Editor) => (editor.isEmpty ? '' : editor.getHTML());

/**
 * Rich text (TipTap StarterKit): bold, italic, lists, headings 2 and 3, quote, https links, and
 * tables as they are pasted.
 * The toolbar is one tab stop (arrow keys move within it); Alt+F10 jumps from the text to the
 * toolbar and Escape back. The main process sanitises the HTML on save.
 */
/**
 * Memoised: the minutes' autosave state changes around it while the minute-taker types, and
 * each re-render would redraw the toolbar and rebind the editor for nothing.
 */
export const RichTextEditor = memo(function RichTextEditor(props: {
  label: string;
  value: string;
  /** Gets the HTML on every change (fine for short texts such as a description). */
  onChange?: (html: string) => void;
  /**
   * Instead of onChange for long texts (minutes): told that the text changed, with a function
   * that serialises it when asked; typing then costs no HTML per keystroke.
   */
  onEdit?: (read: () => string) => void;
  /** Where the caret goes once the editor exists: a click's coordinates, or the end. */
  focusAt?: { x: number; y: number } | 'end';
  error?: string;
  description?: string;
  required?: boolean;
}) {
  const id = useId();
  const labelId = `${id}-label`;
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const handlers = useRef(props);
  handlers.current = props;
  const toolbarRef = useRef<HTMLDivElement>(null);
  const [linking, setLinking] = useState(false);

  const editor = useEditor({
    extensions,
    content: props.value,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    onUpdate: ({ editor: e }) => {
      const { onEdit, onChange } = handlers.current;
      if (onEdit) onEdit(() => htmlOf(e));
      else onChange?.(htmlOf(e));
    },
  });

  // An editor made when the reader clicked into (or tabbed to) a preview takes the caret there.
  const focusAt = useRef(props.focusAt);
  useEffect(() => {
    const at = focusAt.current;
    if (!editor || !at) return;
    const pos = at === 'end' ? null : editor.view.posAtCoords({ left: at.x, top: at.y });
    editor.commands.focus(pos ? pos.pos : 'end');
  }, [editor]);

  // Outside changes (a restored draft, a reset) reach the editor; its own changes are already there.
  useEffect(() => {
    if (editor && props.value !== htmlOf(editor)) {
      editor.commands.setContent(props.value, { emitUpdate: false });
    }
  }, [editor, props.value]);

  const describedBy = [props.description && descriptionId, props.error && errorId]
    .filter(Boolean)
    .join(' ');
  useEffect(() => {
    editor?.setOptions({
      editorProps: {
        ...pasteProps,
        attributes: {
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-labelledby': labelId,
          ...(describedBy && { 'aria-describedby': describedBy }),
          ...(props.error && { 'aria-invalid': 'true' }),
          ...(props.required && { 'aria-required': 'true' }),
          class: 'rich-text-content',
          spellcheck: 'true',
          lang: 'nl',
        },
      },
    });
  }, [editor, labelId, describedBy, props.error, props.required]);

  if (!editor) return null;
  return (
    <div
      className="rich-text-editor"
      data-error={props.error ? 'true' : undefined}
      onKeyDown={(e) => {
        if (e.altKey && e.key === 'F10') {
          e.preventDefault();
          toolbarRef.current?.querySelector<HTMLButtonElement>('button[tabindex="0"]')?.focus();
        } else if ((e.ctrlKey || e.metaKey) && e.shiftKey && e.key.toLowerCase() === 'k') {
          e.preventDefault();
          setLinking(true);
        }
      }}
    >
      <Input.Label id={labelId} required={props.required} onClick={() => editor.commands.focus()}>
        {props.label}
      </Input.Label>
      {props.description && (
        <Input.Description id={descriptionId}>{props.description}</Input.Description>
      )}
      <div className="rich-text-frame">
        <RichTextToolbar
          ref={toolbarRef}
          editor={editor}
          label={`Opmaak van ${props.label.toLowerCase()}`}
          onLink={() => setLinking(true)}
        />
        {linking && <RichTextLinkRow editor={editor} onDone={() => setLinking(false)} />}
        <EditorContent editor={editor} />
      </div>
      {props.error && <Input.Error id={errorId}>{props.error}</Input.Error>}
    </div>
  );
});

import { Button } from '@mantine/core';
import { useEditorState, type Editor } from '@tiptap/react';
import { useState, type Ref } from 'react';

interface Tool {
  key: string;
  text: string;
  label: string;
  keys: string;
  active: (e: Editor) => boolean;
  run: (e: Editor) => void;
}

const TOOLS: Tool[] = [
  {
    key: 'bold',
    text: 'B',
    label: 'Vet',
    keys: 'Control+B',
    active: (e) => e.isActive('bold'),
    run: (e) => e.chain().focus().toggleBold().run(),
  },
  {
    key: 'italic',
    text: 'I',
    label: 'Cursief',
    keys: 'Control+I',
    active: (e) => e.isActive('italic'),
    run: (e) => e.chain().focus().toggleItalic().run(),
  },
  {
    key: 'h2',
    text: 'H2',
    label: 'Kop',
    keys: 'Control+Alt+2',
    active: (e) => e.isActive('heading', { level: 2 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
  },
  {
    key: 'h3',
    text: 'H3',
    label: 'Tussenkop',
    keys: 'Control+Alt+3',
    active: (e) => e.isActive('heading', { level: 3 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
  },
  {
    key: 'bullet',
    text: '•',
    label: 'Opsomming',
    keys: 'Control+Shift+8',
    active: (e) => e.isActive('bulletList'),
    run: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    key: 'ordered',
    text: '1.',
    label: 'Genummerde lijst',
    keys: 'Control+Shift+7',
    active: (e) => e.isActive('orderedList'),
    run: (e) => e.chain().focus().toggleOrderedList().run(),
  },
  {
    key: 'quote',
    text: '“ ”',
    label: 'Citaat',
    keys: 'Control+Shift+B',
    active: (e) => e.isActive('blockquote'),
    run: (e) => e.chain().focus().toggleBlockquote().run(),
  },
];

const shortcutText = (keys: string) => keys.replace('Control', 'Ctrl');

/** The editor's toolbar: one tab stop, arrow keys within, aria-pressed on every toggle. */
export function RichTextToolbar(props: {
  editor: Editor;
  label: string;
  onLink: () => void;
  ref?: Ref<HTMLDivElement>;
}) {
  const { editor } = props;
  const [focusIndex, setFocusIndex] = useState(0);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }): Record<string, boolean> => ({
      ...Object.fromEntries(TOOLS.map((t) => [t.key, t.active(e)])),
      link: e.isActive('link'),
    }),
  });
  const count = TOOLS.length + 1;

  return (
    <div
      ref={props.ref}
      role="toolbar"
      aria-label={props.label}
      className="rich-text-toolbar"
      onKeyDown={(e) => {
        const buttons = Array.from(e.currentTarget.querySelectorAll<HTMLButtonElement>('button'));
        const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
        let next = -1;
        if (e.key === 'ArrowRight') next = (current + 1) % count;
        else if (e.key === 'ArrowLeft') next = (current - 1 + count) % count;
        else if (e.key === 'Home') next = 0;
        else if (e.key === 'End') next = count - 1;
        else if (e.key === 'Escape') {
          // Back to the text; the dialog around the editor stays open (data-mantine-stop-propagation).
          e.preventDefault();
          e.stopPropagation();
          editor.commands.focus();
          return;
        }
        if (next >= 0) {
          e.preventDefault();
          setFocusIndex(next);
          buttons[next]?.focus();
        }
      }}
    >
      {TOOLS.map((tool, i) => (
        <Button
          key={tool.key}
          size="compact-sm"
          variant={state[tool.key] ? 'filled' : 'default'}
          aria-label={tool.label}
          aria-pressed={Boolean(state[tool.key])}
          aria-keyshortcuts={tool.keys}
          title={`${tool.label} (${shortcutText(tool.keys)})`}
          tabIndex={focusIndex === i ? 0 : -1}
          onFocus={() => setFocusIndex(i)}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => tool.run(editor)}
          className={`rich-text-tool rich-text-tool-${tool.key}`}
          data-mantine-stop-propagation="true"
        >
          {tool.text}
        </Button>
      ))}
      <Button
        size="compact-sm"
        variant={state.link ? 'filled' : 'default'}
        aria-label="Link"
        aria-pressed={Boolean(state.link)}
        aria-keyshortcuts="Control+Shift+K"
        title="Link naar een webpagina (Ctrl+Shift+K)"
        tabIndex={focusIndex === TOOLS.length ? 0 : -1}
        onFocus={() => setFocusIndex(TOOLS.length)}
        onClick={props.onLink}
        className="rich-text-tool"
        data-mantine-stop-propagation="true"
      >
        Link
      </Button>
    </div>
  );
}

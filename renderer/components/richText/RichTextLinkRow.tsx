import { Button, Group, TextInput } from '@mantine/core';
import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import { isHttpsUrl } from './sanitizeRichText';

/** Adds, changes or removes the link on the selected text; https addresses only. */
export function RichTextLinkRow({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const existing = (editor.getAttributes('link').href as string | undefined) ?? '';
  const [url, setUrl] = useState(existing || 'https://');
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    onDone();
    editor.commands.focus();
  };
  const apply = () => {
    const href = url.trim();
    if (!isHttpsUrl(href)) {
      setError('Vul een webadres in dat begint met https://');
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !editor.isActive('link')) {
      chain
        .insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] })
        .run();
    } else {
      chain.setLink({ href }).run();
    }
    onDone();
  };

  return (
    <Group className="rich-text-link-row" align="flex-end" gap="xs" p="xs">
      <TextInput
        label="Webadres van de link"
        value={url}
        onChange={(e) => {
          setUrl(e.currentTarget.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            apply();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            close();
          }
        }}
        error={error}
        autoFocus
        w={320}
        data-mantine-stop-propagation="true"
      />
      <Button size="sm" onClick={apply}>
        Link opslaan
      </Button>
      {existing && (
        <Button
          size="sm"
          variant="outline"
          color="red.8"
          onClick={() => {
            editor.chain().focus().extendMarkRange('link').unsetLink().run();
            onDone();
          }}
        >
          Link verwijderen
        </Button>
      )}
      <Button size="sm" variant="default" onClick={close}>
        Annuleren
      </Button>
    </Group>
  );
}

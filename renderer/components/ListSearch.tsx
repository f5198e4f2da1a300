import { CloseButton, TextInput } from '@mantine/core';
import { useSearchBox } from './listScreen';

/**
 * A list's search box: its own text per keystroke (only this box renders while typing), committed
 * to the list's filters after `delay` ms without typing, with a button that clears it.
 */
export function ListSearch(props: {
  /** The search in the list's filters (a reset or a link shows here too). */
  stored: string;
  commit: (search: string) => void;
  placeholder: string;
  width: number;
  delay?: number;
}) {
  const [search, setSearch] = useSearchBox(props.stored, props.commit, props.delay);
  return (
    <TextInput
      label="Zoeken"
      placeholder={props.placeholder}
      value={search}
      onChange={(e) => setSearch(e.currentTarget.value)}
      data-search
      w={props.width}
      rightSection={
        search ? (
          <CloseButton aria-label="Zoekterm wissen" onClick={() => setSearch('')} />
        ) : undefined
      }
    />
  );
}

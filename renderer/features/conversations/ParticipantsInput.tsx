import { Combobox, Pill, PillsInput, useCombobox } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import type { ParticipantInput } from '../../../shared/schemas/conversation';

/** A deelnemer in the form: a person from the register, or a name typed in. */
export type ParticipantValue = Pick<ParticipantInput, 'contactId' | 'guestName'>;

const FREE = '__vrije-naam__';
/** At most this many people are drawn at once; typing narrows them down. */
const SHOWN = 50;

const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('nl');

/**
 * Deelnemers: people from the register (type to search, arrows and Enter to pick) and names of
 * people who are not in it (type the name and press Enter, or pick "… toevoegen als naam").
 * Backspace in the empty field removes the last one; Escape closes the list only.
 */
export function ParticipantsInput(props: {
  label: string;
  description?: string;
  people: { value: string; label: string }[];
  /** Names of chosen register people who are not among `people` (no longer active). */
  names: Record<string, string>;
  value: ParticipantValue[];
  onChange: (value: ParticipantValue[]) => void;
  error?: string;
}) {
  const { value, onChange, people } = props;
  const labelId = useId();
  const [search, setSearch] = useState('');
  const combobox = useCombobox({
    onDropdownClose: () => combobox.resetSelectedOption(),
  });
  const labelOf = useMemo(() => {
    const byId = new Map(people.map((p) => [p.value, p.label]));
    return (p: ParticipantValue) =>
      p.contactId === null
        ? p.guestName
        : (byId.get(p.contactId) ?? props.names[p.contactId] ?? 'Onbekende persoon');
  }, [people, props.names]);

  const typed = search.trim();
  const chosen = new Set(value.map((p) => p.contactId).filter(Boolean));
  const matches = people
    .filter((p) => !chosen.has(p.value) && plain(p.label).includes(plain(typed)))
    .slice(0, SHOWN);
  const nameTaken = value.some((p) => plain(labelOf(p)) === plain(typed));

  const add = (next: ParticipantValue) => {
    onChange([...value, next]);
    setSearch('');
    combobox.resetSelectedOption();
  };
  const addTyped = () => {
    if (typed === '' || nameTaken) return;
    add({ contactId: null, guestName: typed });
  };
  const remove = (index: number) => onChange(value.filter((_, i) => i !== index));

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(v) => (v === FREE ? addTyped() : add({ contactId: v, guestName: '' }))}
      withinPortal
    >
      <Combobox.DropdownTarget>
        <PillsInput
          label={props.label}
          description={props.description}
          error={props.error}
          labelProps={{ id: labelId }}
          onClick={() => combobox.openDropdown()}
        >
          <Pill.Group>
            {value.map((p, i) => (
              <Pill
                key={p.contactId ?? `naam-${p.guestName}`}
                withRemoveButton
                onRemove={() => remove(i)}
                removeButtonProps={{ 'aria-label': `${labelOf(p)} verwijderen` }}
              >
                {labelOf(p)}
                {p.contactId === null && ' (naam)'}
              </Pill>
            ))}
            <Combobox.EventsTarget withExpandedAttribute>
              <PillsInput.Field
                value={search}
                placeholder={value.length ? undefined : 'Zoek een persoon of typ een naam'}
                aria-labelledby={labelId}
                onFocus={() => combobox.openDropdown()}
                onBlur={() => combobox.closeDropdown()}
                onChange={(e) => {
                  combobox.openDropdown();
                  combobox.updateSelectedOptionIndex();
                  setSearch(e.currentTarget.value);
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Backspace' && search === '' && value.length > 0) {
                    e.preventDefault();
                    remove(value.length - 1);
                  } else if (
                    e.key === 'Enter' &&
                    !e.ctrlKey &&
                    !e.metaKey &&
                    typed !== '' &&
                    !(combobox.dropdownOpened && combobox.getSelectedOptionIndex() !== -1)
                  ) {
                    // No option highlighted: the typed text is the name of a deelnemer.
                    e.preventDefault();
                    addTyped();
                  }
                }}
              />
            </Combobox.EventsTarget>
          </Pill.Group>
        </PillsInput>
      </Combobox.DropdownTarget>
      <Combobox.Dropdown>
        <Combobox.Options labelledBy={labelId} mah={260} style={{ overflowY: 'auto' }}>
          {matches.map((p) => (
            <Combobox.Option value={p.value} key={p.value}>
              {p.label}
            </Combobox.Option>
          ))}
          {typed !== '' && !nameTaken && (
            <Combobox.Option value={FREE}>‘{typed}’ toevoegen als naam</Combobox.Option>
          )}
          {matches.length === 0 && (typed === '' || nameTaken) && (
            <Combobox.Empty>
              {typed === '' ? 'Geen personen meer om te kiezen' : 'Staat er al bij'}
            </Combobox.Empty>
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}

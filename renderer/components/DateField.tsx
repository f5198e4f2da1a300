import { ActionIcon, Popover, TextInput } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { pushEscapeLayer } from './escapeLayer';
import { DATE_HINT, formatDateNl, isIsoDate, parseDutchDate } from '../../shared/dates';

/** What the field shows for a form value: a stored date in words, a kept typing mistake as typed. */
const shown = (value: string | null) =>
  value && isIsoDate(value) ? formatDateNl(value) : (value ?? '');

/**
 * A date field that reads dates the Dutch way (12-11-2026, 12 nov 2026, 2026-11-12; day first,
 * always) and holds 'YYYY-MM-DD' or null. Text that is not a date is kept as typed and passed on
 * as it is, so the form's schema refuses it and nothing wrong is saved; the hint beside the field
 * says how to write a date. The calendar opens with the button or Alt+↓; Escape closes only the
 * calendar, never the dialog around it. Enter completes the date ("12 november 2026") and never
 * submits the form (`data-enter="hold"`, formKeys.ts); Ctrl+Enter or the button does.
 */
export function DateField(props: {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string;
  description?: string;
  required?: boolean;
  /** The first field of a dialog: focused when the dialog opens. */
  autoFocus?: boolean;
}) {
  const { value, onChange } = props;
  const [text, setText] = useState(() => shown(value));
  const [hint, setHint] = useState<string | null>(null);
  const [opened, setOpened] = useState(false);
  const calendarId = useId();
  const input = useRef<HTMLInputElement>(null);

  // Escape while the calendar is open closes the calendar only, not the dialog around it.
  useEffect(() => {
    if (!opened) return;
    return pushEscapeLayer(() => {
      setOpened(false);
      input.current?.focus();
    });
  }, [opened]);

  // A value put in from outside (reset, restored draft, calendar) shows in the field.
  useEffect(() => {
    setText((current) => {
      const parsed = current.trim() === '' ? null : (parseDutchDate(current) ?? current);
      return parsed === value ? current : shown(value);
    });
  }, [value]);

  const type = (next: string) => {
    setText(next);
    setHint(null);
    if (next.trim() === '') onChange(null);
    else onChange(parseDutchDate(next) ?? next);
  };

  const settle = () => {
    if (text.trim() === '') return;
    const iso = parseDutchDate(text);
    if (iso) setText(formatDateNl(iso));
    else setHint(DATE_HINT);
  };

  const pick = (iso: string | null) => {
    setOpened(false);
    setHint(null);
    setText(shown(iso));
    input.current?.focus();
    onChange(iso);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && event.altKey) {
      event.preventDefault();
      setOpened(true);
    } else if (event.key === 'Enter') {
      settle();
    }
  };

  const isoValue = value && isIsoDate(value) ? value : null;
  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      withinPortal
      trapFocus
      returnFocus
      closeOnEscape={false}
    >
      <TextInput
        label={props.label}
        description={props.description}
        required={props.required}
        data-autofocus={props.autoFocus || undefined}
        ref={input}
        value={text}
        onChange={(e) => type(e.currentTarget.value)}
        onBlur={settle}
        onKeyDown={onKeyDown}
        error={hint ?? props.error}
        placeholder="dd-mm-jjjj"
        autoComplete="off"
        data-enter="hold"
        rightSectionPointerEvents="all"
        rightSection={
          <Popover.Target>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`${props.label}: kalender openen`}
              aria-expanded={opened}
              aria-controls={opened ? calendarId : undefined}
              onClick={() => setOpened((o) => !o)}
            >
              <CalendarIcon />
            </ActionIcon>
          </Popover.Target>
        }
      />
      <Popover.Dropdown id={calendarId}>
        <DatePicker
          value={isoValue}
          defaultDate={isoValue ?? undefined}
          onChange={(v) => pick(v ? String(v).slice(0, 10) : null)}
          allowDeselect={!props.required}
          classNames={{ day: 'date-day' }}
          hideOutsideDates
          ariaLabels={{
            previousMonth: 'Vorige maand',
            nextMonth: 'Volgende maand',
            previousYear: 'Vorig jaar',
            nextYear: 'Volgend jaar',
            previousDecade: 'Vorig decennium',
            nextDecade: 'Volgend decennium',
            monthLevelControl: 'Kies een maand',
            yearLevelControl: 'Kies een jaar',
          }}
        />
      </Popover.Dropdown>
    </Popover>
  );
}

function CalendarIcon() {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M3 10h18M8 3v4M16 3v4" />
    </svg>
  );
}

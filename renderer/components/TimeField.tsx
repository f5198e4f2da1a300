import { TextInput } from '@mantine/core';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { parseDutchTime, TIME_HINT } from '../../shared/times';

/**
 * A time field that reads times the Dutch way (10:00, 10.00, 1000, 930, 10u, 10u30) and holds
 * 'HH:MM'; it shows the time as 10:00 once the field is left. Text that is not a time is kept as
 * typed and passed on as it is, so the form's schema refuses it and nothing wrong is saved; the
 * hint beside the field says how to write a time (as `DateField` does for dates). Enter completes
 * the time (10:00) and never submits the form; Ctrl+Enter or the button does.
 */
export function TimeField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
  placeholder?: string;
}) {
  const { value, onChange } = props;
  const [text, setText] = useState(value);
  const [hint, setHint] = useState<string | null>(null);

  // A value put in from outside (reset, restored draft) shows in the field.
  useEffect(() => {
    setText((current) => ((parseDutchTime(current) ?? current) === value ? current : value));
  }, [value]);

  const type = (next: string) => {
    setText(next);
    setHint(null);
    onChange(parseDutchTime(next) ?? next);
  };

  const settle = () => {
    if (text.trim() === '') return;
    const time = parseDutchTime(text);
    if (time) setText(time);
    else setHint(TIME_HINT);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') settle();
  };

  return (
    <TextInput
      label={props.label}
      required={props.required}
      placeholder={props.placeholder}
      value={text}
      maxLength={10}
      onChange={(e) => type(e.currentTarget.value)}
      onBlur={settle}
      onKeyDown={onKeyDown}
      error={hint ?? props.error}
      autoComplete="off"
      data-enter="hold"
    />
  );
}

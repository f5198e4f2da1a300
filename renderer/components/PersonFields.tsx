import { TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { maxLengthOf } from '../../shared/schemaFields';
import { newContactFields } from '../../shared/schemas/contact';

type PersonField = 'name' | 'function' | 'email' | 'phone';

/**
 * A person's naam, functie, e-mailadres and telefoon: on the person's own form and for a new
 * person in "Rol toewijzen". `keys` names the form's value for each (e.g. name → newName).
 */
export function PersonFields<K extends string>(props: {
  keys: Record<PersonField, K>;
  values: Record<K, string>;
  errors: Record<string, string | undefined>;
  set: (key: K, value: string) => void;
  nameLabel: string;
  functionDescription?: string;
  autoFocus?: boolean;
  /** Shown between the functie and the e-mailadres (the person's organisation). */
  between?: ReactNode;
}) {
  const { keys, values, errors, set } = props;
  const input = (field: PersonField, label: string, extra: object = {}) => (
    <TextInput
      label={label}
      value={values[keys[field]]}
      maxLength={maxLengthOf(newContactFields, field)}
      onChange={(e) => set(keys[field], e.currentTarget.value)}
      error={errors[keys[field]]}
      {...extra}
    />
  );
  return (
    <>
      {input('name', props.nameLabel, {
        required: true,
        'data-autofocus': props.autoFocus || undefined,
      })}
      {input('function', 'Functie', { description: props.functionDescription })}
      {props.between}
      {input('email', 'E-mailadres', { type: 'email' })}
      {input('phone', 'Telefoon', { type: 'tel' })}
    </>
  );
}

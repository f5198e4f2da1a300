import { Select, type ComboboxItem, type SelectProps } from '@mantine/core';
import { useMemo, useState } from 'react';

/** At most this many options are drawn at once; typing narrows them down. */
const SHOWN = 50;

/**
 * A searchable Select for long lists (the region's people: hundreds). Mantine keeps a Select's
 * options in the DOM while it is closed, so thirty of them (one per agenda item) drew some 20,000
 * hidden options and took seconds to open a meeting. This one hands Mantine only the chosen option
 * until the list opens, and then at most 50 matches at a time.
 */
export function LazySelect(props: Omit<SelectProps, 'data'> & { data: ComboboxItem[] }) {
  const { data, value, onDropdownOpen, onDropdownClose, ...rest } = props;
  const [open, setOpen] = useState(false);
  const chosen = useMemo(() => data.filter((o) => o.value === value), [data, value]);
  return (
    <Select
      {...rest}
      value={value}
      data={open ? data : chosen}
      limit={SHOWN}
      searchable
      onDropdownOpen={() => {
        setOpen(true);
        onDropdownOpen?.();
      }}
      onDropdownClose={() => {
        setOpen(false);
        onDropdownClose?.();
      }}
    />
  );
}

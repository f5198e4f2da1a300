import { useEffect, useState } from 'react';

/**
 * How many of `total` heavy parts to draw in full: `first` at once, then `step` more whenever the
 * browser is idle (within 200 ms at the latest), so a long screen is usable at once and complete
 * soon after, without one long task that freezes typing.
 */
export function useProgressive(total: number, first = 3, step = 2): number {
  const [count, setCount] = useState(first);
  useEffect(() => {
    if (count >= total) return;
    const id = requestIdleCallback(() => setCount((c) => c + step), { timeout: 200 });
    return () => cancelIdleCallback(id);
  }, [count, total, step]);
  return count;
}

import { describe, expect, it } from 'vitest';
import { countNl, formatNumberNl } from './numbers';

describe('Dutch numbers', () => {
  it('writes thousands with a dot', () => {
    expect(formatNumberNl(10000)).toBe('10.000');
    expect(formatNumberNl(999)).toBe('999');
    expect(countNl(10000, 'afspraak', 'afspraken')).toBe('10.000 afspraken');
    expect(countNl(1, 'afspraak', 'afspraken')).toBe('1 afspraak');
    expect(countNl(0, 'afspraak', 'afspraken')).toBe('0 afspraken');
  });
});

import { describe, expect, it } from 'vitest';
import { regionTitle, withNoun } from './withNoun';

describe('withNoun: the word for a kind before a name, never twice', () => {
  it('puts the word before a name that lacks it', () => {
    expect(regionTitle('Heuvelrug')).toBe('Regio Heuvelrug');
    expect(withNoun('Overleg', 'Voortgangsgesprek najaar')).toBe(
      'Overleg Voortgangsgesprek najaar',
    );
    expect(withNoun('regio', 'Zuid-Limburg')).toBe('regio Zuid-Limburg');
  });

  it('does not double a word the name already starts with, in any case', () => {
    expect(regionTitle('Regio Heuvelrug')).toBe('Regio Heuvelrug');
    expect(regionTitle('regio Eem')).toBe('regio Eem');
    expect(regionTitle('Regio-Noord')).toBe('Regio-Noord');
    expect(withNoun('regio', 'Regio Heuvelrug')).toBe('Regio Heuvelrug');
    expect(withNoun('Thema', 'Thema Wonen')).toBe('Thema Wonen');
    expect(withNoun('Overleg', 'overleg jeugd')).toBe('overleg jeugd');
  });

  it('matches the whole word only', () => {
    expect(regionTitle('Regionaal netwerk')).toBe('Regio Regionaal netwerk');
    expect(withNoun('Thema', 'Thema’s')).toBe('Thema’s');
    expect(withNoun('Overleg', 'Overlegtafel')).toBe('Overleg Overlegtafel');
  });
});

/**
 * Plain Dutch for zod's own messages (issue 6 B9). zod's Dutch locale leaves English words
 * ("Onbekende keys", "verwacht dat string <=3 tekens heeft"); these cover the issues our schemas
 * produce without a message of their own. Anything not covered falls back to the locale.
 */
import type { z } from 'zod';

const EXPECTED: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een geheel getal',
  boolean: 'ja of nee (true/false)',
  array: 'een lijst',
  object: 'een object',
  date: 'een datum',
  null: 'niets (null)',
};

/** What the input was, in Dutch. */
function received(input: unknown): string {
  if (input === null) return 'niets (null)';
  if (Array.isArray(input)) return 'een lijst';
  switch (typeof input) {
    case 'string':
      return 'tekst';
    case 'number':
      return Number.isNaN(input) ? 'geen geldig getal' : 'een getal';
    case 'boolean':
      return 'ja/nee (true/false)';
    case 'object':
      return 'een object';
    default:
      return 'iets anders';
  }
}

const list = (values: readonly unknown[]) =>
  values.map((v) => (typeof v === 'string' ? `"${v}"` : String(v))).join(', ');

type Issue = z.core.$ZodRawIssue;

function size(issue: Issue & { code: 'too_big' | 'too_small' }): string | undefined {
  const big = issue.code === 'too_big';
  const limit = Number(big ? issue.maximum : issue.minimum);
  const bound = big ? 'hoogstens' : 'minstens';
  switch (issue.origin) {
    case 'string':
      if (!big && limit === 1) return 'Dit veld mag niet leeg zijn';
      return `${big ? 'Te lang' : 'Te kort'}: ${bound} ${limit} tekens`;
    case 'number':
    case 'int':
      return `${big ? 'Te groot' : 'Te klein'}: ${bound} ${limit}`;
    case 'array':
    case 'set':
      return `${big ? 'Te veel' : 'Te weinig'}: ${bound} ${limit} items`;
    default:
      return undefined;
  }
}

/** zod's customError: a Dutch message, or undefined to keep the locale's. */
export function dutchMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Dit veld ontbreekt';
      if (issue.expected === 'int' && typeof issue.input === 'number') {
        return 'Verwacht een geheel getal';
      }
      return `Verwacht ${EXPECTED[issue.expected] ?? issue.expected}, maar kreeg ${received(issue.input)}`;
    case 'unrecognized_keys':
      return issue.keys.length === 1
        ? `Onbekend veld: ${issue.keys[0]}`
        : `Onbekende velden: ${issue.keys.join(', ')}`;
    case 'too_big':
    case 'too_small':
      return size(issue);
    case 'invalid_value':
      return issue.values.length === 1
        ? `Verwacht ${list(issue.values)}`
        : `Kies een van: ${list(issue.values)}`;
    case 'invalid_format':
      if (issue.format === 'uuid' || issue.format === 'guid') return 'Ongeldige id';
      if (issue.format === 'datetime') return 'Ongeldig tijdstip';
      if (issue.format === 'email') return 'Ongeldig e-mailadres';
      return undefined;
    default:
      return undefined;
  }
}

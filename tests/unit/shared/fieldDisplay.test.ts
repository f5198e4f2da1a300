import { describe, expect, it } from 'vitest';
import { AUDITED_FIELDS } from '../../../db/entityKinds';
import { ENTITIES } from '../../../shared/domain';
import { displayRule } from '../../../shared/fieldDisplay';
import { FIELD_LABELS, hasFieldLabel } from '../../../shared/fieldLabels';
import { AGREEMENT_TEXT_FIELDS } from '../../../shared/schemas/agreement';
import { agendaItemText, meetingText } from '../../../shared/schemas/meeting';

/**
 * The changes the repositories record beside the audited columns: an agreement's sets and its
 * review, a meeting's invitees (db/agreements.ts, db/agreementActivity.ts, db/meetings.ts).
 */
const BESIDE_COLUMNS: Partial<Record<(typeof ENTITIES)[number], readonly string[]>> = {
  agreement: ['themes', 'parties', 'financing', 'review'],
  meeting: ['attendees'],
};

describe('every audited field has a Dutch label and a display rule', () => {
  const audited = ENTITIES.flatMap((entity) =>
    [...AUDITED_FIELDS[entity], ...(BESIDE_COLUMNS[entity] ?? [])].map(
      (field) => [entity, field] as const,
    ),
  );

  it.each(audited)('%s.%s', (entity, field) => {
    expect(hasFieldLabel(field, entity), `no Dutch label for ${entity}.${field}`).toBe(true);
    expect(displayRule(entity, field), `no display rule for ${entity}.${field}`).toBeDefined();
  });

  it('covers the text fields of every field set, and no label is a raw field name', () => {
    for (const field of [...AGREEMENT_TEXT_FIELDS, ...meetingText.keys, ...agendaItemText.keys]) {
      expect(hasFieldLabel(field), `no Dutch label for ${field}`).toBe(true);
    }
    for (const [field, label] of Object.entries(FIELD_LABELS)) {
      expect(label, field).not.toBe(field);
      expect(label, field).toMatch(/^[A-Z]/);
    }
  });

  it('shows ids as names and choices by their Dutch label, for the kind of record', () => {
    expect(displayRule('meeting', 'chairId')).toEqual({ ref: 'contact' });
    expect(displayRule('actionItem', 'ownerId')).toEqual({ ref: 'contact' });
    expect(displayRule('actionItem', 'status')).toEqual({
      labels: { open: 'Open', afgerond: 'Afgerond' },
    });
    expect(displayRule('meeting', 'startTime')).toBe('time');
    expect(displayRule('meeting', 'noSuchField')).toBeUndefined();
  });
});

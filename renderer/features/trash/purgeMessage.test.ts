import { describe, expect, it } from 'vitest';
import { purgeMessage } from './purgeMessage';

describe('purgeMessage', () => {
  it('names what goes with the item', () => {
    expect(purgeMessage({ label: 'Gemeente Zeist', includes: '2 personen en 2 rollen' })).toBe(
      'Gemeente Zeist wordt samen met 2 personen en 2 rollen definitief verwijderd, met de geschiedenis ervan. Dit kan niet ongedaan worden gemaakt. Regiodossier zorgt dat deze gegevens vooraf in een back-up staan. Back-ups bewaren ze tot ze volgens de bewaartermijn vervallen, binnen ongeveer vijf maanden; vermeld dat bij een verzoek om verwijdering (AVG).',
    );
  });
  it('says only the item when nothing goes with it', () => {
    expect(purgeMessage({ label: 'Rol van Anna', includes: '' })).toMatch(
      /^Rol van Anna wordt definitief verwijderd/,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { handoverDocument, handoverFileName } from '../../../electron/dossier/handoverDocument';
import type { Handover } from '../../../shared/schemas/handover';

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const base: Handover = {
  person: {
    id: ID(1),
    name: 'Anna <de> Vries',
    function: 'Beleidsadviseur',
    partyName: 'Gemeente Zeist',
    email: 'anna@zeist.nl',
  },
  day: '2026-11-22',
  roles: [],
  ownedAgreements: [],
  involvedAgreements: [],
  involvedTotal: 0,
  openActions: [],
  meetings: [],
  conversations: [],
  contacts: [],
};

/** The overdracht's HTML (electron/dossier/handoverDocument.ts) without printing it. */
describe('the overdracht document', () => {
  it('says per part that there is nothing, and escapes every text', () => {
    const html = handoverDocument(base);
    expect(html).toContain('<h1>Overdracht Anna &lt;de&gt; Vries</h1>');
    expect(html).toContain('Geen huidige rollen.');
    expect(html).toContain('Geen lopende afspraken als eigenaar.');
    expect(html).toContain('Geen lopende afspraken van anderen waaraan Gemeente Zeist deelneemt.');
    expect(html).toContain('Geen open actiepunten.');
    expect(html).not.toContain('<table');
    expect(handoverFileName(base)).toBe('Overdracht Anna -de- Vries 2026-11-22.pdf');
  });

  it('keeps a name with markup inside the footer’s CSS string', () => {
    const html = handoverDocument({
      ...base,
      person: { ...base.person, name: 'X</style><h1>Gehackt</h1>' },
    });
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).toContain('"Overdracht X\\3C /style>\\3C h1>Gehackt\\3C /h1> · 22 november 2026');
    expect(html).not.toContain('<h1>Gehackt');
  });

  it('names one region above the title, and gives each row its region when there are more', () => {
    const action = (n: number, regionName: string) => ({
      id: ID(n),
      text: `Actie ${n}`,
      dueDate: '2026-11-01',
      source: 'verslag' as const,
      sourceId: ID(90 + n),
      sourceTitle: 'Werkbezoek',
      regionName,
    });
    const one = handoverDocument({ ...base, openActions: [action(2, 'Regio Oost')] });
    expect(one).toContain('<p class="cover-kind">Regio Oost</p>');
    expect(one).not.toContain('<th scope="col">Regio</th>');
    expect(one).toContain('Gespreksverslag: Werkbezoek');
    expect(one).toContain('(over de datum)');
    const two = handoverDocument({
      ...base,
      openActions: [action(2, 'Regio Oost'), action(3, 'Regio West')],
      involvedAgreements: [
        { id: ID(4), title: 'Valpreventie', status: 'in_uitvoering', regionName: 'Regio West' },
      ],
      involvedTotal: 51,
    });
    expect(two).not.toContain('<p class="cover-kind">');
    expect(two.match(/<th scope="col">Regio<\/th>/g)).toHaveLength(2);
    expect(two).toContain('<td>Regio West</td>');
    expect(two).toContain(
      '51 lopende afspraken waaraan Gemeente Zeist deelneemt, met een andere eigenaar; de eerste 1.',
    );
  });
});

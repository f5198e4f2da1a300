/** A region with parties, a person and the default themes, and a builder for agreements. */
import type { Input } from '../../shared/api/contract';
import type { AgreementDetail } from '../../shared/schemas/agreement';
import type { TestApi } from '../fixtures/api';
import { addContact, addParty, addRegion, themeId } from '../fixtures/register';

export function seed(api: TestApi) {
  api.call('settings.update', { userName: 'Anna de Vries', organisation: 'Gemeente Leeuwarden' });
  const region = addRegion(api, 'Friesland');
  const gemeente = addParty(api, region.id, 'Gemeente Leeuwarden');
  const verzekeraar = addParty(api, region.id, 'De Friesland Zorgverzekeraar', 'zorgverzekeraar');
  const owner = addContact(api, gemeente.id, 'Jan Jansen', { function: 'Beleidsadviseur' });
  const ouderen = themeId(api, 'Ouderen');
  const ggz = themeId(api, 'GGZ');
  const preventie = themeId(api, 'Preventie');
  return { region, gemeente, verzekeraar, owner, ouderen, ggz, preventie };
}
export type World = ReturnType<typeof seed>;

export function agreementInput(
  w: World,
  extra: Partial<Input<'agreements.create'>> = {},
): Input<'agreements.create'> {
  return {
    regionId: w.region.id,
    title: 'Valpreventie voor thuiswonende ouderen',
    descriptionHtml: '<p>Samen <strong>valpreventie</strong> aanbieden in alle gemeenten.</p>',
    themeIds: [w.ouderen, w.preventie],
    parties: [
      { partyId: w.gemeente.id, role: 'trekker' },
      { partyId: w.verzekeraar.id, role: 'financier' },
    ],
    ownerId: w.owner.id,
    financing: ['wmo', 'zvw'],
    startDate: '2027-01-01',
    endDate: '2028-12-31',
    nextEvaluation: '2027-06-01',
    ...extra,
  };
}

/** The update input that keeps everything of `detail` as it is. */
export function sameAsNow(d: AgreementDetail): Input<'agreements.update'> {
  return {
    id: d.id,
    title: d.title,
    caseNumber: d.caseNumber,
    descriptionHtml: d.descriptionHtml,
    themeIds: d.themes.map((t) => t.id),
    parties: d.parties.map((p) => ({ partyId: p.partyId, role: p.role })),
    ownerId: d.ownerId,
    financing: d.financing,
    adoptedOn: d.adoptedOn,
    startDate: d.startDate,
    endDate: d.endDate,
    nextEvaluation: d.nextEvaluation,
    dekking: d.dekking,
    confidential: d.confidential,
  };
}

/** Row counts of every agreement table plus the audit log: to prove that nothing changed. */
export function agreementCounts(api: TestApi): Record<string, number> {
  const tables = [
    'agreement',
    'agreement_theme',
    'agreement_party',
    'agreement_financing',
    'agreement_status_change',
    'progress_update',
    'agreement_review',
    'audit_log',
  ];
  return Object.fromEntries(tables.map((t) => [t, api.count(t)]));
}

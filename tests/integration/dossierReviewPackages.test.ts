/**
 * Issue 23 in the regiodossier: a review read in from a beoordelingspakket on a version that has
 * changed since says so, with what changed; its remark stays text. The HTML the PDF is printed
 * from, without printing it (dossierPdfContent.test.ts prints the demo).
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { collectDossier } from '../../electron/dossier/collect';
import { dossierDocument } from '../../electron/dossier/document';
import { dossierOptions } from '../../shared/schemas/dossier';
import { makeApi, type TestApi } from '../fixtures/api';
import { answeredPackage } from './reviewPackagesSeed';

let api: TestApi;
beforeEach(async () => {
  api = await makeApi();
});
afterEach(() => api.close());

it('marks a review on an earlier version in the afspraken, with what changed', () => {
  const { w } = answeredPackage(api);
  const data = collectDossier(
    api.call,
    dossierOptions.parse({ regionId: w.region.id, sections: ['afspraken'] }),
    '2026-11-22',
  );
  const html = dossierDocument(data);
  expect(html).toContain(
    'Marja Wethouder: akkoord <span class="muted">(beoordeeld op een eerdere versie; sindsdien gewijzigd: Titel)</span>',
  );
  // The other agreement was reviewed as it stands: no mark.
  expect(html).toContain('Marja Wethouder: opmerking — Kosten?</li>');
});

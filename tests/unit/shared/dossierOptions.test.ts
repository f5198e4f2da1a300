import { describe, expect, it } from 'vitest';
import { DOSSIER_SECTIONS, dossierOptions } from '../../../shared/schemas/dossier';

const regionId = '00000000-0000-4000-8000-000000000001';

describe('the dossier’s options', () => {
  it('puts the sections in the dossier’s order, once each, whatever order they were chosen in', () => {
    const o = dossierOptions.parse({
      regionId,
      sections: ['monitor', 'samenvatting', 'verslagen', 'samenvatting'],
    });
    expect(o.sections).toEqual(['samenvatting', 'verslagen', 'monitor']);
    expect(dossierOptions.parse({ regionId }).sections).toEqual(
      DOSSIER_SECTIONS.filter((s) => s !== 'historie'),
    );
  });
});

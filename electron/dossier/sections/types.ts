import type { DossierSection } from '../../../shared/schemas/dossier';
import type { DossierData } from '../collect';

/** One section of the dossier: its heading (h1, a bookmark and a TOC entry) and its body. */
export interface SectionModule {
  id: DossierSection;
  title: string;
  render: (data: DossierData) => string;
}

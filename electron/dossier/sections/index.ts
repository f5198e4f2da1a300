import type { DossierSection } from '../../../shared/schemas/dossier';
import { agreementsSection } from './agreements';
import { conversationsSection } from './conversations';
import { decisionsSection } from './decisions';
import { historySection } from './history';
import { actionsSection, meetingsSection } from './meetings';
import { monitorSection } from './monitor';
import { partiesSection } from './parties';
import { rolesSection } from './roles';
import { summarySection } from './summary';
import type { SectionModule } from './types';

/** Every section, in the dossier's order. A new section is a module here (and its id). */
export const SECTIONS: Record<DossierSection, SectionModule> = {
  samenvatting: summarySection,
  partijen: partiesSection,
  rollen: rolesSection,
  afspraken: agreementsSection,
  overleggen: meetingsSection,
  besluiten: decisionsSection,
  verslagen: conversationsSection,
  monitor: monitorSection,
  actiepunten: actionsSection,
  historie: historySection,
};
export type { SectionModule };

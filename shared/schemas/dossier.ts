import { z } from '../zod';
import { id, optionalDate, optionalText } from './common';

/**
 * The regiodossier as PDF (issue 8): which region, which period and sections, and how it is
 * marked. The sections are modules of electron/dossier/sections; a new one is one more entry.
 */
export const DOSSIER_SECTIONS = [
  'samenvatting',
  'partijen',
  'rollen',
  'afspraken',
  'overleggen',
  'besluiten',
  'verslagen',
  'monitor',
  'actiepunten',
  'historie',
] as const;
export type DossierSection = (typeof DOSSIER_SECTIONS)[number];

export const DOSSIER_SECTION_LABELS: Record<DossierSection, string> = {
  samenvatting: 'Samenvatting',
  partijen: 'Partijen en aanspreekpunten',
  rollen: 'Rollen en mandaten',
  afspraken: 'Afspraken',
  overleggen: 'Overleggen met besluiten en actiepunten',
  besluiten: 'Besluitenlijst',
  verslagen: 'Gespreksverslagen',
  monitor: 'Samenwerkingsmonitor',
  actiepunten: 'Open actiepunten',
  historie: 'Bijlage: wijzigingshistorie',
};
/** What a dossier holds unless chosen otherwise: everything but the annex. */
export const DEFAULT_DOSSIER_SECTIONS = DOSSIER_SECTIONS.filter((s) => s !== 'historie');

export const DOSSIER_MARKINGS = ['geen', 'concept', 'vertrouwelijk'] as const;
export type DossierMarking = (typeof DOSSIER_MARKINGS)[number];
export const DOSSIER_MARKING_LABELS: Record<DossierMarking, string> = {
  geen: '',
  concept: 'Concept',
  vertrouwelijk: 'Vertrouwelijk',
};

export const dossierOptions = z
  .object({
    regionId: id,
    from: optionalDate,
    to: optionalDate,
    sections: z
      .array(z.enum(DOSSIER_SECTIONS, { error: 'Onbekend onderdeel' }))
      .min(1, { error: 'Kies minstens één onderdeel' })
      .default([...DEFAULT_DOSSIER_SECTIONS]),
    /** Minutes in the dossier: only vastgestelde, or concept ones as well. */
    minutes: z.enum(['vastgesteld', 'alle']).default('vastgesteld'),
    /** Off: per meeting only the agenda with its besluiten and actiepunten (issue 21). */
    minutesText: z.boolean().default(true),
    includeConfidential: z.boolean().default(false),
    /**
     * Afspraken with a card each (a page or so per afspraak), or only the register's overview
     * table: what makes a large region printable (electron/dossier/dossierSize.ts).
     */
    cards: z.boolean().default(true),
    /** Left out: Vertrouwelijk when confidential items are in, else none. */
    marking: z.enum(DOSSIER_MARKINGS).optional(),
    title: optionalText('Titel', 200, 'single'),
    author: optionalText('Auteur', 200, 'single'),
  })
  .strict()
  .superRefine((v, ctx) => {
    // Confidential text never goes out unmarked (issue 21).
    if (v.includeConfidential && v.marking === 'geen') {
      ctx.addIssue({
        code: 'custom',
        path: ['marking'],
        message: 'Met vertrouwelijke stukken erin krijgt het dossier een markering',
      });
    }
    if (v.from && v.to && v.to < v.from) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: 'De einddatum ligt vóór de begindatum',
      });
    }
  })
  .transform((v) => ({
    ...v,
    // In the dossier's own order, once each, whatever order they were chosen in.
    sections: DOSSIER_SECTIONS.filter((id) => v.sections.includes(id)),
    marking: v.marking ?? (v.includeConfidential ? ('vertrouwelijk' as const) : ('geen' as const)),
  }));
export type DossierOptions = z.output<typeof dossierOptions>;

import { z } from '../zod';

const rows = z.array(z.record(z.string(), z.unknown()));

/**
 * Everything stored about one person, for an access request under the AVG (inzageverzoek):
 * Dutch keys, because the file goes to the person it is about (shared/personalDataKeys.ts,
 * docs/avg-export.md).
 */
export const personalDataExport = z.object({
  soort: z.literal('Regiodossier: persoonsgegevens (inzageverzoek AVG)'),
  gemaaktOp: z.string(),
  toelichting: z.string(),
  persoon: z.record(z.string(), z.unknown()),
  rollen: rows,
  afsprakenAlsEigenaar: rows,
  overleggen: rows,
  /** Added with the gespreksverslagen (issue 22): those the person took part in. */
  gespreksverslagen: rows,
  actiepunten: rows,
  geschiedenisVanDezePersoon: rows,
  wijzigingenAlsGebruiker: z.object({
    aantal: z.number().int(),
    eerste: z.string().nullable(),
    laatste: z.string().nullable(),
  }),
  voortgangsberichtenGeschreven: rows,
  statuswijzigingenGemaakt: rows,
  beoordelingenGegeven: rows,
  /** Added with the beoordelingspakketten (issue 23): those sent to the person. */
  beoordelingspakkettenOntvangen: rows,
  besluitenDieDeNaamNoemen: rows,
  uitnodigingenAlsGast: rows,
  vastgesteldeNotulenDieDeNaamNoemen: rows,
  naamGenoemdIn: rows,
});
export type PersonalDataExport = z.infer<typeof personalDataExport>;

import { personalDataOf } from '../../db/personalData';
import { DomainError } from '../../shared/api/result';
import {
  ACTION_STATUS_LABELS,
  AGREEMENT_STATUS_LABELS,
  ATTENDANCE_LABELS,
  ROLE_KIND_LABELS,
} from '../../shared/domain';
import type { PersonalDataExport } from '../../shared/schemas/personalData';
import { defineHandlers } from './handler';

const label = (labels: Record<string, string>, value: unknown) =>
  typeof value === 'string' ? (labels[value] ?? value) : value;
const trashed = (row: Record<string, unknown>) => {
  const { deleted_at: deletedAt, ...rest } = row;
  return deletedAt ? { ...rest, inPrullenbakSinds: deletedAt } : rest;
};

/** The access request's export: db/personalData.ts, with Dutch labels for the coded values. */
export const personalDataHandlers = defineHandlers({
  'contacts.personalData': (ctx, { id }): PersonalDataExport => {
    const data = personalDataOf(ctx.repos.db, id);
    if (!data) throw new DomainError('not_found', 'Deze persoon bestaat niet (meer).');
    return {
      soort: 'Regiodossier: persoonsgegevens (inzageverzoek AVG)',
      gemaaktOp: ctx.clock().toISOString(),
      toelichting:
        'Alles wat dit dossier over deze persoon bevat, ook wat in de Prullenbak staat ' +
        '(inPrullenbakSinds). "naamGenoemdIn" zijn plaatsen in vrije tekst waar de naam voorkomt; ' +
        'controleer die voor u het bestand verstrekt. Back-ups bevatten deze gegevens ook, tot ze ' +
        'volgens de bewaartermijn vervallen.',
      persoon: trashed({ ...data.person, active: data.person.active === 1 }),
      rollen: data.roles.map((r) => trashed({ ...r, role: label(ROLE_KIND_LABELS, r.role) })),
      afsprakenAlsEigenaar: data.agreements.map((a) =>
        trashed({ ...a, status: label(AGREEMENT_STATUS_LABELS, a.status) }),
      ),
      overleggen: data.meetings.map((m) =>
        trashed({ ...m, attendance: label(ATTENDANCE_LABELS, m.attendance) }),
      ),
      actiepunten: data.actions.map((a) =>
        trashed({ ...a, status: label(ACTION_STATUS_LABELS, a.status) }),
      ),
      geschiedenisVanDezePersoon: data.history,
      wijzigingenAlsGebruiker: {
        aantal: data.asUser.n,
        eerste: data.asUser.first,
        laatste: data.asUser.last,
      },
      naamGenoemdIn: data.mentions,
    };
  },
});

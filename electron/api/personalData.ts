import { personalDataOf } from '../../db/personalData';
import { DomainError } from '../../shared/api/result';
import {
  ACTION_STATUS_LABELS,
  AGREEMENT_STATUS_LABELS,
  ATTENDANCE_LABELS,
  CONVERSATION_KIND_LABELS,
  REVIEW_VERDICT_LABELS,
  ROLE_KIND_LABELS,
} from '../../shared/domain';
import { fieldLabel } from '../../shared/fieldLabels';
import { withDutchKeys } from '../../shared/personalDataKeys';
import type { PersonalDataExport } from '../../shared/schemas/personalData';
import { defineHandlers } from './handler';

type Row = Record<string, unknown>;
const label = (labels: Record<string, string>, value: unknown) =>
  typeof value === 'string' ? (labels[value] ?? value) : value;
/** Rows with coded values in Dutch (`column` → its labels) and Dutch keys. */
const dutchRows = (rows: Row[], labels: Record<string, Record<string, string>> = {}) =>
  rows.map(
    (row) =>
      withDutchKeys(
        Object.fromEntries(
          Object.entries(row).map(([k, v]) => [k, labels[k] ? label(labels[k], v) : v]),
        ),
      ) as Row,
  );
/** An audit entry's changes as a list of Dutch field names with old and new value. */
const changeList = (changes: unknown) =>
  Object.entries((changes ?? {}) as Record<string, { from: unknown; to: unknown }>).map(
    ([field, { from, to }]) => ({ field: fieldLabel(field), from, to }),
  );

/** The access request's export: db/personalData.ts, with Dutch keys and labels. */
export const personalDataHandlers = defineHandlers({
  'contacts.personalData': (ctx, { id }): PersonalDataExport => {
    const data = personalDataOf(ctx.repos.db, id);
    if (!data) throw new DomainError('not_found', 'Deze persoon bestaat niet (meer).');
    const attendance = { attendance: ATTENDANCE_LABELS };
    return {
      soort: 'Regiodossier: persoonsgegevens (inzageverzoek AVG)',
      gemaaktOp: ctx.clock().toISOString(),
      toelichting:
        'Alles wat dit dossier over deze persoon bevat, ook wat in de Prullenbak staat ' +
        '(inPrullenbakSinds). "naamGenoemdIn" zijn plaatsen in vrije tekst waar de naam of het ' +
        'e-mailadres voorkomt; controleer die voor u het bestand verstrekt. Back-ups bevatten ' +
        'deze gegevens ook, tot ze volgens de bewaartermijn vervallen.',
      persoon: withDutchKeys({ ...data.person, active: data.person.active === 1 }) as Row,
      rollen: dutchRows(data.roles, { role: ROLE_KIND_LABELS }),
      afsprakenAlsEigenaar: dutchRows(data.agreements, { status: AGREEMENT_STATUS_LABELS }),
      overleggen: dutchRows(data.meetings, attendance),
      gespreksverslagen: dutchRows(data.conversations, { kind: CONVERSATION_KIND_LABELS }),
      actiepunten: dutchRows(data.actions, { status: ACTION_STATUS_LABELS }),
      geschiedenisVanDezePersoon: dutchRows(
        data.history.map((e) => ({ ...e, changes: changeList(e.changes) })),
      ),
      wijzigingenAlsGebruiker: {
        aantal: data.asUser.n,
        eerste: data.asUser.first,
        laatste: data.asUser.last,
      },
      voortgangsberichtenGeschreven: dutchRows(data.progress),
      statuswijzigingenGemaakt: dutchRows(data.statusChanges, {
        from_status: AGREEMENT_STATUS_LABELS,
        to_status: AGREEMENT_STATUS_LABELS,
      }),
      beoordelingenGegeven: dutchRows(data.reviews, { verdict: REVIEW_VERDICT_LABELS }),
      beoordelingspakkettenOntvangen: dutchRows(data.reviewPackages),
      besluitenDieDeNaamNoemen: dutchRows(data.decisions),
      uitnodigingenAlsGast: dutchRows(data.guestInvitations, attendance),
      vastgesteldeNotulenDieDeNaamNoemen: dutchRows(
        data.minutesVersions.map((v) => ({
          ...v,
          attendance: v.attendance.map((a) => label(ATTENDANCE_LABELS, a)),
        })),
      ),
      naamGenoemdIn: dutchRows(data.mentions),
    };
  },
});

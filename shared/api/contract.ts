/**
 * The API contract: every method the app offers, with its zod input and output schema.
 * One handler table (electron/api) implements it; IPC, the CLI and the browser-mode server call it.
 */
import { isMethodName, type MethodName } from './bridge';
import { z } from '../zod';
import { byId, emptyInput, id, ok } from '../schemas/common';
import {
  contact,
  contactFields,
  contactListItem,
  contactListQuery,
  contactUpdate,
} from '../schemas/contact';
import {
  deleteImpact,
  membership,
  membershipFields,
  membershipUpdate,
  party,
  partyCreate,
  partyDetail,
  partyListItem,
  partyListQuery,
  partyUpdate,
} from '../schemas/party';
import { region, regionFields, regionUpdate } from '../schemas/region';
import {
  reviewPackageList,
  reviewPackagePreview,
  reviewPackagePreviewInput,
  reviewPackagesOfAgreement,
  reviewResponseImported,
  reviewResponseImportInput,
} from '../schemas/reviewPackage';
import {
  overview,
  roleAssignment,
  roleAssignmentEnd,
  roleAssignmentFields,
  roleAssignmentUpdate,
  roleListItem,
  roleListQuery,
} from '../schemas/roleAssignment';
import {
  appInfo,
  historyEntry,
  historyQuery,
  settings,
  settingsUpdate,
  trashItem,
  trashRef,
} from '../schemas/system';
import { theme, themeArchive, themeFields, themeListQuery, themeRename } from '../schemas/theme';
import { exchangeDocument, importResult } from '../exchange/schema';
import {
  agreement,
  agreementCreate,
  agreementDetail,
  agreementTransition,
  agreementUndoTransition,
  agreementUpdate,
  progressCreate,
  progressUpdate,
  reviewCreate,
  reviewRequest,
} from '../schemas/agreement';
import {
  agreementList,
  agreementPage,
  agreementListQuery,
  agreementFilterQuery,
  csvExport,
  csvExportQuery,
} from '../schemas/agreementList';
import { agreementSummary, dashboard } from '../schemas/agreementDashboard';
import { personalDataExport } from '../schemas/personalData';
import { purgeMention, trashPurge } from '../schemas/purge';
import { backupFolderUpdate, backupStatus, backupSummary } from '../schemas/backup';
import {
  actionCreate,
  actionItem,
  actionStatusSet,
  actionUpdate,
  agendaItem,
  agendaItemCreate,
  agendaItemMove,
  agendaItemUpdate,
  aanspreekpuntenInvite,
  aanspreekpuntenInvited,
  attendanceSet,
  attendeesSet,
  decision,
  decisionApply,
  decisionCreate,
  decisionUpdate,
  meeting,
  meetingCreate,
  meetingCycle,
  planNext,
  meetingDetail,
  meetingListQuery,
  meetingPage,
  meetingUpdate,
  minutesApprove,
  minutesCorrect,
  minutesSave,
  minutesSaved,
  minutesStored,
  minutesVersion,
} from '../schemas/meeting';

import {
  conversation,
  conversationCorrect,
  conversationCreate,
  conversationDetail,
  conversationListQuery,
  conversationLock,
  conversationPage,
  conversationUpdate,
  conversationVersion,
  reportSave,
  reportSaved,
  reportStored,
} from '../schemas/conversation';
import { surveySet } from '../schemas/survey';
import { monitor } from '../schemas/monitor';
import { handover, handoverDone, handoverPerform, handoverQuery } from '../schemas/handover';
import { actionListQuery, actionPage, actionStatusMany, myActions } from '../schemas/actionList';
import { conversationTemplates } from '../schemas/conversationTemplates';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({
  input,
  output,
});

export const contract = {
  'app.info': method(emptyInput, appInfo),

  'regions.list': method(emptyInput, z.array(region)),
  'regions.get': method(byId, region),
  /** Also makes the new region the current one. */
  'regions.create': method(regionFields, region),
  'regions.update': method(regionUpdate, region),
  'regions.deleteImpact': method(byId, deleteImpact),
  'regions.delete': method(byId, ok),

  'parties.list': method(partyListQuery, z.array(partyListItem)),
  'parties.get': method(byId, partyDetail),
  'parties.create': method(partyCreate, party),
  'parties.update': method(partyUpdate, party),
  'parties.deleteImpact': method(byId, deleteImpact),
  'parties.delete': method(byId, ok),

  'memberships.create': method(membershipFields, membership),
  'memberships.update': method(membershipUpdate, membership),
  'memberships.delete': method(byId, ok),

  'contacts.list': method(contactListQuery, z.array(contactListItem)),
  'contacts.get': method(byId, contact),
  'contacts.create': method(contactFields, contact),
  'contacts.update': method(contactUpdate, contact),
  'contacts.deleteImpact': method(byId, deleteImpact),
  'contacts.delete': method(byId, ok),
  /** Everything stored about this person, for an access request under the AVG. */
  'contacts.personalData': method(byId, personalDataExport),

  'roles.list': method(roleListQuery, z.array(roleListItem)),
  'roles.get': method(byId, roleAssignment),
  'roles.create': method(roleAssignmentFields, roleAssignment),
  'roles.update': method(roleAssignmentUpdate, roleAssignment),
  'roles.end': method(roleAssignmentEnd, roleAssignment),
  'roles.delete': method(byId, ok),
  'roles.overview': method(z.object({ regionId: z.uuid() }).strict(), overview),

  'themes.list': method(themeListQuery, z.array(theme)),
  'themes.create': method(themeFields, theme),
  'themes.rename': method(themeRename, theme),
  'themes.archive': method(themeArchive, theme),

  'trash.list': method(emptyInput, z.array(trashItem)),
  'trash.restore': method(trashRef, ok),
  'trash.mentions': method(trashRef, z.array(purgeMention)),
  'trash.purge': method(trashPurge, ok),

  'history.list': method(historyQuery, z.array(historyEntry)),

  'settings.get': method(emptyInput, settings),
  'settings.update': method(settingsUpdate, settings),

  'agreements.list': method(agreementListQuery, agreementList),
  'agreements.page': method(agreementListQuery, agreementPage),
  /** The ids of every agreement the filters match, in the list's order (select all). */
  'agreements.listIds': method(agreementFilterQuery, z.array(id)),
  'agreements.get': method(byId, agreementDetail),
  'agreements.create': method(agreementCreate, agreement),
  'agreements.update': method(agreementUpdate, agreement),
  'agreements.transition': method(agreementTransition, agreement),
  'agreements.undoTransition': method(agreementUndoTransition, agreement),
  'agreements.addProgress': method(progressCreate, progressUpdate),
  'agreements.requestReview': method(reviewRequest, z.object({ count: z.number().int() })),
  'agreements.review': method(reviewCreate, z.object({ count: z.number().int() })),
  /** What goes to the Prullenbak with the agreement (its progress updates), in Dutch. */
  'agreements.deleteImpact': method(byId, deleteImpact),
  'agreements.delete': method(byId, ok),

  /** One page of a region's meetings, newest first, with the total. */
  'meetings.list': method(meetingListQuery, meetingPage),
  'meetings.get': method(byId, meetingDetail),
  'meetings.create': method(meetingCreate, meeting),
  'meetings.update': method(meetingUpdate, meeting),
  'meetings.setAttendees': method(attendeesSet, meetingDetail),
  'meetings.setAttendance': method(attendanceSet, ok),
  'meetings.inviteAanspreekpunten': method(aanspreekpuntenInvite, aanspreekpuntenInvited),
  'meetings.cycle': method(z.object({ regionId: id }).strict(), meetingCycle),
  'meetings.planNext': method(planNext, meeting),
  'meetings.calendar': method(
    byId,
    z.object({ fileName: z.string(), ics: z.string(), invitation: z.string() }),
  ),
  'meetings.deleteImpact': method(byId, deleteImpact),
  'meetings.delete': method(byId, ok),
  'agenda.add': method(agendaItemCreate, agendaItem),
  'agenda.update': method(agendaItemUpdate, agendaItem),
  /** The meeting's agenda in its new order. */
  'agenda.move': method(agendaItemMove, z.array(agendaItem)),
  'agenda.delete': method(byId, ok),
  /** The autosave of one item's minutes: answers the sanitised HTML as stored. */
  /** The stored minutes of one item, newest: what an editor starts from. */
  'agenda.minutes': method(byId, minutesStored),
  'agenda.saveMinutes': method(minutesSave, minutesSaved),
  'decisions.add': method(decisionCreate, decision),
  'decisions.update': method(decisionUpdate, decision),
  'decisions.delete': method(byId, ok),
  /** A besluit changes an afspraak (status, bestuurlijke dekking); both then show the link. */
  'decisions.applyToAgreement': method(decisionApply, agreement),
  /** Removes a link made by mistake; the afspraak itself stays as it is. */
  'decisions.unlink': method(z.object({ decisionId: id, agreementId: id }).strict(), ok),
  'actions.add': method(actionCreate, actionItem),
  'actions.update': method(actionUpdate, actionItem),
  'actions.setStatus': method(actionStatusSet, actionItem),
  'actions.delete': method(byId, ok),
  /** The actiepunten-overzicht: a region's actions of overleggen and gespreksverslagen. */
  'actions.list': method(actionListQuery, actionPage),
  /** Afgerond (or open again) for several at once, in one transaction. */
  'actions.setStatusMany': method(actionStatusMany, z.object({ count: z.number().int() })),
  /** The Overzicht: the user's open actions and the overdue counts. */
  'actions.mine': method(z.object({ regionId: id }).strict(), myActions),
  'minutes.approve': method(minutesApprove, meeting),
  'minutes.correct': method(minutesCorrect, meeting),
  /** The vastgestelde versions of a meeting's minutes, newest first. */
  'minutes.versions': method(byId, z.array(minutesVersion)),
  /** One page of a region's gespreksverslagen, newest first (also per party or agreement). */
  'conversations.list': method(conversationListQuery, conversationPage),
  'conversations.get': method(byId, conversationDetail),
  /** The verslag starts from the template of its soort (Instellingen) unless a text is given. */
  'conversations.create': method(conversationCreate, conversation),
  'conversations.update': method(conversationUpdate, conversation),
  /** The stored verslag text, newest: what an editor starts from. */
  'conversations.report': method(byId, reportStored),
  /** The autosave of the verslag's text, as agenda.saveMinutes. */
  'conversations.saveReport': method(reportSave, reportSaved),
  /** Sets or (null) removes the enquête. */
  'conversations.setSurvey': method(surveySet, conversationDetail),
  /** Vastleggen: the verslag becomes read-only; this version is kept. */
  'conversations.lock': method(conversationLock, conversation),
  /** A correction: a new concept version; the vastgelegde one stays with the reason. */
  'conversations.correct': method(conversationCorrect, conversation),
  'conversations.versions': method(byId, z.array(conversationVersion)),
  'conversations.deleteImpact': method(byId, deleteImpact),
  'conversations.delete': method(byId, ok),
  /** Beoordelingspakketten (issue 23): what a source gives (the dialog), before it is made. */
  'reviewPackages.preview': method(reviewPackagePreviewInput, reviewPackagePreview),
  /** The region's packages: to whom, sent, reply-by, answered; open and overdue counted. */
  'reviewPackages.list': method(z.object({ regionId: id }).strict(), reviewPackageList),
  /** The packages an agreement was in, and which of its reviews came from one. */
  'reviewPackages.forAgreement': method(byId, reviewPackagesOfAgreement),
  /** A response file's text read in: its verdicts become reviews (all or nothing). */
  'reviewPackages.importResponse': method(reviewResponseImportInput, reviewResponseImported),
  /** Overdracht: what a leaving person carries. */
  'handover.get': method(handoverQuery, handover),
  /** Gives roles, agreements and open actions to a successor in one step; the roles end. */
  'handover.perform': method(handoverPerform, handoverDone),
  /** The samenwerkingsmonitor: the enquêtes' rapportcijfers over time and the factors named. */
  'monitor.get': method(
    z
      .object({
        regionId: id,
        /** The dossier PDF leaves vertrouwelijke verslagen out unless asked (the screen: all). */
        includeConfidential: z.boolean().default(true),
      })
      .strict(),
    monitor,
  ),
  /** The templates per soort that fill an empty verslag. */
  'conversations.templates': method(emptyInput, conversationTemplates),
  'conversations.setTemplates': method(conversationTemplates, conversationTemplates),
  'agreements.dashboard': method(z.object({ regionId: z.uuid() }).strict(), dashboard),
  'agreements.summary': method(z.object({ regionId: z.uuid() }).strict(), agreementSummary),
  'agreements.exportCsv': method(csvExportQuery, csvExport),

  'dossier.loadDemo': method(emptyInput, z.object({ regionId: z.uuid() })),
  'dossier.export': method(
    z.object({ regionId: z.uuid().nullable().default(null) }).strict(),
    exchangeDocument,
  ),
  /** `fileName` (optional, the name of the file read) goes into the import's audit event. */
  'dossier.import': method(
    z
      .object({
        document: z.unknown(),
        fileName: z.string().trim().max(260, { error: 'De bestandsnaam is te lang' }).optional(),
      })
      .strict(),
    importResult,
  ),

  /** The backup folder, the last good backup and what needs attention. */
  'backups.status': method(emptyInput, backupStatus),
  /** The backups in the folder, newest first, with what each holds. */
  'backups.list': method(emptyInput, z.array(backupSummary)),
  'backups.setFolder': method(backupFolderUpdate, ok),
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;

export const METHODS = Object.keys(contract) as Method[];

/** The contract's methods are exactly the bridge's zod-free list (a difference fails typecheck). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameNames: Same<Method, MethodName> = true;
void sameNames;

export function isMethod(name: unknown): name is Method {
  return isMethodName(name);
}

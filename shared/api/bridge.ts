/**
 * The bridge between the page and the app, without zod: the sandboxed preload bundles this file,
 * so it stays small. `window.regio` has this type in the renderer, the preload and the
 * browser-mode shim; the contract (contract.ts) checks that its methods are exactly these names.
 */
import { unknownMethodError, type ApiResult } from './result';

export const METHOD_NAMES = [
  'app.info',
  'regions.list',
  'regions.get',
  'regions.create',
  'regions.update',
  'regions.deleteImpact',
  'regions.delete',
  'parties.list',
  'parties.get',
  'parties.create',
  'parties.update',
  'parties.deleteImpact',
  'parties.delete',
  'memberships.create',
  'memberships.update',
  'memberships.delete',
  'contacts.list',
  'contacts.get',
  'contacts.create',
  'contacts.update',
  'contacts.deleteImpact',
  'contacts.delete',
  'contacts.personalData',
  'roles.list',
  'roles.get',
  'roles.create',
  'roles.update',
  'roles.end',
  'roles.delete',
  'roles.overview',
  'themes.list',
  'themes.create',
  'themes.rename',
  'themes.archive',
  'trash.list',
  'trash.restore',
  'trash.mentions',
  'trash.purge',
  'history.list',
  'settings.get',
  'settings.update',
  'agreements.list',
  'agreements.page',
  'agreements.listIds',
  'agreements.get',
  'agreements.create',
  'agreements.update',
  'agreements.transition',
  'agreements.undoTransition',
  'agreements.addProgress',
  'agreements.requestReview',
  'agreements.review',
  'agreements.deleteImpact',
  'agreements.delete',
  'meetings.list',
  'meetings.get',
  'meetings.create',
  'meetings.update',
  'meetings.setAttendees',
  'meetings.setAttendance',
  'meetings.inviteAanspreekpunten',
  'meetings.cycle',
  'meetings.planNext',
  'meetings.calendar',
  'meetings.deleteImpact',
  'meetings.delete',
  'agenda.add',
  'agenda.update',
  'agenda.move',
  'agenda.delete',
  'agenda.minutes',
  'agenda.saveMinutes',
  'decisions.add',
  'decisions.update',
  'decisions.delete',
  'decisions.applyToAgreement',
  'decisions.unlink',
  'actions.add',
  'actions.update',
  'actions.setStatus',
  'actions.delete',
  'actions.list',
  'actions.setStatusMany',
  'actions.mine',
  'minutes.approve',
  'minutes.correct',
  'minutes.versions',
  'conversations.list',
  'conversations.get',
  'conversations.create',
  'conversations.update',
  'conversations.report',
  'conversations.saveReport',
  'conversations.setSurvey',
  'conversations.lock',
  'conversations.correct',
  'conversations.versions',
  'conversations.deleteImpact',
  'conversations.delete',
  'reviewPackages.preview',
  'reviewPackages.list',
  'reviewPackages.forAgreement',
  'reviewPackages.importResponse',
  'handover.get',
  'handover.perform',
  'monitor.get',
  'conversations.templates',
  'conversations.setTemplates',
  'agreements.dashboard',
  'agreements.summary',
  'agreements.exportCsv',
  'dossier.loadDemo',
  'dossier.export',
  'dossier.import',
  'backups.status',
  'backups.list',
  'backups.setFolder',
] as const;
export type MethodName = (typeof METHOD_NAMES)[number];

/**
 * The long-running tasks (shared/api/tasks.ts): asynchronous, outside the handler table, because
 * they ask the user for a file and print through Chromium. Same bridge, same envelope.
 */
export const TASK_NAMES = [
  'export.start',
  'export.status',
  'export.cancel',
  'export.open',
  'export.showInFolder',
  'backup.create',
  'backup.restore',
  'app.flushed',
  'dossier.importFile',
  'file.info',
  'file.new',
  'file.open',
  'file.saveCopy',
  'file.recover',
  'review.makePackage',
  'review.takeOpened',
  'review.readPackage',
  'review.saveResponse',
] as const;
export type TaskName = (typeof TASK_NAMES)[number];

const NAMES: ReadonlySet<string> = new Set(METHOD_NAMES);
const TASKS: ReadonlySet<string> = new Set(TASK_NAMES);

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && NAMES.has(name);
}

export function isTaskName(name: unknown): name is TaskName {
  return typeof name === 'string' && TASKS.has(name);
}

/** Anything the page may send over the bridge: a method of the table or a task. */
export const isBridgeName = (name: unknown): name is MethodName | TaskName =>
  isMethodName(name) || isTaskName(name);

/** What `window.regio` offers the page: nothing else. */
export interface RegioBridge {
  invoke(method: string, input?: unknown): Promise<ApiResult<unknown>>;
  on(event: string, callback: (payload: unknown) => void): () => void;
}

/** The answer to a method name that is not one of ours (also when it is not text at all). */
export function unknownMethod(name: unknown): ApiResult<never> {
  return { ok: false, error: unknownMethodError(name) };
}

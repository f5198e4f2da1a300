import { createActionList, createPeopleByName } from './actionList';
import { createAgreementQueries } from './agreementQueries';
import { createAgreementRepository } from './agreements';
import { createAgendaRepository } from './agenda';
import { createAuditLog } from './audit';
import { createContactRepository } from './contacts';
import { createConversationList } from './conversationList';
import { createConversationRepository } from './conversations';
import { createReviewPackageRepository } from './reviewPackages';
import { createConversationVersions } from './conversationVersions';
import { createDecisionRepository } from './decisions';
import { createDecisionLinkRepository } from './decisionLinks';
import { createHandoverQuery } from './handover';
import { createMeetingList } from './meetingList';
import { createMonitorQuery } from './monitor';
import { createMeetingPlanning } from './meetingPlanning';
import { createMeetingRepository } from './meetings';
import { createMembershipRepository } from './memberships';
import { createMinutesVersions } from './minutesVersions';
import { createOverviewQuery } from './overview';
import { createPartyRepository } from './parties';
import { createRegionRepository } from './regions';
import { createRoleAssignmentRepository } from './roleAssignments';
import { createSettingsRepository } from './settings';
import type { Db } from './sqlite';
import { createThemeRepository } from './themes';
import { createTrash } from './trash';

/** All repositories over one connection; statements are prepared once, here. */
export function createRepositories(db: Db) {
  return {
    db,
    audit: createAuditLog(db),
    regions: createRegionRepository(db),
    parties: createPartyRepository(db),
    memberships: createMembershipRepository(db),
    contacts: createContactRepository(db),
    roles: createRoleAssignmentRepository(db),
    overview: createOverviewQuery(db),
    themes: createThemeRepository(db),
    settings: createSettingsRepository(db),
    trash: createTrash(db),
    agreements: createAgreementRepository(db),
    agreementQueries: createAgreementQueries(db),
    meetings: createMeetingRepository(db),
    agenda: createAgendaRepository(db),
    decisions: createDecisionRepository(db),
    decisionLinks: createDecisionLinkRepository(db),
    minutesVersions: createMinutesVersions(db),
    meetingList: createMeetingList(db),
    meetingPlanning: createMeetingPlanning(db),
    actionList: createActionList(db),
    monitor: createMonitorQuery(db),
    handover: createHandoverQuery(db),
    peopleByName: createPeopleByName(db),
    conversations: createConversationRepository(db),
    reviewPackages: createReviewPackageRepository(db),
    conversationList: createConversationList(db),
    conversationVersions: createConversationVersions(db),
  };
}
export type Repositories = ReturnType<typeof createRepositories>;

export { openDatabase, type OpenOptions, type OpenedDatabase } from './open';
export { DbError } from './errors';
export type { Db } from './sqlite';
export type { Writer } from './audit';

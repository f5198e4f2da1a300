import { agreementQueryHandlers } from './agreementQueries';
import { actionHandlers } from './actions';
import { backupHandlers } from './backups';
import { conversationHandlers } from './conversations';
import { agreementHandlers } from './agreements';
import { contactHandlers } from './contacts';
import { decisionLinkHandlers } from './decisionLinks';
import { dossierHandlers } from './exchange';
import { handoverHandlers } from './handover';
import type { HandlerTable } from './handler';
import { meetingHandlers } from './meetings';
import { meetingInviteHandlers } from './meetingInvites';
import { minutesHandlers } from './minutes';
import { meetingCycleHandlers } from './meetingCycle';
import { partyHandlers } from './parties';
import { personalDataHandlers } from './personalData';
import { regionHandlers } from './regions';
import { reviewPackageHandlers } from './reviewPackages';
import { roleHandlers } from './roles';
import { systemHandlers } from './system';
import { themeHandlers } from './themes';
import { trashHandlers } from './trash';

/** The handler table: every method of shared/api/contract.ts, implemented once. */
export const handlers: HandlerTable = {
  ...systemHandlers,
  ...regionHandlers,
  ...partyHandlers,
  ...contactHandlers,
  ...personalDataHandlers,
  ...roleHandlers,
  ...themeHandlers,
  ...trashHandlers,
  ...dossierHandlers,
  ...agreementHandlers,
  ...reviewPackageHandlers,
  ...agreementQueryHandlers,
  ...meetingHandlers,
  ...meetingInviteHandlers,
  ...minutesHandlers,
  ...meetingCycleHandlers,
  ...decisionLinkHandlers,
  ...actionHandlers,
  ...conversationHandlers,
  ...handoverHandlers,
  ...backupHandlers,
};

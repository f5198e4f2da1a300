import { m0001Register } from './0001-register';
import { m0002ListIndexes } from './0002-list-indexes';
import { m0003Agreements } from './0003-agreements';
import { m0004SortKeysCaseNumber } from './0004-sort-keys-case-number';
import { m0005AgreementSortKey } from './0005-agreement-sort-key';
import { m0006Meetings } from './0006-meetings';
import { m0007DecisionLinks } from './0007-decision-links';
import { m0008MinutesRevision } from './0008-minutes-revision';
import { m0009UserProfile } from './0009-user-profile';
import { m0010Conversations } from './0010-conversations';
import { m0011ForeignKeyIndexes } from './0011-foreign-key-indexes';
import { m0012ReviewPackages } from './0012-review-packages';
import type { Migration } from './types';

/** The explicit, ordered list of migrations. Never edit a shipped step: add a new one. */
export const migrations: readonly Migration[] = [
  m0001Register,
  m0002ListIndexes,
  m0003Agreements,
  m0004SortKeysCaseNumber,
  m0005AgreementSortKey,
  m0006Meetings,
  m0007DecisionLinks,
  m0008MinutesRevision,
  m0009UserProfile,
  m0010Conversations,
  m0011ForeignKeyIndexes,
  m0012ReviewPackages,
];

export const LATEST_VERSION = migrations.length;
export type { Migration };

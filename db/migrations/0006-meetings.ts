import type { Migration } from './types';

/**
 * Overleggen en notulen: meetings with invited people and guests, an ordered agenda whose items
 * carry the minutes, decisions and action items, and the vastgestelde versions of the minutes.
 */
export const m0006Meetings: Migration = {
  version: 6,
  name: 'meetings',
  up(db) {
    db.exec(`
      CREATE TABLE meeting (
        id TEXT PRIMARY KEY,
        region_id TEXT NOT NULL REFERENCES region (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('bestuurlijk_regio_overleg','ambtelijk_regio_overleg',
          'voortgangsgesprek','werkgroep','bilateraal_overleg')),
        title TEXT NOT NULL,
        date TEXT NOT NULL,
        start_time TEXT NOT NULL,
        end_time TEXT NOT NULL,
        location TEXT NOT NULL DEFAULT '',
        online INTEGER NOT NULL DEFAULT 0 CHECK (online IN (0, 1)),
        chair_id TEXT REFERENCES contact (id) ON DELETE SET NULL,
        minute_taker_id TEXT REFERENCES contact (id) ON DELETE SET NULL,
        minutes_status TEXT NOT NULL DEFAULT 'concept'
          CHECK (minutes_status IN ('concept','vastgesteld')),
        minutes_version INTEGER NOT NULL DEFAULT 1,
        approved_on TEXT,
        approved_in TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        trash_group TEXT,
        CHECK (end_time > start_time)
      ) STRICT;
      CREATE INDEX meeting_list ON meeting (region_id, deleted_at, date, start_time, id, kind,
        minutes_status);
      CREATE INDEX meeting_trash ON meeting (trash_group) WHERE deleted_at IS NOT NULL;

      CREATE TABLE meeting_attendee (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        contact_id TEXT REFERENCES contact (id) ON DELETE CASCADE,
        guest_name TEXT NOT NULL DEFAULT '',
        guest_email TEXT NOT NULL DEFAULT '',
        guest_organisation TEXT NOT NULL DEFAULT '',
        attendance TEXT NOT NULL DEFAULT 'uitgenodigd'
          CHECK (attendance IN ('uitgenodigd','aanwezig','afgemeld','afwezig')),
        CHECK ((contact_id IS NULL) = (guest_name <> ''))
      ) STRICT;
      CREATE INDEX meeting_attendee_meeting ON meeting_attendee (meeting_id, position);
      CREATE UNIQUE INDEX meeting_attendee_contact ON meeting_attendee (meeting_id, contact_id)
        WHERE contact_id IS NOT NULL;
      CREATE INDEX meeting_attendee_person ON meeting_attendee (contact_id);

      CREATE TABLE agenda_item (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        presenter TEXT NOT NULL DEFAULT '',
        confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
        minutes_html TEXT NOT NULL DEFAULT '',
        minutes_text TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        trash_group TEXT
      ) STRICT;
      CREATE INDEX agenda_item_meeting ON agenda_item (meeting_id, position)
        WHERE deleted_at IS NULL;
      CREATE INDEX agenda_item_trash ON agenda_item (trash_group) WHERE deleted_at IS NOT NULL;

      CREATE TABLE agenda_item_agreement (
        agenda_item_id TEXT NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
        agreement_id TEXT NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
        PRIMARY KEY (agenda_item_id, agreement_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX agenda_item_agreement_agreement ON agenda_item_agreement (agreement_id);

      CREATE TABLE decision (
        id TEXT PRIMARY KEY,
        agenda_item_id TEXT NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        trash_group TEXT
      ) STRICT;
      CREATE INDEX decision_item ON decision (agenda_item_id, position) WHERE deleted_at IS NULL;
      CREATE INDEX decision_trash ON decision (trash_group) WHERE deleted_at IS NOT NULL;

      CREATE TABLE action_item (
        id TEXT PRIMARY KEY,
        agenda_item_id TEXT NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        owner_id TEXT REFERENCES contact (id) ON DELETE SET NULL,
        due_date TEXT,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','afgerond')),
        done_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        trash_group TEXT
      ) STRICT;
      CREATE INDEX action_item_item ON action_item (agenda_item_id, position)
        WHERE deleted_at IS NULL;
      CREATE INDEX action_item_open ON action_item (status, due_date) WHERE deleted_at IS NULL;
      CREATE INDEX action_item_owner ON action_item (owner_id);
      CREATE INDEX action_item_trash ON action_item (trash_group) WHERE deleted_at IS NOT NULL;

      CREATE TABLE minutes_version (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        approved_on TEXT NOT NULL,
        approved_in TEXT NOT NULL,
        correction_reason TEXT NOT NULL DEFAULT '',
        snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        UNIQUE (meeting_id, version)
      ) STRICT;
    `);
  },
};

import type { Migration } from './types';

/** The afsprakenregister: agreements, their themes, parties, financing, lifecycle and reviews. */
export const m0003Agreements: Migration = {
  version: 3,
  name: 'agreements',
  up(db) {
    db.exec(`
      CREATE TABLE agreement (
        id TEXT PRIMARY KEY,
        region_id TEXT NOT NULL REFERENCES region (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        description_html TEXT NOT NULL DEFAULT '',
        description_text TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN
          ('concept','in_bespreking','vastgesteld','in_uitvoering','afgerond','vervallen')),
        owner_id TEXT REFERENCES contact (id) ON DELETE SET NULL,
        adopted_on TEXT,
        start_date TEXT,
        end_date TEXT,
        next_evaluation TEXT,
        dekking_granted INTEGER NOT NULL DEFAULT 0 CHECK (dekking_granted IN (0, 1)),
        dekking_by TEXT NOT NULL DEFAULT '',
        dekking_on TEXT,
        confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
        review_requested_on TEXT,
        search_text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        trash_group TEXT,
        CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date)
      ) STRICT;
      CREATE INDEX agreement_region ON agreement (region_id, status) WHERE deleted_at IS NULL;
      CREATE INDEX agreement_owner ON agreement (owner_id);
      CREATE INDEX agreement_evaluation ON agreement (region_id, next_evaluation)
        WHERE deleted_at IS NULL;
      CREATE INDEX agreement_trash ON agreement (trash_group) WHERE deleted_at IS NOT NULL;

      CREATE TABLE agreement_theme (
        agreement_id TEXT NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
        theme_id TEXT NOT NULL REFERENCES theme (id) ON DELETE CASCADE,
        PRIMARY KEY (agreement_id, theme_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX agreement_theme_theme ON agreement_theme (theme_id, agreement_id);

      CREATE TABLE agreement_party (
        agreement_id TEXT NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
        party_id TEXT NOT NULL REFERENCES party (id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('trekker','uitvoerder','financier','betrokken')),
        PRIMARY KEY (agreement_id, party_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX agreement_party_party ON agreement_party (party_id, agreement_id);

      CREATE TABLE agreement_financing (
        agreement_id TEXT NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
        stream TEXT NOT NULL CHECK (stream IN ('wmo','zvw','wlz')),
        PRIMARY KEY (agreement_id, stream)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE agreement_status_change (
        id TEXT PRIMARY KEY,
        agreement_id TEXT NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
        from_status TEXT,
        to_status TEXT NOT NULL,
        on_date TEXT NOT NULL,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX status_change_agreement ON agreement_status_change (agreement_id, at);

      CREATE TABLE progress_update (
        id TEXT PRIMARY KEY,
        agreement_id TEXT NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
        on_date TEXT NOT NULL,
        text TEXT NOT NULL,
        status_change_id TEXT REFERENCES agreement_status_change (id) ON DELETE SET NULL,
        actor TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        trash_group TEXT
      ) STRICT;
      CREATE INDEX progress_agreement ON progress_update (agreement_id, on_date)
        WHERE deleted_at IS NULL;
      CREATE INDEX progress_trash ON progress_update (trash_group) WHERE deleted_at IS NOT NULL;

      CREATE TABLE agreement_review (
        id TEXT PRIMARY KEY,
        agreement_id TEXT NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
        reviewer_name TEXT NOT NULL,
        on_date TEXT NOT NULL,
        verdict TEXT NOT NULL CHECK (verdict IN ('akkoord','opmerking')),
        remark TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX review_agreement ON agreement_review (agreement_id, created_at);

      -- Filled by the meetings module; decision_id gets its foreign key when that table exists.
      CREATE TABLE agreement_decision_link (
        agreement_id TEXT NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
        decision_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('created','changed')),
        PRIMARY KEY (agreement_id, decision_id)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};

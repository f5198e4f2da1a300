import type { Migration } from './types';

/**
 * Gespreksverslagen (issue 22): the short report of a conversation between the twice-yearly
 * meetings, with its parties, deelnemers, themes, linked agreements, an optional enquête
 * (rapportcijfers, factors, urgency: seeds/004 §6.3) and the versions kept when it is vastgelegd
 * and later corrected. Actiepunten stay one table: an action's source is an agenda item or a
 * verslag (exactly one), so action_item is rebuilt with a nullable agenda_item_id and a
 * conversation_id (SQLite cannot change a column's NOT NULL in place; db/migrate.ts turns the
 * foreign keys off around the rebuild and checks every reference before the commit).
 */
export const m0010Conversations: Migration = {
  version: 10,
  name: 'conversations',
  up(db) {
    db.exec(`
      CREATE TABLE conversation (
        id TEXT PRIMARY KEY,
        region_id TEXT NOT NULL REFERENCES region (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('evaluatiegesprek','zorgverzekeraar','zorgkantoor',
          'werkbezoek','telefonisch','anders')),
        title TEXT NOT NULL,
        date TEXT NOT NULL,
        confidential INTEGER NOT NULL CHECK (confidential IN (0, 1)),
        report_html TEXT NOT NULL,
        report_text TEXT NOT NULL,
        report_revision INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL CHECK (status IN ('concept','vastgelegd')),
        version INTEGER NOT NULL DEFAULT 1,
        locked_on TEXT,
        search_text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        trash_group TEXT
      ) STRICT;
      CREATE INDEX conversation_list ON conversation (region_id, deleted_at, date, id, kind);
      CREATE INDEX conversation_trash ON conversation (trash_group) WHERE deleted_at IS NOT NULL;

      CREATE TABLE conversation_party (
        conversation_id TEXT NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
        party_id TEXT NOT NULL REFERENCES party (id) ON DELETE CASCADE,
        PRIMARY KEY (conversation_id, party_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX conversation_party_party ON conversation_party (party_id, conversation_id);

      CREATE TABLE conversation_theme (
        conversation_id TEXT NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
        theme_id TEXT NOT NULL REFERENCES theme (id) ON DELETE CASCADE,
        PRIMARY KEY (conversation_id, theme_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX conversation_theme_theme ON conversation_theme (theme_id, conversation_id);

      CREATE TABLE conversation_agreement (
        conversation_id TEXT NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
        agreement_id TEXT NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
        PRIMARY KEY (conversation_id, agreement_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX conversation_agreement_agreement
        ON conversation_agreement (agreement_id, conversation_id);

      -- Deelnemers: a person from the register, or a free name.
      CREATE TABLE conversation_participant (
        id TEXT PRIMARY KEY,
        conversation_id TEXT NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        contact_id TEXT REFERENCES contact (id) ON DELETE CASCADE,
        guest_name TEXT NOT NULL,
        CHECK ((contact_id IS NULL) = (guest_name <> ''))
      ) STRICT;
      CREATE INDEX conversation_participant_conversation
        ON conversation_participant (conversation_id, position);
      CREATE INDEX conversation_participant_person ON conversation_participant (contact_id);
      CREATE UNIQUE INDEX conversation_participant_contact
        ON conversation_participant (conversation_id, contact_id) WHERE contact_id IS NOT NULL;

      -- The enquête (seeds/004 §6.3), structured: one row per verslag that has one.
      CREATE TABLE conversation_survey (
        conversation_id TEXT PRIMARY KEY REFERENCES conversation (id) ON DELETE CASCADE,
        respondent_type TEXT NOT NULL CHECK (respondent_type IN ('gemeente','zorgverzekeraar',
          'zorgkantoor','zorgaanbieder','ggd','welzijn','overig')),
        score_start INTEGER CHECK (score_start BETWEEN 1 AND 10),
        score_now INTEGER CHECK (score_now BETWEEN 1 AND 10),
        urgency TEXT CHECK (urgency IN ('niet','weinig','geen_mening','beetje','urgent')),
        positive_other TEXT NOT NULL,
        negative_other TEXT NOT NULL,
        explanation TEXT NOT NULL
      ) STRICT;

      CREATE TABLE conversation_survey_factor (
        conversation_id TEXT NOT NULL REFERENCES conversation_survey (conversation_id)
          ON DELETE CASCADE,
        effect TEXT NOT NULL CHECK (effect IN ('positief','negatief')),
        factor TEXT NOT NULL CHECK (factor IN ('persoonlijke_relaties','vertrouwen',
          'gedeeld_belang','betrouwbaarheid','betrokkenheid_organen','ruimte_inbreng',
          'politieke_stabiliteit','leiderschap','daadkracht','evaluatie_monitoring','anders')),
        PRIMARY KEY (conversation_id, effect, factor)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX conversation_survey_factor_count ON conversation_survey_factor (effect, factor);

      -- What was vastgelegd, kept as it was (as minutes_version for notulen).
      CREATE TABLE conversation_version (
        id TEXT PRIMARY KEY,
        conversation_id TEXT NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        locked_on TEXT NOT NULL,
        correction_reason TEXT NOT NULL,
        snapshot TEXT NOT NULL,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        UNIQUE (conversation_id, version)
      ) STRICT;

      CREATE TABLE action_item_new (
        id TEXT PRIMARY KEY,
        agenda_item_id TEXT REFERENCES agenda_item (id) ON DELETE CASCADE,
        conversation_id TEXT REFERENCES conversation (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        owner_id TEXT REFERENCES contact (id) ON DELETE SET NULL,
        due_date TEXT,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','afgerond')),
        done_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        trash_group TEXT,
        CHECK ((agenda_item_id IS NULL) <> (conversation_id IS NULL))
      ) STRICT;
      INSERT INTO action_item_new (id, agenda_item_id, conversation_id, position, text, owner_id,
          due_date, status, done_on, created_at, updated_at, deleted_at, trash_group)
        SELECT id, agenda_item_id, NULL, position, text, owner_id, due_date, status, done_on,
          created_at, updated_at, deleted_at, trash_group FROM action_item;
      DROP TABLE action_item;
      ALTER TABLE action_item_new RENAME TO action_item;
      -- Both sources' indexes carry the status: without it SQLite (no statistics) reads a
      -- source's actions through action_item_open, every open action of the dossier.
      CREATE INDEX action_item_item ON action_item (agenda_item_id, status, position)
        WHERE deleted_at IS NULL;
      CREATE INDEX action_item_conversation ON action_item (conversation_id, status, position)
        WHERE deleted_at IS NULL;
      CREATE INDEX action_item_open ON action_item (status, due_date) WHERE deleted_at IS NULL;
      CREATE INDEX action_item_owner ON action_item (owner_id);
      CREATE INDEX action_item_trash ON action_item (trash_group) WHERE deleted_at IS NOT NULL;
    `);
  },
};

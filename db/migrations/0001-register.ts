import type { Migration } from './types';

/** The register: regions, parties and memberships, people, role assignments, themes, audit log. */
export const m0001Register: Migration = {
  version: 1,
  name: 'register',
  up(db) {
    db.exec(`
      CREATE TABLE region (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        zorgkantoor_number INTEGER,
        description TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        trash_group TEXT
      ) STRICT;

      CREATE TABLE party (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL CHECK (type IN
          ('gemeente','zorgverzekeraar','zorgkantoor','zorgaanbieder','ggd','welzijn','overig')),
        name TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        trash_group TEXT
      ) STRICT;
      CREATE INDEX party_name ON party (name COLLATE NOCASE) WHERE deleted_at IS NULL;

      CREATE TABLE region_membership (
        id TEXT PRIMARY KEY,
        region_id TEXT NOT NULL REFERENCES region (id) ON DELETE CASCADE,
        party_id TEXT NOT NULL REFERENCES party (id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN
          ('deelnemer','trekker','preferente_zorgverzekeraar','volgende_zorgverzekeraar')),
        since TEXT,
        until TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        trash_group TEXT,
        CHECK (since IS NULL OR until IS NULL OR until > since)
      ) STRICT;
      CREATE UNIQUE INDEX membership_region_party ON region_membership (region_id, party_id)
        WHERE deleted_at IS NULL;
      CREATE INDEX membership_party ON region_membership (party_id);

      CREATE TABLE contact (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        function TEXT NOT NULL DEFAULT '',
        party_id TEXT REFERENCES party (id) ON DELETE SET NULL,
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        search_text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        trash_group TEXT
      ) STRICT;
      CREATE INDEX contact_party ON contact (party_id);
      CREATE INDEX contact_name ON contact (name COLLATE NOCASE) WHERE deleted_at IS NULL;

      CREATE TABLE theme (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        archived_at TEXT,
        sort_order INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        trash_group TEXT
      ) STRICT;
      CREATE UNIQUE INDEX theme_name ON theme (name COLLATE NOCASE) WHERE deleted_at IS NULL;

      CREATE TABLE role_assignment (
        id TEXT PRIMARY KEY,
        region_id TEXT NOT NULL REFERENCES region (id) ON DELETE CASCADE,
        contact_id TEXT NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
        party_id TEXT REFERENCES party (id) ON DELETE SET NULL,
        role TEXT NOT NULL CHECK (role IN ('bestuurlijk_aanspreekpunt','ambtelijk_aanspreekpunt',
          'coordinerend_wethouder','trekker_thema','regiocoordinator','secretaris')),
        theme_id TEXT REFERENCES theme (id) ON DELETE SET NULL,
        mandate TEXT NOT NULL DEFAULT '',
        since TEXT,
        until TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        trash_group TEXT,
        CHECK (since IS NULL OR until IS NULL OR until > since)
      ) STRICT;
      CREATE INDEX role_region ON role_assignment (region_id, role) WHERE deleted_at IS NULL;
      CREATE INDEX role_contact ON role_assignment (contact_id);
      CREATE INDEX role_party ON role_assignment (party_id);
      CREATE INDEX role_theme ON role_assignment (theme_id);

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('create','update','delete','restore')),
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        changes TEXT NOT NULL CHECK (json_valid(changes))
      ) STRICT;
      CREATE INDEX audit_entity ON audit_log (entity, entity_id, id);

      CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
    for (const table of [
      'region',
      'party',
      'region_membership',
      'contact',
      'role_assignment',
      'theme',
    ]) {
      db.exec(`CREATE INDEX ${table}_trash ON ${table} (trash_group) WHERE deleted_at IS NOT NULL`);
    }
  },
};

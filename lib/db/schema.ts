// The one PostgreSQL schema, for embedded PGlite and a PostgreSQL server alike. Migrations are
// generated from it by drizzle-kit (lib/db/migrations) and applied at start.
import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Stored lower-cased; the unique index makes sign-up idempotent per address. */
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  /** argon2id; null for accounts that only sign in through single sign-on. */
  passwordHash: text('password_hash'),
  /** `issuer|sub` of the linked single sign-on identity. */
  oidcSubject: text('oidc_subject').unique(),
  isAdmin: boolean('is_admin').notNull().default(false),
  /** Bumped by "sign out everywhere" and password changes: older sessions stop being accepted. */
  sessionVersion: integer('session_version').notNull().default(0),
  createdAt: createdAt(),
});

export const teams = pgTable('teams', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  createdAt: createdAt(),
});

export const memberships = pgTable(
  'memberships',
  {
    teamId: uuid('team_id').notNull().references(() => teams.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.teamId, t.userId] }),
    index('memberships_user_idx').on(t.userId),
    check('memberships_role_check', sql`${t.role} in ('owner', 'facilitator', 'member', 'observer')`),
  ],
);

export const invites = pgTable(
  'invites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: uuid('team_id').notNull().references(() => teams.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    /** SHA-256 of the token in the link: a leaked database does not leak usable links. */
    tokenHash: text('token_hash').notNull().unique(),
    /** When set, only this address may accept. */
    email: text('email'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    usedBy: uuid('used_by').references(() => users.id, { onDelete: 'set null' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('invites_team_idx').on(t.teamId), check('invites_role_check', sql`${t.role} in ('owner', 'facilitator', 'member', 'observer')`)],
);

/** One row: who may sign up on this instance. */
export const instanceSettings = pgTable('instance_settings', {
  id: integer('id').primaryKey().default(1),
  signupPolicy: text('signup_policy').notNull().default('open'),
  allowedDomains: jsonb('allowed_domains').$type<string[]>().notNull().default([]),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Append-only record of every change to membership, roles, invites and instance settings. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    teamId: uuid('team_id'),
    actorId: uuid('actor_id'),
    /** Kept as written at the time: the actor's account may later be deleted. */
    actorEmail: text('actor_email').notNull(),
    action: text('action').notNull(),
    detail: jsonb('detail').$type<Record<string, string | number | boolean | null>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [index('audit_team_idx').on(t.teamId, t.createdAt)],
);

/** Sign-in attempts, for rate limiting that holds across instances. */
export const signInAttempts = pgTable(
  'sign_in_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    accountKey: text('account_key').notNull(),
    clientKey: text('client_key').notNull(),
    succeeded: boolean('succeeded').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('sign_in_account_idx').on(t.accountKey, t.createdAt), index('sign_in_client_idx').on(t.clientKey, t.createdAt)],
);



/** A tabletop exercise: one run of one scenario by one team. */
export const exercises = pgTable(
  'exercises',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: uuid('team_id').notNull().references(() => teams.id, { onDelete: 'cascade' }),
    scenarioId: text('scenario_id').notNull(),
    /** The scenario as it was when the exercise was created, and its content hash: later content
     * edits never change a running or finished exercise. */
    scenarioHash: text('scenario_hash').notNull(),
    scenario: jsonb('scenario').notNull(),
    title: text('title').notNull(),
    mode: text('mode').notNull(),
    status: text('status').notNull().default('lobby'),
    /** Null for solo practice, which nobody joins. */
    joinCode: text('join_code').unique(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    headSeq: integer('head_seq').notNull().default(0),
    headHash: text('head_hash').notNull(),
    createdAt: createdAt(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    index('exercises_team_idx').on(t.teamId, t.createdAt),
    check('exercises_mode_check', sql`${t.mode} in ('team', 'solo')`),
    check('exercises_status_check', sql`${t.status} in ('lobby', 'running', 'paused', 'ended')`),
  ],
);

/** People who joined one exercise with its join code, without an account. */
export const exerciseGuests = pgTable(
  'exercise_guests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    exerciseId: uuid('exercise_id').notNull().references(() => exercises.id, { onDelete: 'cascade' }),
    displayName: text('display_name').notNull(),
    /** SHA-256 of the guest's capability cookie. */
    tokenHash: text('token_hash').notNull().unique(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('exercise_guests_exercise_idx').on(t.exerciseId)],
);

/** The append-only, hash-chained event log of every exercise. */
export const exerciseEvents = pgTable(
  'exercise_events',
  {
    exerciseId: uuid('exercise_id').notNull().references(() => exercises.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    actor: jsonb('actor').notNull(),
    payload: jsonb('payload').notNull(),
    clientId: uuid('client_id').notNull(),
    /** Kept as the exact ISO string that was hashed. */
    createdAt: text('created_at').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.exerciseId, t.seq] }), uniqueIndex('exercise_events_client_idx').on(t.exerciseId, t.clientId)],
);

/** Join-code attempts, for rate limiting guessing across instances. */
export const joinAttempts = pgTable(
  'join_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    clientKey: text('client_key').notNull(),
    succeeded: boolean('succeeded').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('join_attempts_client_idx').on(t.clientKey, t.createdAt)],
);

/** A report's facilitator edits (draft) and, once published, the record that pins them to the log.
 * The report itself is never stored: it is rebuilt from the log and these. */
export const reportDrafts = pgTable('report_drafts', {
  exerciseId: uuid('exercise_id')
    .primaryKey()
    .references(() => exercises.id, { onDelete: 'cascade' }),
  /** Parsed with reportEditsSchema on the way in and on the way out. */
  edits: jsonb('edits').notNull().default({}),
  /** The publishReport record; null while the report is a draft. */
  published: jsonb('published'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  /** Set when the facilitator shares the report with the team's observers and the exercise's guests. */
  sharedAt: timestamp('shared_at', { withTimezone: true }),
  sharedBy: uuid('shared_by').references(() => users.id, { onDelete: 'set null' }),
});

/** The improvement plan as a team works through it: one row per item of a published report, created
 * when the report is published and kept (and edited) long after the exercise. The published report
 * itself stays frozen; these rows are the living copy. */
export const improvementItems = pgTable(
  'improvement_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: uuid('team_id').notNull().references(() => teams.id, { onDelete: 'cascade' }),
    exerciseId: uuid('exercise_id').notNull().references(() => exercises.id, { onDelete: 'cascade' }),
    /** The item's id in the published report (`action-item-12`, `added-…`): publishing twice creates nothing new. */
    reportItemId: text('report_item_id').notNull(),
    objectiveId: text('objective_id'),
    objectiveText: text('objective_text'),
    /** Library threat ids the item came from (the threats in scope that its objective or inject touches). */
    threatIds: jsonb('threat_ids').notNull().default([]),
    issue: text('issue').notNull(),
    correctiveAction: text('corrective_action'),
    capability: text('capability'),
    /** A team member the item is assigned to, or null with `ownerName` naming someone outside the team. */
    ownerUserId: uuid('owner_user_id').references(() => users.id, { onDelete: 'set null' }),
    ownerName: text('owner_name'),
    startDate: text('start_date'),
    dueDate: text('due_date'),
    status: text('status').notNull(),
    /** Bumped by every update: a client sends the version it edited, and a stale one is refused. */
    version: integer('version').notNull().default(1),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('improvement_items_report_item_idx').on(t.exerciseId, t.reportItemId),
    index('improvement_items_team_status_idx').on(t.teamId, t.status),
  ],
);

/** Every change to an improvement item, with its comment: the item's history, append-only. */
export const improvementItemUpdates = pgTable(
  'improvement_item_updates',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    itemId: uuid('item_id').notNull().references(() => improvementItems.id, { onDelete: 'cascade' }),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    actorName: text('actor_name').notNull(),
    /** Client-supplied: a retried update is stored once. */
    clientId: uuid('client_id').notNull(),
    /** `{ field: { from, to } }` for each field the update changed. */
    changes: jsonb('changes').notNull(),
    comment: text('comment'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('improvement_item_updates_client_idx').on(t.itemId, t.clientId), index('improvement_item_updates_item_idx').on(t.itemId, t.id)],
);

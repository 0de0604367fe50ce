// The one drizzle schema for both engines (PGlite and PostgreSQL server): docs/data-model.md.
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { FIELDS } from "../itss/fields";
import {
  EXAMS,
  FACILITY_SCOPES,
  PROJECT_ROLES,
  PROJECT_STATUSES,
  SCOPES,
  SUCCESSION_KINDS,
} from "../itss/record-options";

export const ROLES = ["admin", "head", "lead", "member"] as const;
export type Role = (typeof ROLES)[number];
export const REVIEW_STATES = ["draft", "submitted", "approved", "rejected"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const roleEnum = pgEnum("role", ROLES);
export const fieldEnum = pgEnum("field", FIELDS);
export const reviewStateEnum = pgEnum("review_state", REVIEW_STATES);
export const projectRoleEnum = pgEnum("project_role", PROJECT_ROLES);
export const projectStatusEnum = pgEnum("project_status", PROJECT_STATUSES);
export const scopeEnum = pgEnum("scope", SCOPES);
export const facilityScopeEnum = pgEnum("facility_scope", FACILITY_SCOPES);
export const successionKindEnum = pgEnum("succession_kind", SUCCESSION_KINDS);
export const examEnum = pgEnum("exam", EXAMS);
export const targetKindEnum = pgEnum("target_kind", ["level", "skill"]);

const id = () => integer("id").primaryKey().generatedByDefaultAsIdentity();
const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};
/** Optimistic concurrency: every editable row carries a version bumped on each write. */
const version = () => integer("version").notNull().default(1);

/** A name's natural sort key ("Team 2" before "Team 10"), kept by the database: natural_sort_key (drizzle/0008). */
const nameSortKey = () =>
  text("name_sort_key")
    .notNull()
    .generatedAlwaysAs(sql`natural_sort_key(name)`);

export const departments = pgTable("departments", {
  id: id(),
  name: text("name").notNull().unique(),
  nameSortKey: nameSortKey(),
  version: version(),
  ...timestamps,
});

export const teams = pgTable(
  "teams",
  {
    id: id(),
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id),
    name: text("name").notNull(),
    nameSortKey: nameSortKey(),
    /** The specialty field the team serves; null for a mixed team. */
    field: fieldEnum("field"),
    /** How often the team's members are re-assessed, in months (1–36): a rating older than this is stale
     * (lib/itss/currency.ts). */
    assessmentIntervalMonths: integer("assessment_interval_months").notNull().default(12),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    version: version(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("teams_department_name").on(t.departmentId, t.name),
    index("teams_department").on(t.departmentId),
    // Teams in natural order (lib/db/natural.ts): a page of a long list walks this index and stops.
    index("teams_name_order").on(t.nameSortKey, t.name, t.id),
    check("teams_assessment_interval_months", sql`${t.assessmentIntervalMonths} between 1 and 36`),
  ],
);

export const users = pgTable(
  "users",
  {
    id: id(),
    email: text("email").notNull().unique(),
    name: text("name").notNull(),
    /** bcrypt hash; null for accounts that sign in only through OIDC. */
    passwordHash: text("password_hash"),
    role: roleEnum("role").notNull().default("member"),
    /** The department a head heads (and, for leads and members, belongs to). */
    departmentId: integer("department_id").references(() => departments.id),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    /** Carried in the session token and checked on each request: bumping it ends the user's existing sessions. */
    sessionVersion: integer("session_version").notNull().default(1),
    /** The language the user chose for the interface ("en" | "ja"); null follows the browser (Accept-Language). */
    locale: text("locale"),
    version: version(),
    ...timestamps,
  },
  (t) => [
    check("users_email_lower", sql`${t.email} = lower(${t.email})`),
    check("users_locale_known", sql`${t.locale} is null or ${t.locale} in ('en', 'ja')`),
  ],
);

/** Sign-in attempts per key (hashed "account:…" or "address:…") in the current window: the shared throttle store. */
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    key: text("key").primaryKey(),
    attempts: integer("attempts").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
  },
  (t) => [index("sign_in_attempts_window").on(t.windowStart)],
);

export const teamLeads = pgTable(
  "team_leads",
  {
    teamId: integer("team_id")
      .notNull()
      .references(() => teams.id),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] }), index("team_leads_user").on(t.userId)],
);

export const members = pgTable(
  "members",
  {
    id: id(),
    teamId: integer("team_id")
      .notNull()
      .references(() => teams.id),
    name: text("name").notNull(),
    email: text("email"),
    /** The member's own sign-in, if they have one. */
    userId: integer("user_id")
      .unique()
      .references(() => users.id),
    jobTitle: text("job_title"),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    version: version(),
    ...timestamps,
  },
  (t) => [
    index("members_team").on(t.teamId),
    // A team's active members by name: with teams_name_order, the heatmap's first page at 100,000 members reads its
    // 50 rows instead of sorting the scope's members (115 → 10 ms for a 50,000-member department).
    index("members_team_name")
      .on(t.teamId, t.name, t.id)
      .where(sql`${t.archivedAt} is null`),
    // the stale list's members in name order (those whose oldest stale rating is on one busy day)
    index("members_name").on(t.name, t.id),
  ],
);

/** Columns every reviewable record shares (docs/evaluation.md#6-which-records-count). */
const review = () => ({
  /** Who wrote the record (or the revision): they never approve or reject it (lib/auth/policy.ts canReviewRecord).
   * Null on rows older than the rule. */
  createdBy: integer("created_by").references(() => users.id),
  reviewState: reviewStateEnum("review_state").notNull().default("draft"),
  reviewComment: text("review_comment"),
  reviewedBy: integer("reviewed_by").references(() => users.id),
  reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
  /** An approved record that this one revises; on approval the original is superseded. */
  revisionOf: integer("revision_of"),
  supersededAt: timestamp("superseded_at", { withTimezone: true }),
  version: version(),
  ...timestamps,
});

export const projects = pgTable(
  "projects",
  {
    id: id(),
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id),
    field: fieldEnum("field").notNull(),
    name: text("name").notNull(),
    customer: text("customer").notNull().default(""),
    startDate: date("start_date"),
    endDate: date("end_date"),
    componentArea: text("component_area"),
    role: projectRoleEnum("role").notNull(),
    status: projectStatusEnum("status").notNull(),
    successful: boolean("successful").notNull().default(false),
    complexity: text("complexity")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    scope: scopeEnum("scope"),
    facilityScope: facilityScopeEnum("facility_scope"),
    computerRoomSites: integer("computer_room_sites").notNull().default(0),
    floorSpaceM2: real("floor_space_m2").notNull().default(0),
    networkSites: integer("network_sites").notNull().default(0),
    description: text("description").notNull().default(""),
    ...review(),
  },
  (t) => [index("projects_member").on(t.memberId)],
);

export const specialties = pgTable(
  "specialties",
  {
    id: id(),
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id),
    field: fieldEnum("field").notNull(),
    area: text("area").notNull(),
    ...review(),
  },
  (t) => [index("specialties_member").on(t.memberId)],
);

export const successions = pgTable(
  "successions",
  {
    id: id(),
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id),
    field: fieldEnum("field").notNull(),
    kind: successionKindEnum("kind").notNull(),
    title: text("title").notNull(),
    achievedOn: date("achieved_on"),
    ...review(),
  },
  (t) => [index("successions_member").on(t.memberId)],
);

export const mentorings = pgTable(
  "mentorings",
  {
    id: id(),
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id),
    field: fieldEnum("field").notNull(),
    mentee: text("mentee").notNull(),
    fromDate: date("from_date"),
    toDate: date("to_date"),
    ...review(),
  },
  (t) => [index("mentorings_member").on(t.memberId)],
);

export const exams = pgTable(
  "exams",
  {
    id: id(),
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id),
    exam: examEnum("exam").notNull(),
    passedOn: date("passed_on"),
    ...review(),
  },
  (t) => [index("exams_member").on(t.memberId)],
);

export const certifications = pgTable(
  "certifications",
  {
    id: id(),
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id),
    name: text("name").notNull(),
    issuer: text("issuer").notNull().default(""),
    obtainedOn: date("obtained_on"),
    expiresOn: date("expires_on"),
    ...review(),
  },
  (t) => [index("certifications_member").on(t.memberId)],
);

/** One row per member, field and skill item: the self and the lead rating side by side. */
export const skillAssessments = pgTable(
  "skill_assessments",
  {
    id: id(),
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id),
    field: fieldEnum("field").notNull(),
    item: text("item").notNull(),
    selfLevel: integer("self_level"),
    selfAssessedOn: date("self_assessed_on"),
    leadLevel: integer("lead_level"),
    leadAssessedOn: date("lead_assessed_on"),
    leadAssessorId: integer("lead_assessor_id").references(() => users.id),
    version: version(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("skill_assessments_member_field_item").on(t.memberId, t.field, t.item),
    // The gap dashboard's stale ratings: the rating that counts by its date, the lead's where given, else the
    // self-rating (index-only range scans instead of reading every rating).
    index("skill_assessments_lead_rated")
      .on(t.leadAssessedOn, t.memberId)
      .where(sql`${t.leadLevel} is not null`),
    index("skill_assessments_self_rated")
      .on(t.selfAssessedOn, t.memberId)
      .where(sql`${t.leadLevel} is null and ${t.selfLevel} is not null`),
  ],
);

/** "At least minCount members at level ≥ minLevel" (kind level) or "with proficiency ≥ minLevel" in skillItem (kind skill). */
export const targets = pgTable(
  "targets",
  {
    id: id(),
    teamId: integer("team_id").references(() => teams.id),
    departmentId: integer("department_id").references(() => departments.id),
    field: fieldEnum("field").notNull(),
    kind: targetKindEnum("kind").notNull(),
    skillItem: text("skill_item"),
    minLevel: integer("min_level").notNull(),
    minCount: integer("min_count").notNull(),
    version: version(),
    ...timestamps,
  },
  (t) => [check("targets_owner", sql`(${t.teamId} is null) <> (${t.departmentId} is null)`)],
);

/** Each change of a member's official evaluation in a field (docs/data-model.md#history-and-audit). */
export const evaluationSnapshots = pgTable(
  "evaluation_snapshots",
  {
    id: id(),
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id),
    field: fieldEnum("field").notNull(),
    takenAt: timestamp("taken_at", { withTimezone: true }).notNull().defaultNow(),
    level: integer("level").notNull(),
    source: text("source").notNull(),
    kpiLevel: integer("kpi_level").notNull(),
    examLevel: integer("exam_level").notNull(),
    skillLevel: integer("skill_level"),
    /** The engine's FieldEvaluation at that moment: the explanation. */
    evaluation: jsonb("evaluation").notNull(),
  },
  (t) => [
    index("evaluation_snapshots_member_field").on(t.memberId, t.field, t.takenAt),
    // The gap dashboard's level trend: one field's snapshots per member in order, level included (index-only scan).
    index("evaluation_snapshots_field_member").on(t.field, t.memberId, t.takenAt, t.id, t.level),
  ],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: id(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorUserId: integer("actor_user_id").references(() => users.id),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id"),
    before: jsonb("before"),
    after: jsonb("after"),
  },
  (t) => [
    index("audit_log_at").on(t.at),
    index("audit_log_entity").on(t.entity, t.entityId),
    index("audit_log_actor").on(t.actorUserId),
  ],
);

/**
 * The read model: each member's current official standing per field, kept in the same transaction as every
 * write that can change it (lib/evaluation/refresh.ts). Aggregate views read this, never the engine.
 * One row per member and field, archived members included (views filter on members.archived_at).
 */
export const memberStandings = pgTable(
  "member_standings",
  {
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id),
    field: fieldEnum("field").notNull(),
    level: integer("level").notNull(),
    source: text("source").notNull(),
    kpiLevel: integer("kpi_level").notNull(),
    examLevel: integer("exam_level").notNull(),
    skillLevel: integer("skill_level"),
    /** The level the member works toward (null at the field's highest) and what it still needs (engine codes). */
    nextLevel: integer("next_level"),
    missing: jsonb("missing")
      .notNull()
      .default(sql`'[]'::jsonb`),
    missingCount: integer("missing_count").notNull().default(0),
    /** The level counting submitted records too (docs/evaluation.md#6-which-records-count). */
    provisionalLevel: integer("provisional_level").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.memberId, t.field] }), index("member_standings_field_level").on(t.field, t.level)],
);

/** Each member's current proficiency per skill item: the lead's rating where it counts, else the self-rating. */
export const memberSkillStandings = pgTable(
  "member_skill_standings",
  {
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id),
    field: fieldEnum("field").notNull(),
    item: text("item").notNull(),
    level: integer("level").notNull(),
    source: text("source", { enum: ["lead", "self"] }).notNull(),
    selfLevel: integer("self_level"),
    leadLevel: integer("lead_level"),
  },
  (t) => [
    primaryKey({ columns: [t.memberId, t.field, t.item] }),
    index("member_skill_standings_field_item_level").on(t.field, t.item, t.level),
    // The gap dashboard's diverging ratings (self and lead two or more levels apart), index-only.
    index("member_skill_standings_apart")
      .on(t.memberId, t.field, t.item, t.selfLevel, t.leadLevel)
      .where(
        sql`${t.selfLevel} is not null and ${t.leadLevel} is not null and abs(${t.selfLevel} - ${t.leadLevel}) >= 2`,
      ),
  ],
);

/**
 * Per team, how many of its active members stand at each level: in a field (item '') and in each skill item. Derived
 * from member_standings and member_skill_standings and rewritten for the team in the same transaction whenever one
 * of its members' standings, team or archiving changes (lib/evaluation/team-counts.ts), so that the aggregate
 * views (dashboard, gaps) read O(teams) rows instead of every member's standings. Only non-zero counts are stored.
 */
export const teamLevelCounts = pgTable(
  "team_level_counts",
  {
    teamId: integer("team_id")
      .notNull()
      .references(() => teams.id),
    field: fieldEnum("field").notNull(),
    /** '' for the field level, else the skill item. */
    item: text("item").notNull(),
    level: integer("level").notNull(),
    n: integer("n").notNull(),
    /** Of `n`, the members whose proficiency in the item is their own rating alone (no lead rating): 0 for a field. */
    selfOnly: integer("self_only").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.teamId, t.field, t.item, t.level] }),
    // One field level or skill item across many teams (a department's targets, the field levels of a department's
    // teams), read index-only (the counts are key columns: drizzle has no INCLUDE).
    index("team_level_counts_by_item").on(t.field, t.item, t.teamId, t.level, t.n, t.selfOnly),
  ],
);

/**
 * The level trend's per-team counts (docs/gaps.md#level-trend), kept as changes: the count of a team's active members
 * at a level of a field at the end of month M (the current month: as of now) is the sum of `n` over the rows with
 * month <= M. A team's rows are rewritten from its members' evaluation snapshots in the transaction that rewrites its
 * team_level_counts (lib/evaluation/trend.ts), for the 12 months up to then: the first of them carries everything
 * before it; the daily `trend` job folds rows older than the 12 months into the oldest one. Only non-zero rows.
 */
export const teamLevelTrend = pgTable(
  "team_level_trend",
  {
    teamId: integer("team_id")
      .notNull()
      .references(() => teams.id),
    field: fieldEnum("field").notNull(),
    /** The first day of the month from whose end the change counts. */
    month: date("month").notNull(),
    level: integer("level").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.field, t.month, t.level] })],
);

/**
 * Whether each member's ratings are current (docs/currency.md): one row per member and field they are assessed in
 * (their team's field; in a mixed team, each field in which they have a rating or a record). `dueFrom` is the day
 * the field becomes (or became) due: the earliest day an item of it is unrated (from the member's joining) or stale
 * (lib/itss/currency.ts dueStatus); `status` is as of the last refresh: kept in the write's transaction
 * (lib/evaluation/currency.ts) and moved on by the daily `currency` job as dates pass.
 */
export const DUE_STATUSES = ["current", "due", "overdue"] as const;
export const memberCurrency = pgTable(
  "member_currency",
  {
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id),
    field: fieldEnum("field").notNull(),
    /** The latest date of a rating that counts in the field; null when none is rated. */
    lastAssessedOn: date("last_assessed_on"),
    dueFrom: date("due_from").notNull(),
    status: text("status", { enum: DUE_STATUSES }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.memberId, t.field] }),
    // The daily job's candidates: rows whose status the date can move.
    index("member_currency_due_from").on(t.dueFrom),
  ],
);

/**
 * Per team, how many active members are due and overdue (each member once, at their worst field), rewritten with
 * member_currency: the dashboards and /gaps read O(teams) rows.
 */
export const teamCurrencyCounts = pgTable("team_currency_counts", {
  teamId: integer("team_id")
    .primaryKey()
    .references(() => teams.id),
  due: integer("due").notNull().default(0),
  overdue: integer("overdue").notNull().default(0),
});

/**
 * Per team, how many rows each gap list has there (lib/evaluation/gap-counts.ts): `list` is singles, nobody, oneStep,
 * apart or stale; `key` is how far apart the ratings are for apart (2..7), else 0. Rewritten with team_level_counts in
 * the change's transaction (and for every team when targets of the team, its field or interval, or the organisation's
 * counting of self-ratings change); stale is moved on by the daily `currency` job. /gaps sums O(teams) rows for a
 * list's total and walks them to find the teams holding a page's rows. Only non-zero counts are stored.
 */
export const teamGapCounts = pgTable(
  "team_gap_counts",
  {
    teamId: integer("team_id")
      .notNull()
      .references(() => teams.id),
    list: text("list").notNull(),
    key: integer("key").notNull().default(0),
    n: integer("n").notNull(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.list, t.key] })],
);

/**
 * The organisation's settings, one row (id 1), changed by administrators under Admin. A missing row reads as the
 * defaults (lib/db/queries/settings.ts).
 */
export const organisationSettings = pgTable(
  "organisation_settings",
  {
    id: integer("id").primaryKey().default(1),
    /** Whether a self-rating without a lead rating counts toward targets, single points of failure and staffing. */
    countSelfRatings: boolean("count_self_ratings").notNull().default(false),
    version: version(),
    ...timestamps,
  },
  (t) => [check("organisation_settings_one_row", sql`${t.id} = 1`)],
);

/**
 * One row per signed-in device (lib/auth/sessions.ts): its id is carried in the session token and checked on every
 * request, so signing out there, or "End other sessions", ends that token even before it expires.
 */
export const sessions = pgTable(
  "sessions",
  {
    /** 32 random bytes, base64url: unguessable, and only ever inside the encrypted session token. */
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Updated at most every few minutes, not on every request. */
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    /** The browser's User-Agent at sign-in, shortened: only to tell the user's devices apart. */
    userAgent: text("user_agent"),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("sessions_user").on(t.userId, t.createdAt)],
);

export const NOTIFICATION_MAIL_STATES = ["none", "pending", "digest", "sent", "failed"] as const;
export const notificationMailStateEnum = pgEnum("notification_mail_state", NOTIFICATION_MAIL_STATES);
export const NOTIFICATION_MAIL_MODES = ["immediate", "digest", "off"] as const;
export type NotificationMailMode = (typeof NOTIFICATION_MAIL_MODES)[number];
export const notificationMailModeEnum = pgEnum("notification_mail_mode", NOTIFICATION_MAIL_MODES);

/**
 * One row per notification to one user (lib/notify): what happened, said as a message key and values so that it is
 * put into words in the reader's language when read (the inbox, the API) or mailed. It is also the mail outbox: it
 * is written in the transaction of the event that causes it, with mail_state 'pending' (e-mail at once), 'digest'
 * (the daily digest) or 'none' (no e-mail: the user's preference, or no SMTP_URL); the sender moves it to 'sent'
 * (or 'failed' after its retries). `dedupe_key` keys a time-based reminder by (kind, subject, period, user), so a
 * job that runs twice, or in two processes at once, notifies once.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    kind: text("kind").notNull(),
    /** A lib/i18n/text.ts Text: { key, values }. */
    text: jsonb("text").notNull(),
    /** The app-relative link the notification leads to ("/members/12"). */
    href: text("href").notNull(),
    dedupeKey: text("dedupe_key").unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
    mailState: notificationMailStateEnum("mail_state").notNull().default("none"),
    mailAttempts: integer("mail_attempts").notNull().default(0),
    /** When the sender may next try (back-off after a failure); null when nothing is to be sent. */
    mailNextAt: timestamp("mail_next_at", { withTimezone: true }),
    mailSentAt: timestamp("mail_sent_at", { withTimezone: true }),
    mailError: text("mail_error"),
  },
  (t) => [
    index("notifications_user_created").on(t.userId, t.createdAt),
    index("notifications_user_unread")
      .on(t.userId)
      .where(sql`${t.readAt} is null`),
    index("notifications_mail_pending")
      .on(t.mailNextAt)
      .where(sql`${t.mailState} = 'pending'`),
    index("notifications_mail_digest")
      .on(t.userId)
      .where(sql`${t.mailState} = 'digest'`),
  ],
);

/** A user's choice of e-mail per notification kind; no row = e-mail at once. In-app notifications are always kept. */
export const notificationPrefs = pgTable(
  "notification_prefs",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    kind: text("kind").notNull(),
    mode: notificationMailModeEnum("mode").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/**
 * One row per run of the time-based jobs (lib/jobs/runner.ts), so an administrator can see when they last ran and
 * how each job did. `trigger` says who started it: the server at start ('start'), its hourly timer ('hourly'),
 * `npm run jobs` ('command') or an administrator's "Run jobs now" ('admin'). `summary` is the per-job list
 * [{ name, ms, notified, changed, error? }]; `ok` is false when any job failed. A run that found another process
 * running the jobs (the advisory lock held) records nothing.
 */
export const jobRuns = pgTable(
  "job_runs",
  {
    id: id(),
    trigger: text("trigger").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    ok: boolean("ok"),
    summary: jsonb("summary").notNull().default([]),
  },
  (t) => [index("job_runs_started").on(t.startedAt)],
);

export const ROUND_SCOPES = ["team", "department", "organisation"] as const;
export type RoundScope = (typeof ROUND_SCOPES)[number];
export const roundScopeEnum = pgEnum("round_scope", ROUND_SCOPES);

/**
 * An assessment round (docs/rounds.md): a lead, head or administrator asks every active member of a team, a
 * department or the organisation to re-rate by a due date. Closed by the daily job once the due date has passed.
 */
export const rounds = pgTable(
  "rounds",
  {
    id: id(),
    scope: roundScopeEnum("scope").notNull(),
    teamId: integer("team_id").references(() => teams.id),
    departmentId: integer("department_id").references(() => departments.id),
    dueOn: date("due_on").notNull(),
    message: text("message"),
    startedBy: integer("started_by").references(() => users.id),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    version: version(),
  },
  (t) => [
    check(
      "rounds_scope_target",
      sql`(${t.scope} = 'team' and ${t.teamId} is not null and ${t.departmentId} is null) or (${t.scope} = 'department' and ${t.departmentId} is not null and ${t.teamId} is null) or (${t.scope} = 'organisation' and ${t.teamId} is null and ${t.departmentId} is null)`,
    ),
    check("rounds_message_length", sql`${t.message} is null or char_length(${t.message}) <= 2000`),
    index("rounds_open_due")
      .on(t.dueOn)
      .where(sql`${t.closedAt} is null`),
  ],
);

/** One task per member in a round's scope when it started: done when the member's quick update is submitted. */
export const roundTasks = pgTable(
  "round_tasks",
  {
    id: id(),
    roundId: integer("round_id")
      .notNull()
      .references(() => rounds.id),
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id),
    doneAt: timestamp("done_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("round_tasks_round_member").on(t.roundId, t.memberId),
    index("round_tasks_member_open")
      .on(t.memberId)
      .where(sql`${t.doneAt} is null`),
  ],
);

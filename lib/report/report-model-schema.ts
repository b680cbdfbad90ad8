// The report model: everything a renderer needs, as plain JSON. It is the JSON export as it is, so
// this schema is also its published contract (reportJsonSchema turns it into JSON Schema). Bump
// REPORT_SCHEMA_VERSION on any change a consumer could notice.
import { z } from 'zod';
import { NOTE_TAGS, EXERCISE_MODES, EXERCISE_ROLES } from '../exercise/event-schema';
import { SCENARIO_DIFFICULTIES } from '../exercise/scenario-schema';
import { CONTROL_KINDS, LIFECYCLE_STAGES, SEVERITIES, STRIDE_LETTERS } from '../library/vocabulary';
import { CAPABILITY_ELEMENTS, ITEM_STATUSES, RATING_LEVELS } from './hseep';

export const REPORT_KIND = 'sandtable.after-action-report';
export const REPORT_SCHEMA_VERSION = 1;

const iso = z.string().describe('ISO-8601 UTC timestamp');
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('calendar date, YYYY-MM-DD');
const ms = z.number().int().min(0).describe('milliseconds');
const hash = z.string().regex(/^[0-9a-f]{64}$/);
const person = z.strictObject({ name: z.string(), role: z.string() });

const mitigationRef = z.strictObject({ id: z.string(), title: z.string(), summary: z.string(), url: z.string().nullable(), kind: z.enum(CONTROL_KINDS).nullable() });
export type MitigationRef = z.infer<typeof mitigationRef>;

const threatRef = z.strictObject({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  severity: z.enum(SEVERITIES).nullable(),
  stride: z.array(z.enum(STRIDE_LETTERS)),
  lifecycle: z.array(z.enum(LIFECYCLE_STAGES)),
  /** False when the scenario names a threat the library given to the report does not hold. */
  inLibrary: z.boolean(),
});

const participant = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['user', 'guest']),
  role: z.enum(EXERCISE_ROLES),
  scenarioRole: z.strictObject({ id: z.string(), name: z.string() }).nullable(),
  joinedAt: iso,
  removedAt: iso.nullable(),
});

const overview = z.strictObject({
  exercise: z.strictObject({
    id: z.string(),
    title: z.string(),
    mode: z.enum(EXERCISE_MODES).nullable(),
    status: z.enum(['lobby', 'running', 'paused', 'ended']),
    startedAt: iso.nullable(),
    endedAt: iso.nullable(),
    /** Session time, pauses excluded. */
    activeMs: ms,
    plannedMinutes: z.number().int(),
    /** Ended before reaching one of the scenario's final injects. */
    endedEarly: z.boolean(),
    injectsRevealed: z.number().int(),
    injectsInScenario: z.number().int(),
    location: z.string().nullable(),
  }),
  scope: z.string(),
  scenario: z.strictObject({
    id: z.string(),
    title: z.string(),
    summary: z.string(),
    difficulty: z.enum(SCENARIO_DIFFICULTIES),
    collections: z.array(z.string()),
    /** The content hash exercise.started pinned, and whether the scenario given to the report is that version. */
    pinnedHash: hash.nullable(),
    matchesPinned: z.boolean().nullable(),
  }),
  objectives: z.array(z.strictObject({ id: z.string(), text: z.string() })),
  threats: z.array(threatRef),
  facilitators: z.array(z.string()),
  participants: z.array(participant),
});

const note = z.strictObject({
  seq: z.number().int(),
  text: z.string(),
  tag: z.enum(NOTE_TAGS),
  objectiveId: z.string().nullable(),
  injectId: z.string().nullable(),
  author: person,
  createdAt: iso,
});
export type ReportNote = z.infer<typeof note>;

const actionItem = z.strictObject({
  seq: z.number().int(),
  text: z.string(),
  owner: z.string(),
  dueDate: date,
  objectiveId: z.string().nullable(),
  injectId: z.string().nullable(),
  author: person,
  createdAt: iso,
});

const expectedAction = z.strictObject({
  id: z.string(),
  text: z.string(),
  objectiveId: z.string(),
  injectId: z.string(),
  injectTitle: z.string(),
  mitigation: mitigationRef.nullable(),
  observed: z.boolean(),
});
export type ReportExpectedAction = z.infer<typeof expectedAction>;

const decisionPoint = z.strictObject({
  prompt: z.string(),
  options: z.array(z.strictObject({ id: z.string(), label: z.string(), chosen: z.boolean() })),
  vote: z
    .strictObject({
      votes: z.array(z.strictObject({ name: z.string(), optionId: z.string(), optionLabel: z.string(), comment: z.string().nullable(), castAt: iso })),
      tally: z.array(z.strictObject({ optionId: z.string(), label: z.string(), count: z.number().int() })),
      tallyRevealed: z.boolean(),
    })
    .nullable(),
  decision: z
    .strictObject({
      optionId: z.string(),
      optionLabel: z.string(),
      /** What the scenario says follows from the chosen option. */
      consequence: z.string(),
      nextInjectId: z.string(),
      rationale: z.string(),
      decidedAt: iso,
      decidedBy: z.string(),
      /** Session time from the reveal to the decision. */
      timeToDecisionMs: ms,
      /** Whether the chosen option had the most votes (null: no vote, or a tie). */
      matchesVote: z.boolean().nullable(),
    })
    .nullable(),
  expectedActions: z.array(expectedAction),
});

const timelineEntry = z.strictObject({
  injectId: z.string(),
  title: z.string(),
  clock: z.string(),
  objectives: z.array(z.string()),
  seq: z.number().int(),
  revealedAt: iso,
  sessionMsAtReveal: ms,
  /** Session time until the next reveal or the end (or the last event, while the exercise runs). */
  timeOnInjectMs: ms,
  notes: z.array(note),
  actionItems: z.array(actionItem),
  decisionPoint: decisionPoint.nullable(),
});
export type TimelineEntry = z.infer<typeof timelineEntry>;

const finding = z.strictObject({
  source: z.enum(['note', 'expected-action', 'no-decision']),
  text: z.string(),
  seq: z.number().int().nullable(),
  injectId: z.string().nullable(),
  author: z.string().nullable(),
});
export type Finding = z.infer<typeof finding>;

const rating = z.strictObject({ level: z.enum(RATING_LEVELS), label: z.string(), definition: z.string() });

const objectiveAnalysis = z.strictObject({
  id: z.string(),
  text: z.string(),
  rating: rating.nullable(),
  strengths: z.array(finding),
  areasForImprovement: z.array(finding),
  observations: z.array(finding),
  expectedActions: z.array(expectedAction),
  /** The evidence the observed/not-observed rule read: strength notes and action items for this objective. */
  evidence: z.strictObject({ strengthNotes: z.number().int(), actionItems: z.number().int() }),
});
export type ObjectiveAnalysis = z.infer<typeof objectiveAnalysis>;

const analysis = z.strictObject({
  rule: z.string(),
  objectives: z.array(objectiveAnalysis),
  /** Notes tagged to no objective. */
  unlinked: z.strictObject({ strengths: z.array(finding), areasForImprovement: z.array(finding), observations: z.array(finding) }),
});

const coverageThreat = threatRef.extend({
  touched: z.boolean(),
  gaps: z.array(z.strictObject({ text: z.string(), how: z.enum(['expected-action-mitigation', 'named-in-note', 'scenario-wide']) })),
  mitigations: z.array(mitigationRef),
  atlas: z.array(z.strictObject({ id: z.string(), name: z.string().nullable() })),
});
export type CoverageThreat = z.infer<typeof coverageThreat>;

const coverage = z.strictObject({
  rule: z.string(),
  threats: z.array(coverageThreat),
  stride: z.array(z.strictObject({ letter: z.enum(STRIDE_LETTERS), name: z.string(), threats: z.number().int() })),
  lifecycle: z.array(z.strictObject({ stage: z.enum(LIFECYCLE_STAGES), name: z.string(), threats: z.number().int() })),
  matrix: z.strictObject({
    max: z.number().int(),
    rows: z.array(
      z.strictObject({
        stage: z.enum(LIFECYCLE_STAGES),
        name: z.string(),
        cells: z.array(z.strictObject({ letter: z.enum(STRIDE_LETTERS), count: z.number().int(), heat: z.number().int().min(0).max(4), threatIds: z.array(z.string()), gap: z.boolean() })),
      }),
    ),
  }),
  recommendedMitigations: z.array(mitigationRef.extend({ forThreats: z.array(z.string()), namedByExpectedAction: z.boolean() })),
});
export type ReportCoverage = z.infer<typeof coverage>;

export const improvementItemSchema = z.strictObject({
  id: z.string(),
  source: z.enum(['action-item', 'gap-note', 'expected-action', 'no-decision', 'added']),
  objectiveId: z.string().nullable(),
  objectiveText: z.string().nullable(),
  issue: z.string(),
  /** Null until someone decides what to do about the issue. */
  correctiveAction: z.string().nullable(),
  capability: z.enum(CAPABILITY_ELEMENTS).nullable(),
  owner: z.string().nullable(),
  startDate: date.nullable(),
  dueDate: date.nullable(),
  status: z.enum(ITEM_STATUSES),
  edited: z.boolean(),
});
export type ImprovementItem = z.infer<typeof improvementItemSchema>;

const logEntry = z.strictObject({
  seq: z.number().int(),
  createdAt: iso,
  type: z.string(),
  actor: z.strictObject({ name: z.string(), role: z.string(), kind: z.string() }),
  summary: z.string(),
  prevHash: z.string(),
  hash: z.string(),
});
export type LogEntry = z.infer<typeof logEntry>;

export const chainResultSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), head: z.string(), count: z.number().int() }),
  z.strictObject({ ok: z.literal(false), firstBrokenSeq: z.number().int(), reason: z.string() }),
]);

export const reportModelSchema = z
  .strictObject({
    kind: z.literal(REPORT_KIND),
    schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
    generatedAt: iso,
    status: z.enum(['draft', 'published']),
    published: z.strictObject({ publishedAt: iso, publishedBy: z.string().nullable(), finalHash: z.string(), eventCount: z.number().int() }).nullable(),
    overview,
    summary: z.strictObject({
      text: z.string(),
      generatedText: z.string(),
      edited: z.boolean(),
      keyDecisions: z.array(z.strictObject({ injectId: z.string(), injectTitle: z.string(), optionId: z.string(), optionLabel: z.string() })),
      counts: z.strictObject({
        decisions: z.number().int(),
        undecided: z.number().int(),
        strengths: z.number().int(),
        areasForImprovement: z.number().int(),
        openActionItems: z.number().int(),
      }),
    }),
    timeline: z.array(timelineEntry),
    analysis,
    coverage,
    improvementPlan: z.strictObject({ items: z.array(improvementItemSchema) }),
    appendix: z.strictObject({
      participants: z.array(participant),
      events: z.array(logEntry),
      /** Log entries the exercise engine refused to apply, with its reason. */
      problems: z.array(z.strictObject({ seq: z.number().int(), type: z.string(), message: z.string() })),
      chain: chainResultSchema,
    }),
    /** Edits that referred to something the report does not hold, and other things a reader should know. */
    warnings: z.array(z.string()),
  })
  .describe('Sandtable after-action report / improvement plan (HSEEP structure)');

export type ReportModel = z.infer<typeof reportModelSchema>;

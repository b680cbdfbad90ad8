// The contract for a tabletop scenario (content/scenarios/*.mdx frontmatter). The content check
// parses every scenario with it, then checks its graph (lib/exercise/validate-scenario.ts) and its
// references into the library. The MDX body is the background briefing participants may read.
import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case slug (a-z, 0-9, -)');
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const uniqueList = <T extends z.ZodType>(item: T) =>
  z.array(item).refine((list) => new Set(list).size === list.length, 'must not repeat a value');

export const SCENARIO_DIFFICULTIES = ['beginner', 'intermediate', 'advanced'] as const;
export type ScenarioDifficulty = (typeof SCENARIO_DIFFICULTIES)[number];

/** How an artifact card is drawn: each kind has the look of the tool it comes from. */
export const ARTIFACT_KINDS = ['log', 'alert', 'chat', 'email', 'registry', 'ci', 'ticket', 'dashboard', 'document', 'code'] as const;
export type ArtifactKind = (typeof ARTIFACT_KINDS)[number];

/** The scenario clock, story time since the first inject: T+00 … T+999 (minutes). */
export const scenarioClockSchema = z.string().regex(/^T\+\d{2,4}$/, 'must look like T+00 or T+145 (minutes into the story)');

export function clockMinutes(clock: string): number {
  return Number(clock.slice(2));
}

export const scenarioRoleSchema = z.strictObject({
  id: slug,
  name: text(60),
  /** What this role is responsible for in the exercise; shown on the briefing page. */
  brief: text(400),
});

export const scenarioObjectiveSchema = z.strictObject({
  id: slug,
  /** Specific and observable: what the team must decide or do, not "understand X". */
  text: text(400),
});

export const artifactSchema = z.strictObject({
  kind: z.enum(ARTIFACT_KINDS),
  title: text(160),
  /** Where it comes from: a hostname, a tool, a channel, a sender. */
  source: text(160).optional(),
  /** When it was produced, in the artifact's own format (ISO time, syslog time, …). */
  timestamp: text(60).optional(),
  /** The artifact itself, shown verbatim in a monospace card (log lines, a message, a diff). */
  body: text(6000),
});
export type Artifact = z.infer<typeof artifactSchema>;

export const discussionQuestionSchema = z.strictObject({
  text: text(400),
  /** The role the question is put to, when it is role-directed. */
  role: slug.optional(),
});

export const decisionOptionSchema = z.strictObject({
  id: slug,
  label: text(200),
  /** What follows from choosing it; facilitator-only until the decision is recorded. */
  consequence: text(1500),
  /** The inject this option leads to. */
  next: slug,
});
export type DecisionOption = z.infer<typeof decisionOptionSchema>;

export const expectedActionSchema = z.strictObject({
  id: slug,
  text: text(400),
  objective: slug,
  /** A library mitigation that implements the action, where one fits. */
  mitigation: slug.optional(),
});
export type ExpectedAction = z.infer<typeof expectedActionSchema>;

export const decisionPointSchema = z.strictObject({
  prompt: text(400),
  options: z.array(decisionOptionSchema).min(2, 'a decision needs at least two options').max(6, 'at most six options'),
  expectedActions: z.array(expectedActionSchema).min(1, 'name at least one action a strong team takes'),
});
export type DecisionPoint = z.infer<typeof decisionPointSchema>;

export const injectSchema = z.strictObject({
  id: slug,
  clock: scenarioClockSchema,
  title: text(120),
  /** What happens, told to the room (Markdown paragraphs, rendered as text). */
  narrative: text(4000),
  /** The objectives this inject serves. */
  objectives: uniqueList(slug).min(1, 'every inject serves at least one objective'),
  artifacts: z.array(artifactSchema).default([]),
  questions: z.array(discussionQuestionSchema).min(1, 'give at least one discussion question').max(6, 'at most six questions'),
  /** What to listen for, common misconceptions, the question to ask if the room is stuck. Never shown to participants. */
  facilitatorNotes: text(4000),
  /** The inject that follows when there is no decision point. Absent with no decision: this inject ends the exercise. */
  next: slug.optional(),
  decision: decisionPointSchema.optional(),
});
export type Inject = z.infer<typeof injectSchema>;

export const scenarioSchema = z.strictObject({
  id: slug,
  title: text(120),
  summary: text(400),
  difficulty: z.enum(SCENARIO_DIFFICULTIES),
  /** Planned length of the session in minutes. */
  durationMinutes: z.number().int().min(30).max(240),
  /** Library collections the scenario's setting draws on (for the catalogue's filter). */
  collections: uniqueList(slug).default([]),
  roles: z.array(scenarioRoleSchema).min(2, 'name at least two roles'),
  objectives: z.array(scenarioObjectiveSchema).min(2, 'give two to four objectives').max(4, 'give two to four objectives'),
  /** Library threat ids in scope. */
  threats: uniqueList(slug).min(1, 'name at least one threat in scope'),
  /** The first inject. */
  start: slug,
  injects: z.array(injectSchema).min(5, 'a scenario has 5–9 injects').max(9, 'a scenario has 5–9 injects'),
  references: z
    .array(z.strictObject({ title: text(300), url: z.url({ protocol: /^https$/, error: 'must be an https URL' }) }))
    .min(1, 'every scenario cites at least one source'),
});
export type Scenario = z.infer<typeof scenarioSchema>;

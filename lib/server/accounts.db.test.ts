import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditEvents, memberships, users } from '../db/schema';
import type { OpenDatabase } from '../db/open-database';
import { databaseKind, openTestDatabase, truncateAll } from '../testing/test-database';
import { changePassword, deleteAccount, signOutEverywhere, signUp, verifyPassword } from './accounts';
import { createInvite, acceptInvite } from './invites';
import { updateInstanceSettings } from './instance-settings';
import { changeMemberRole, createTeam, getMembership, removeMember } from './teams';
import { checkSignInRate, recordSignInAttempt } from './sign-in-attempts';
import { HttpError } from './http';

let database: OpenDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
}, 30_000);
afterAll(async () => database.close());
beforeEach(async () => truncateAll(database));

const pw = 'correct horse battery';
const ana = { name: 'Ana', email: 'ana@example.com', password: pw };
const ben = { name: 'Ben', email: 'ben@example.com', password: pw };

async function expectHttp(promise: Promise<unknown>, status: number, message?: RegExp) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(HttpError);
  if (error instanceof HttpError) {
    expect(error.status).toBe(status);
    if (message) expect(error.message).toMatch(message);
  }
}

describe(`accounts on ${databaseKind}`, () => {
  it('makes the first account the admin and no other', async () => {
    const first = await signUp(database.db, ana);
    const second = await signUp(database.db, ben);
    expect(first.user.isAdmin).toBe(true);
    expect(second.user.isAdmin).toBe(false);
  });

  it('makes exactly one admin when the first sign-ups race', async () => {
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((n) => signUp(database.db, { name: n, email: `${n}@example.com`, password: pw })));
    expect(results.filter((r) => r.user.isAdmin)).toHaveLength(1);
  });

  it('stores one account per email: a retried sign-up is refused, not doubled', async () => {
    await signUp(database.db, ana);
    await expectHttp(signUp(database.db, { ...ana, email: 'ana@example.com' }), 409, /already exists/);
    expect(await database.db.select().from(users)).toHaveLength(1);
  });

  it('stores hostile display names verbatim (rendered as text later)', async () => {
    const { user } = await signUp(database.db, { ...ana, name: `<script>alert(1)</script>'; drop table users;--` });
    expect(user.name).toBe(`<script>alert(1)</script>'; drop table users;--`);
  });

  it('verifies passwords and never returns the hash', async () => {
    await signUp(database.db, ana);
    const user = await verifyPassword(database.db, ana.email, pw);
    expect(user).not.toBeNull();
    expect(JSON.stringify(user)).not.toMatch(/argon2/);
    expect(await verifyPassword(database.db, ana.email, 'wrong password!')).toBeNull();
    expect(await verifyPassword(database.db, 'nobody@example.com', pw)).toBeNull();
  });

  it('follows the sign-up policy: invitation only, then an invite admits into its team and role', async () => {
    const { user: admin } = await signUp(database.db, ana);
    await updateInstanceSettings(database.db, admin, { signupPolicy: 'invite', allowedDomains: [] });
    await expectHttp(signUp(database.db, ben), 403, /invitation only/);
    const team = await createTeam(database.db, admin, 'Fraud ML', 'fraud-ml');
    const invite = await createInvite(database.db, admin, team.teamId, 'facilitator', undefined, 7);
    const { user, teamSlug } = await signUp(database.db, { ...ben, inviteToken: invite.token });
    expect(teamSlug).toBe('fraud-ml');
    expect((await getMembership(database.db, 'fraud-ml', user.id))?.role).toBe('facilitator');
    // Single use: the same link cannot admit a third person.
    await expectHttp(signUp(database.db, { name: 'Cy', email: 'cy@example.com', password: pw, inviteToken: invite.token }), 410, /already been used/);
    expect(await database.db.select().from(users)).toHaveLength(2);
  });

  it('lets only one of two simultaneous acceptances of an invite through', async () => {
    const { user: admin } = await signUp(database.db, ana);
    const team = await createTeam(database.db, admin, 'Fraud ML', 'fraud-ml');
    const invite = await createInvite(database.db, admin, team.teamId, 'member', undefined, 7);
    const { user: b } = await signUp(database.db, ben);
    const { user: c } = await signUp(database.db, { name: 'Cy', email: 'cy@example.com', password: pw });
    const outcomes = await Promise.allSettled([acceptInvite(database.db, invite.token, b), acceptInvite(database.db, invite.token, c)]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(await database.db.select().from(memberships).where(eq(memberships.teamId, team.teamId))).toHaveLength(2);
  });

  it('keeps at least one owner and audits role changes', async () => {
    const { user: owner } = await signUp(database.db, ana);
    const { user: other } = await signUp(database.db, ben);
    const team = await createTeam(database.db, owner, 'Fraud ML', 'fraud-ml');
    await expectHttp(removeMember(database.db, owner, team.teamId, owner.id), 409, /last owner/);
    await expectHttp(changeMemberRole(database.db, owner, team.teamId, owner.id, 'member'), 409, /at least one owner/);
    const invite = await createInvite(database.db, owner, team.teamId, 'member', undefined, 7);
    await acceptInvite(database.db, invite.token, other);
    await changeMemberRole(database.db, owner, team.teamId, other.id, 'owner');
    await removeMember(database.db, owner, team.teamId, owner.id);
    expect(await getMembership(database.db, 'fraud-ml', owner.id)).toBeNull();
    const actions = (await database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.teamId, team.teamId))).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['team.created', 'invite.created', 'invite.accepted', 'member.role_changed', 'member.left']));
  });

  it('deletes an account with its memberships, and audits it', async () => {
    const { user: owner } = await signUp(database.db, ana);
    const { user: other } = await signUp(database.db, ben);
    const team = await createTeam(database.db, owner, 'Fraud ML', 'fraud-ml');
    const invite = await createInvite(database.db, owner, team.teamId, 'member', undefined, 7);
    await acceptInvite(database.db, invite.token, other);
    await deleteAccount(database.db, other);
    expect(await database.db.select().from(users).where(eq(users.id, other.id))).toHaveLength(0);
    expect(await database.db.select().from(memberships).where(eq(memberships.userId, other.id))).toHaveLength(0);
    expect((await database.db.select({ action: auditEvents.action }).from(auditEvents)).map((r) => r.action)).toContain('account.deleted');
    expect(await verifyPassword(database.db, ben.email, pw)).toBeNull();
  });

  it('refuses to delete the last owner of a team', async () => {
    const { user } = await signUp(database.db, ana);
    await createTeam(database.db, user, 'Fraud ML', 'fraud-ml');
    await expectHttp(deleteAccount(database.db, user), 409, /last owner/);
  });

  it('bumps the session version on sign out everywhere and on a password change', async () => {
    const { user } = await signUp(database.db, ana);
    await signOutEverywhere(database.db, user.id);
    await changePassword(database.db, { ...user }, pw, 'a much better passphrase');
    const [row] = await database.db.select({ sv: users.sessionVersion }).from(users).where(eq(users.id, user.id));
    expect(row?.sv).toBe(user.sessionVersion + 2);
    await expectHttp(changePassword(database.db, user, 'not the password', 'another fine passphrase'), 400, /current password is wrong/);
  });

  it('rate-limits sign-in per account after five failures', async () => {
    for (let i = 0; i < 4; i++) await recordSignInAttempt(database.db, 'ana@example.com', '10.0.0.1', false);
    expect((await checkSignInRate(database.db, 'ana@example.com', '10.0.0.1')).allowed).toBe(true);
    await recordSignInAttempt(database.db, 'ana@example.com', '10.0.0.1', false);
    const decision = await checkSignInRate(database.db, 'ana@example.com', '10.0.0.9');
    expect(decision).toMatchObject({ allowed: false, message: expect.stringMatching(/Try again in 15 minutes/) });
    expect((await checkSignInRate(database.db, 'ben@example.com', '10.0.0.9')).allowed).toBe(true);
  });
});

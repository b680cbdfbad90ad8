// POST /api/account/sign-out-everywhere – end every session of this account
import { signOutEverywhere } from '@/lib/server/accounts';
import { jsonResponse } from '@/lib/server/http';
import { withUser } from '@/lib/server/with-team';

export const POST = withUser({}, async ({ db, user }) => {
  await signOutEverywhere(db, user.id);
  return jsonResponse({ signedOut: true });
});

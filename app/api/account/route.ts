// PATCH /api/account – change the display name; DELETE /api/account – delete the account
import { deleteAccountInput, updateAccountInput } from '@/lib/auth/input-schemas';
import { deleteAccount, updateName } from '@/lib/server/accounts';
import { jsonResponse } from '@/lib/server/http';
import { withUser } from '@/lib/server/with-team';

export const PATCH = withUser({ input: updateAccountInput }, async ({ db, user, input }) => {
  await updateName(db, user.id, input.name);
  return jsonResponse({ name: input.name });
});

export const DELETE = withUser({ input: deleteAccountInput }, async ({ db, user }) => {
  await deleteAccount(db, user);
  return jsonResponse({ deleted: true });
});

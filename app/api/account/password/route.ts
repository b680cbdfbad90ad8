// POST /api/account/password – change the password (signs out every other session)
import { changePasswordInput } from '@/lib/auth/input-schemas';
import { changePassword } from '@/lib/server/accounts';
import { jsonResponse } from '@/lib/server/http';
import { withUser } from '@/lib/server/with-team';

export const POST = withUser({ input: changePasswordInput }, async ({ db, user, input }) => {
  await changePassword(db, user, input.currentPassword, input.newPassword);
  return jsonResponse({ changed: true });
});

// PUT /api/admin/settings – who may sign up (instance admin only)
import { instanceSettingsInput } from '@/lib/auth/input-schemas';
import { HttpError, jsonResponse } from '@/lib/server/http';
import { updateInstanceSettings } from '@/lib/server/instance-settings';
import { withUser } from '@/lib/server/with-team';

export const PUT = withUser({ input: instanceSettingsInput }, async ({ db, user, input }) => {
  if (!user.isAdmin) throw new HttpError(403, 'Only the instance administrator can change sign-up settings.');
  await updateInstanceSettings(db, user, input);
  return jsonResponse(input);
});

// POST /api/account/sign-up – create an account (optionally through an invite link)
import { signUpInput } from '@/lib/auth/input-schemas';
import { signUp } from '@/lib/server/accounts';
import { getDb } from '@/lib/server/database';
import { assertSameOrigin, errorResponse, jsonResponse, readJson } from '@/lib/server/http';

export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const input = await readJson(request, signUpInput);
    const { user, teamSlug } = await signUp(await getDb(), input);
    return jsonResponse({ user: { name: user.name, email: user.email, isAdmin: user.isAdmin }, teamSlug }, 201);
  } catch (error) {
    return errorResponse(error);
  }
}

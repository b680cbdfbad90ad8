// GET /api/me – who is signed in, for the header of static pages (no private data beyond names)
import { getDb } from '@/lib/server/database';
import { errorResponse, jsonResponse } from '@/lib/server/http';
import { getSessionUser } from '@/lib/server/session';
import { listTeamsForUser } from '@/lib/server/teams';

export async function GET() {
  try {
    const user = await getSessionUser();
    if (!user) return jsonResponse({ signedIn: false });
    const teams = await listTeamsForUser(await getDb(), user.id);
    return jsonResponse({ signedIn: true, name: user.name, isAdmin: user.isAdmin, teams: teams.map((t) => ({ slug: t.slug, name: t.name, role: t.role })) });
  } catch (error) {
    return errorResponse(error);
  }
}

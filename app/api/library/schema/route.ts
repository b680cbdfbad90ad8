// GET /api/library/schema – JSON Schema of the /api/library response (static)
import { libraryExportJsonSchema } from '@/lib/library/library-export-schema';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(libraryExportJsonSchema());
}

// The server's environment, parsed once. A bad value stops the start with a message naming it.
import 'server-only';
import { parseEnv, type Env } from './env-schema';

let parsed: Env | undefined;

export class EnvironmentError extends Error {
  override name = 'EnvironmentError';
}

export function env(): Env {
  if (parsed) return parsed;
  const result = parseEnv(process.env);
  if (!result.ok) throw new EnvironmentError(result.message);
  parsed = result.env;
  return parsed;
}

export function isBuildPhase(): boolean {
  return process.env.NEXT_PHASE === 'phase-production-build';
}

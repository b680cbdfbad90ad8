// Stands in for `server-only` under Vitest, which has no React server condition.
export {};

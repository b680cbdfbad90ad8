// npm run atlas:coverage — which ATLAS techniques the library cites and which it does not.
import { loadLibraryFromDisk } from '../lib/content/load-from-disk';
import { atlasCoverage } from '../lib/library/atlas-coverage';

const { library, atlas } = loadLibraryFromDisk();
const coverage = atlasCoverage(library, atlas);
const uncovered = coverage.filter((c) => c.threats.length === 0);
console.log(`${atlas.source}: ${coverage.length - uncovered.length} of ${coverage.length} techniques cited by library threats\n`);
console.log('Not covered:');
for (const { technique } of uncovered) {
  const tactics = technique.tactics.map((id) => atlas.tactics.find((t) => t.id === id)?.name ?? id).join(', ');
  console.log(`  ${technique.id.padEnd(15)} ${technique.name} (${tactics})`);
}

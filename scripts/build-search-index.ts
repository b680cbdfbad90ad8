// Builds the search index once, in the content step (npm run content, so also npm run build):
// the server loads this file (lib/content/search-source.ts) and serves it to the palette as
// /search-index.json, so nothing builds the index from documents at run time.
import { writeFileSync } from 'node:fs';
import { loadLibraryFromDisk } from '../lib/content/load-from-disk';
import { indexDocuments } from '../lib/search/index-documents';
import { toSearchDocuments } from '../lib/search/search-document';

const FILE = '.contentlayer/search-index.json';

const { library, atlas } = loadLibraryFromDisk();
const index = indexDocuments(toSearchDocuments(library, atlas));
const json = JSON.stringify(index);
writeFileSync(FILE, json);
console.log(`search index: ${index.documents.length} entries, ${index.words.length} words, ${(json.length / 1024).toFixed(0)} KiB → ${FILE}`);

// Parses an MDX body the way the compiler does (remark-parse with remark-mdx, and the same GFM
// syntax as contentlayer.config.ts) and lists what may not appear in content, by line.
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { mdxUnsafeNodes, type UnsafeFinding } from './mdx-unsafe-nodes';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

// A VFileMessage carries its place as a point ({ line }) or a range ({ start: { line } }); some
// (an unclosed tag) carry none and name the range only in the text: "… (3:1-3:22)".
function parseErrorLine(error: unknown): number | undefined {
  if (!isRecord(error)) return undefined;
  const place = error.place;
  const point = isRecord(place) && isRecord(place.start) ? place.start : place;
  if (isRecord(point) && typeof point.line === 'number') return point.line;
  if (typeof error.line === 'number') return error.line;
  const inText = /\((\d+):\d+(?:-\d+:\d+)?\)$/.exec(String(error.message ?? ''));
  return inText ? Number(inText[1]) : undefined;
}

/** Problems in an MDX body; lines are 1-based within the body text. */
export function mdxBodyProblems(bodyRaw: string, components: readonly string[]): UnsafeFinding[] {
  let tree;
  try {
    tree = parser.parse(bodyRaw);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [{ line: parseErrorLine(error), message: `MDX does not parse: ${reason}` }];
  }
  return mdxUnsafeNodes(tree, components);
}

// A remark plugin for the compile step: drops every node and attribute the content check rejects
// (expressions, import/export, unknown elements, non-literal attributes) before MDX becomes code.
// The check is the contract and names the file and line; this makes the compiled output inert
// even when the check did not run (`contentlayer2 build` alone, or `next dev` after a failed check).
import { unsafeAttributeMessage, unsafeNodeMessage, type MdxNode } from './mdx-unsafe-nodes';

function prune(node: MdxNode, components: readonly string[]): void {
  if (node.attributes) node.attributes = node.attributes.filter((a) => !unsafeAttributeMessage(node.name ?? '', a));
  if (!node.children) return;
  node.children = node.children.filter((child) => !unsafeNodeMessage(child, components));
  for (const child of node.children) prune(child, components);
}

export function remarkInertMdx(options: { components: readonly string[] }) {
  return (tree: MdxNode) => prune(tree, options.components);
}

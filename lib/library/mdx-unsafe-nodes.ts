// What in an MDX tree could run code when a page renders. Compiled MDX is evaluated on the
// server, so `{process.env.X}` in prose, an `import`/`export`, or an attribute like
// `title={fetch(…)}` would execute with the server's environment. Content may only use the
// registered components with literal attributes. Shared by the content check (which reports) and
// the compile step (which drops what the check would reject, in case the check is skipped).

/** An mdast node as remark-mdx produces it; only the fields this module reads. */
export interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: unknown[];
  children?: MdxNode[];
  position?: { start: { line: number } };
}

export interface UnsafeFinding {
  line: number | undefined;
  message: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** A string, a number, or an array/object literal of those: data, not code. */
function isLiteralEstree(node: unknown): boolean {
  if (!isRecord(node)) return false;
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' || typeof node.value === 'number';
    case 'UnaryExpression':
      return node.operator === '-' && isRecord(node.argument) && node.argument.type === 'Literal' && typeof node.argument.value === 'number';
    case 'ArrayExpression':
      return Array.isArray(node.elements) && node.elements.every(isLiteralEstree);
    case 'ObjectExpression':
      return Array.isArray(node.properties) && node.properties.every(isLiteralProperty);
    default:
      return false;
  }
}

function isLiteralProperty(node: unknown): boolean {
  // A computed key (`{ [x]: 1 }`) reads a variable; methods, getters and shorthand (`{ x }`) fail the value check.
  if (!isRecord(node) || node.type !== 'Property' || node.computed) return false;
  const key = node.key;
  const plainKey = isRecord(key) && (key.type === 'Identifier' || (key.type === 'Literal' && (typeof key.value === 'string' || typeof key.value === 'number')));
  return plainKey && isLiteralEstree(node.value);
}

/** `ids={["a", "b"]}`: the attribute's value is one expression statement holding a literal. */
function isLiteralAttributeValue(value: unknown): boolean {
  if (!isRecord(value) || value.type !== 'mdxJsxAttributeValueExpression') return true; // a plain string value
  const estree = isRecord(value.data) ? value.data.estree : undefined;
  if (!isRecord(estree) || !Array.isArray(estree.body) || estree.body.length !== 1) return false;
  const [statement] = estree.body;
  return isRecord(statement) && statement.type === 'ExpressionStatement' && isLiteralEstree(statement.expression);
}

const lineOf = (node: unknown): number | undefined => {
  if (!isRecord(node) || !isRecord(node.position) || !isRecord(node.position.start)) return undefined;
  const line = node.position.start.line;
  return typeof line === 'number' ? line : undefined;
};

const snippet = (value: unknown) => {
  const text = String(value ?? '').replace(/\s+/g, ' ').trim();
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
};

const JSX_ELEMENTS = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

/** Why this node may not appear in content, or undefined when it may. */
export function unsafeNodeMessage(node: MdxNode, components: readonly string[]): string | undefined {
  if (node.type === 'mdxjsEsm') return 'import and export statements are not allowed in content';
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
    return `MDX expression {${snippet(node.value)}} is not allowed in content (write a literal brace as \\{, or put code in backticks)`;
  }
  if (JSX_ELEMENTS.has(node.type) && !components.includes(node.name ?? '')) {
    return `<${node.name ?? ''}> is not an MDX component of this library (use one of ${components.join(', ')})`;
  }
  return undefined;
}

/** Why this attribute of a registered component may not appear, or undefined when it may. */
export function unsafeAttributeMessage(element: string, attribute: unknown): string | undefined {
  if (!isRecord(attribute)) return `<${element}> has an attribute MDX could not read`;
  if (attribute.type === 'mdxJsxExpressionAttribute') return `<${element} {${snippet(attribute.value)}}>: expression attributes are not allowed`;
  if (!isLiteralAttributeValue(attribute.value)) {
    const value = isRecord(attribute.value) ? attribute.value.value : attribute.value;
    return `<${element} ${String(attribute.name)}={${snippet(value)}}>: attribute values must be literals (a string, a number, or an array or object of them)`;
  }
  return undefined;
}

/** Every finding in the tree, in document order, with the line in the parsed text. */
export function mdxUnsafeNodes(tree: MdxNode, components: readonly string[]): UnsafeFinding[] {
  const findings: UnsafeFinding[] = [];
  const visit = (node: MdxNode) => {
    const message = unsafeNodeMessage(node, components);
    if (message) findings.push({ line: lineOf(node), message });
    // An unknown element is one problem; its attributes are not worth a second.
    else if (JSX_ELEMENTS.has(node.type)) {
      for (const attribute of node.attributes ?? []) {
        const problem = unsafeAttributeMessage(node.name ?? '', attribute);
        if (problem) findings.push({ line: lineOf(attribute) ?? lineOf(node), message: problem });
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return findings;
}

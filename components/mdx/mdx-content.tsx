// Server only: compiled MDX is evaluated here, and neither it nor the content may reach a browser bundle.
import 'server-only';
import type { ReactNode } from 'react';
import * as runtime from 'react/jsx-runtime';
import { mdxComponents } from './mdx-components';

type MdxRender = (props: { components: typeof mdxComponents }) => ReactNode;

// Contentlayer compiles MDX (through @mdx-js/mdx and mdx-bundler) into a function body that
// expects the JSX runtime as `_jsx_runtime`. It is evaluated on the server only: library pages
// are rendered at build time, so the browser receives HTML and no MDX runtime.
const cache = new Map<string, MdxRender>();

function mdxRender(code: string): MdxRender {
  let render = cache.get(code);
  if (!render) {
    const factory = new Function('React', 'ReactDOM', '_jsx_runtime', code) as (...scope: unknown[]) => { default: MdxRender };
    render = factory({}, {}, runtime).default;
    cache.set(code, render);
  }
  return render;
}

export function MdxContent({ code }: { code: string }) {
  // Called as a function: compiled MDX content is a pure function of its props and holds no state.
  return <div className="prose-content">{mdxRender(code)({ components: mdxComponents })}</div>;
}

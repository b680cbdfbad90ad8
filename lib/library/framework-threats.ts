// The threats a framework category page lists: by STRIDE letter or LINDDUN category.
import type { FrameworkPage, Threat } from './build-library';

export function threatsForFrameworkPage(page: Pick<FrameworkPage, 'framework' | 'kind' | 'code'>, threats: readonly Threat[]): Threat[] {
  if (page.kind !== 'category') return [];
  if (page.framework === 'stride') return threats.filter((t) => t.stride.some((letter) => letter === page.code));
  if (page.framework === 'linddun') return threats.filter((t) => t.linddun.some((category) => category === page.code));
  return [];
}

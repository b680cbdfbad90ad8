// Small helpers for the report's SVG charts: fixed number formatting (so the same data draws the
// same bytes), escaped text, and the frame every chart shares (title and description for screen
// readers, a viewBox so it scales in print).
import { escapeHtml } from './escape-text';

export const num = (value: number) => (Math.round(value * 10) / 10).toString();

export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

export function svgText(x: number, y: number, text: string, attrs = ''): string {
  return `<text x="${num(x)}" y="${num(y)}"${attrs ? ` ${attrs}` : ''}>${escapeHtml(text)}</text>`;
}

export function svgFrame(id: string, width: number, height: number, title: string, description: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${num(width)} ${num(height)}" width="${num(width)}" height="${num(height)}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="Helvetica, Arial, sans-serif" font-size="11">`,
    `<title id="${id}-title">${escapeHtml(title)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(description)}</desc>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...body,
    '</svg>',
  ].join('');
}

/** Round axis steps (1, 2, 5 × 10^n minutes) giving about `target` ticks. */
export function tickStep(maxValue: number, target = 6): number {
  const raw = Math.max(maxValue, 1) / target;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= raw) ?? 10 * magnitude;
  return step;
}

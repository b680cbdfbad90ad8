// Building blocks for the Word document: paragraphs of user text (line breaks kept), headings that
// use Word's own heading styles (so the navigation pane and a table of contents work), and tables
// with a repeating header row.
import { BorderStyle, HeadingLevel, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import { xmlSafe } from './escape-text';

export const FONT = 'Calibri';

/** Text runs for user text: one run per line, joined by line breaks. */
export function textRuns(text: string, options: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {}): TextRun[] {
  return xmlSafe(text)
    .split(/\r\n|\r|\n/)
    .map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : undefined, ...options }));
}

export function para(text: string, options: { bold?: boolean; italics?: boolean; size?: number; color?: string; style?: string } = {}): Paragraph {
  const { style, ...run } = options;
  return new Paragraph({ style, children: textRuns(text, run), spacing: { after: 80 } });
}

/** "Label: value" with the label in bold. */
export function fact(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), ...textRuns(value)], spacing: { after: 40 } });
}

export function bullet(children: ParagraphChild[] | string): Paragraph {
  return new Paragraph({ bullet: { level: 0 }, children: typeof children === 'string' ? textRuns(children) : children });
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;

export function heading(level: keyof typeof HEADINGS, text: string, pageBreakBefore = false): Paragraph {
  return new Paragraph({ heading: HEADINGS[level], children: textRuns(text), pageBreakBefore });
}

const border = { style: BorderStyle.SINGLE, size: 4, color: 'B0BEC5' };
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

export interface CellSpec {
  text: string;
  fill?: string;
  bold?: boolean;
}

/** A full-width table; `widths` are percentages of the page width. */
export function table(head: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | CellSpec>>, widths?: readonly number[], size = 18): Table | Paragraph {
  if (rows.length === 0) return para('None.', { italics: true });
  const cell = (spec: string | CellSpec, column: number, header: boolean) => {
    const { text, fill, bold } = typeof spec === 'string' ? { text: spec, fill: undefined, bold: undefined } : spec;
    return new TableCell({
      width: widths?.[column] === undefined ? undefined : { size: widths[column] ?? 0, type: WidthType.PERCENTAGE },
      shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'ECEFF1' } : fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
      children: [new Paragraph({ children: textRuns(text, { bold: header || bold, size }) })],
    });
  };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: head.map((h, i) => cell(h, i, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((spec, i) => cell(spec, i, false)) })),
    ],
  });
}

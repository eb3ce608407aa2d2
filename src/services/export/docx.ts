import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { ExportBlock, ExportDocument, ExportInline } from '../../domain/export/export-doc';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const INDENT_TWIPS = 720;

/** Where a paragraph sits: its list level, how many steps it is indented (quotes, later paragraphs of an item) and its list. */
interface Place {
  listLevel: number;
  indentSteps: number;
  numbering: { reference: string; instance: number } | 'bullet' | null;
}

const TOP: Place = { listLevel: -1, indentSteps: 0, numbering: null };

function runsOf(content: ExportInline[]): ParagraphChild[] {
  return content.map((inline): ParagraphChild => {
    if (inline.type === 'hardBreak') return new TextRun({ break: 1 });
    const has = (type: string) => inline.marks.some((mark) => mark.type === type);
    const link = inline.marks.find((mark) => mark.type === 'link');
    const run = new TextRun({
      text: inline.text,
      bold: has('bold'),
      italics: has('italic'),
      strike: has('strike'),
      font: has('code') ? 'Courier New' : undefined,
      style: link ? 'Hyperlink' : undefined,
    });
    return link ? new ExternalHyperlink({ link: link.href, children: [run] }) : run;
  });
}

/** Builds the Word paragraphs of the body, numbering each ordered list as its own instance. */
class BodyWriter {
  readonly starts = new Set<number>();
  private instance = 0;

  blocks(blocks: ExportBlock[], place: Place): Paragraph[] {
    return blocks.flatMap((block) => this.block(block, place));
  }

  private paragraph(content: ExportInline[], place: Place, heading?: 1 | 2 | 3): Paragraph {
    const numbering = place.numbering;
    return new Paragraph({
      children: runsOf(content),
      heading: heading ? HEADINGS[heading] : undefined,
      bullet: numbering === 'bullet' ? { level: place.listLevel } : undefined,
      numbering: numbering && numbering !== 'bullet' ? { ...numbering, level: place.listLevel } : undefined,
      indent: place.indentSteps > 0 ? { left: INDENT_TWIPS * place.indentSteps } : undefined,
    });
  }

  private block(block: ExportBlock, place: Place): Paragraph[] {
    switch (block.type) {
      case 'paragraph':
        return [this.paragraph(block.content, place)];
      case 'heading':
        return [this.paragraph(block.content, place, block.level)];
      case 'bulletList':
        return block.items.flatMap((item) => this.item(item, place, 'bullet'));
      case 'orderedList': {
        this.starts.add(block.start);
        this.instance += 1;
        const numbering = { reference: orderedReference(block.start), instance: this.instance };
        return block.items.flatMap((item) => this.item(item, place, numbering));
      }
      case 'blockquote':
        return this.blocks(block.content, { ...place, indentSteps: place.indentSteps + 1 });
      case 'horizontalRule':
        return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'auto', space: 1 } } })];
    }
  }

  /** The first paragraph of an item carries its marker; the ones after it are indented to match. */
  private item(item: ExportBlock[], place: Place, numbering: Place['numbering']): Paragraph[] {
    const level = Math.min(place.listLevel + 1, 8);
    const [first, ...rest] = item;
    const marked = this.block(first, { ...place, listLevel: level, numbering });
    const following = this.blocks(rest, { ...place, listLevel: level, numbering: null, indentSteps: place.indentSteps + level + 1 });
    return [...marked, ...following];
  }
}

function orderedReference(start: number): string {
  return `ordered-from-${start}`;
}

function orderedNumbering(start: number) {
  return {
    reference: orderedReference(start),
    levels: Array.from({ length: 9 }, (_, level) => ({
      level,
      format: LevelFormat.DECIMAL,
      text: `%${level + 1}.`,
      start: level === 0 ? start : 1,
      alignment: AlignmentType.START,
      style: { paragraph: { indent: { left: INDENT_TWIPS * (level + 1), hanging: 360 } } },
    })),
  };
}

function headerParagraphs(document: ExportDocument): Paragraph[] {
  const { headline, standfirst, byline, dateline } = document.header;
  const paragraphs: Paragraph[] = [];
  if (headline) paragraphs.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(headline)] }));
  if (standfirst) paragraphs.push(new Paragraph({ children: [new TextRun({ text: standfirst, bold: true })] }));
  for (const line of [byline, dateline]) if (line) paragraphs.push(new Paragraph({ children: [new TextRun(line)] }));
  return paragraphs;
}

/**
 * The article as a Word document: the headline as Title, real Heading 1–3 paragraphs, bulleted and numbered
 * lists Word can edit as lists, quotes indented, links clickable. Nothing of Racedesk's tagging is in it.
 */
export async function renderDocx(document: ExportDocument): Promise<Uint8Array> {
  const writer = new BodyWriter();
  const body = writer.blocks(document.blocks, TOP);
  const word = new Document({
    title: document.header.headline ?? undefined,
    creator: document.header.byline ?? 'Racedesk',
    numbering: { config: [...writer.starts].map(orderedNumbering) },
    sections: [{ children: [...headerParagraphs(document), ...body] }],
  });
  return new Uint8Array(await Packer.toBuffer(word));
}

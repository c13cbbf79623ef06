// The document model -> .docx bytes with the docx package (pure JS: the same code runs in Node and in
// the task pane). The chart arrives as PNG from a renderer the caller passes in (resvg in Node, the
// browser's own SVG renderer in the pane), so this module draws nothing itself.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { CHART_WIDTH_MM, chartSvg, type ChartSvg } from './chart';
import {
  BODY_CHAR_SCALE,
  FONTS,
  FOOTER_MM,
  LINE_PITCH_TWIPS,
  MARGIN_MM,
  mmToTwips,
  PAGE_MM,
  SIZE_PT,
  TEXT_AREA_MM,
  type FontRole,
} from './layout';
import { charsWide, reportModel, type Block, type Cell, type ReportModel, type ReportOptions } from './model';
import type { Summary } from '../summary';

/** Renders the chart's SVG to PNG bytes (Node: resvg; browser: an image drawn on a canvas). */
export type PngRenderer = (chart: ChartSvg) => Promise<Uint8Array>;

const half = (pt: number) => Math.round(pt * 2);
const twips = (pt: number) => Math.round(pt * 20);

function font(role: FontRole) {
  const name = FONTS[role].name;
  return { ascii: name, eastAsia: name, hAnsi: name, cs: name };
}

function run(text: string, role: FontRole, sizePt: number, extra: Partial<IRunOptions> = {}): TextRun {
  // 3号 text is tightened so that 28 characters fill a line of the 版心.
  const spacing = sizePt === SIZE_PT.hao3 ? { scale: BODY_CHAR_SCALE } : {};
  return new TextRun({ text, font: font(role), size: half(sizePt), ...spacing, ...extra });
}

/** Exact line spacing: the body on the 22-line grid, smaller text at its own pitch. */
function exact(pt: number) {
  return { line: twips(pt), lineRule: LineRuleType.EXACT };
}

const BODY_LINE = { line: LINE_PITCH_TWIPS, lineRule: LineRuleType.EXACT };
/** Two characters of 3号: 每个自然段左空二字. */
const INDENT_2 = twips(SIZE_PT.hao3 * 2);

function bodyParagraph(children: ParagraphChild[]): Paragraph {
  return new Paragraph({
    children,
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: INDENT_2 },
    spacing: BODY_LINE,
  });
}

const TABLE_PT = SIZE_PT.hao5;
const KEEP_TOGETHER_ROWS = 15;
const TABLE_LINE = exact(14);
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

interface CellOptions {
  role: FontRole;
  align: 'left' | 'center';
  width: number;
  span?: number;
  /** Keep with the next row: a short table stays on one page. */
  keepNext?: boolean;
}

function tableCell(text: string, opts: CellOptions) {
  return new TableCell({
    children: [
      new Paragraph({
        children: [run(text, opts.role, TABLE_PT)],
        alignment: opts.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: TABLE_LINE,
        keepNext: opts.keepNext,
      }),
    ],
    width: { size: opts.width, type: WidthType.DXA },
    columnSpan: opts.span,
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 40, bottom: 40, left: 60, right: 60 },
    borders: BORDERS,
  });
}

function table(b: Extract<Block, { kind: 'table' }>): Table {
  const full = mmToTwips(TEXT_AREA_MM.width);
  const sum = b.widths.reduce((a, w) => a + w, 0);
  const widths = b.widths.map((w) => Math.floor((w / sum) * full));
  // Tables up to a page's worth of rows stay whole; longer ones repeat their header on each page.
  const together = b.rows.length <= KEEP_TOGETHER_ROWS;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: b.header.map((h, i) => tableCell(h, { role: 'hei', align: 'center', width: widths[i], keepNext: true })),
  });
  const rows = b.rows.map((cells, r) => {
    const last = r === b.rows.length - 1;
    const keepNext = together && !last;
    // A single cell is a whole-row message ("无未达进度或目标的指标。").
    if (cells.length === 1)
      return new TableRow({
        children: [tableCell(cells[0].text, { role: 'body', align: 'center', width: full, span: b.header.length })],
      });
    return new TableRow({
      cantSplit: true,
      children: cells.map((c: Cell, i) =>
        tableCell(c.text, {
          role: b.totalRow && last ? 'hei' : 'body',
          align: c.align ?? 'left',
          width: widths[i],
          keepNext,
        }),
      ),
    });
  });
  return new Table({
    rows: [header, ...rows],
    width: { size: full, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
  });
}

function caption(text: string): Paragraph {
  return new Paragraph({
    children: [run(text, 'hei', SIZE_PT.hao4)],
    alignment: AlignmentType.CENTER,
    spacing: { ...BODY_LINE, before: 0, after: 0 },
    keepNext: true,
  });
}

function note(text: string): Paragraph {
  return new Paragraph({
    children: [run(text, 'body', SIZE_PT.xiao4)],
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: twips(SIZE_PT.xiao4 * 2) },
    spacing: { ...exact(20), before: twips(4) },
  });
}

/**
 * 发文机关署名 and 成文日期 (GB/T 9704 7.3.5.2): the date 右空四字, the issuer centred over it; an
 * issuer wider than that keeps two characters from the right edge.
 */
function signature(issuer: string, date: string): Paragraph[] {
  const dateRight = 4;
  const issuerRight = Math.max(2, dateRight + (charsWide(date) - charsWide(issuer)) / 2);
  const dateAt = issuerRight === 2 ? 2 + (charsWide(issuer) - charsWide(date)) / 2 : dateRight;
  const line = (text: string, right: number) =>
    new Paragraph({
      children: [run(text, 'body', SIZE_PT.hao3)],
      alignment: AlignmentType.RIGHT,
      indent: { right: Math.round(right * INDENT_2) / 2 },
      spacing: BODY_LINE,
      keepNext: true,
    });
  const blank = new Paragraph({ children: [], spacing: BODY_LINE, keepNext: true });
  return [blank, blank, line(issuer, issuerRight), line(date, dateAt)];
}

/** "— 1 —" in 4号 宋体: odd pages at the right, even pages at the left, one character in. */
function pageFooter(side: 'odd' | 'even'): Footer {
  const size = half(SIZE_PT.hao4);
  const f = font('song');
  const indent = twips(SIZE_PT.hao4);
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: indent } : { left: indent },
        children: [
          new TextRun({ text: '— ', font: f, size }),
          new TextRun({ children: [PageNumber.CURRENT], font: f, size }),
          new TextRun({ text: ' —', font: f, size }),
        ],
      }),
    ],
  });
}

/** The font table names each font's fallback (w:altName), which Word uses when the font is missing. */
function fontTable(): string {
  const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const entries = Object.values(FONTS).map(
    (f) =>
      `<w:font w:name="${f.name}"><w:altName w:val="${f.alt}"/><w:charset w:val="86"/>` +
      `<w:family w:val="${f.name.includes('黑') ? 'modern' : 'roman'}"/><w:pitch w:val="variable"/></w:font>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts ${ns}>${entries.join('')}</w:fonts>`;
}

function blockParagraphs(b: Block, png: Uint8Array | null, chart: ChartSvg | null): Array<Paragraph | Table> {
  switch (b.kind) {
    case 'heading':
      return [
        new Paragraph({
          children: [run(b.text, 'hei', SIZE_PT.hao3)],
          indent: { firstLine: INDENT_2 },
          spacing: BODY_LINE,
          keepNext: true,
        }),
      ];
    case 'paragraph':
      return [bodyParagraph(b.runs.map((r) => run(r.text, r.font ?? 'body', SIZE_PT.hao3)))];
    case 'caption':
      return [caption(b.text)];
    case 'note':
      return [note(b.text)];
    case 'table':
      return [table(b)];
    case 'chart': {
      if (!png || !chart) return [];
      // docx sizes images in CSS pixels (96 per inch).
      const w = Math.round((CHART_WIDTH_MM / 25.4) * 96);
      const h = Math.round((w * chart.height) / chart.width);
      return [
        new Paragraph({
          children: [new ImageRun({ type: 'png', data: png, transformation: { width: w, height: h } })],
          alignment: AlignmentType.CENTER,
          // Automatic line height: an exact one would crop the picture to one line.
          spacing: { line: 240, lineRule: LineRuleType.AUTO, before: twips(6), after: twips(2) },
          keepNext: true,
        }),
      ];
    }
  }
}

/** The .docx of a model; `png` is the chart as rendered by the caller (null: no chart). */
export async function modelToDocx(model: ReportModel, png: Uint8Array | null): Promise<Uint8Array> {
  const chartBlock = model.blocks.find((b) => b.kind === 'chart');
  const chart = chartBlock?.kind === 'chart' ? chartSvg(chartBlock.chart) : null;
  const children: Array<Paragraph | Table> = [
    ...model.titleLines.map(
      (line, i) =>
        new Paragraph({
          children: [run(line, 'title', SIZE_PT.hao2)],
          alignment: AlignmentType.CENTER,
          spacing: { ...BODY_LINE, after: i === model.titleLines.length - 1 ? LINE_PITCH_TWIPS : 0 },
          keepNext: true,
        }),
    ),
    ...model.blocks.flatMap((b) => blockParagraphs(b, png, chart)),
    ...signature(model.issuer, model.dateText),
  ];
  const doc = new Document({
    creator: model.issuer,
    title: model.title,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: font('body'), size: half(SIZE_PT.hao3) },
          paragraph: { spacing: BODY_LINE },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mmToTwips(PAGE_MM.width), height: mmToTwips(PAGE_MM.height) },
            margin: {
              top: mmToTwips(MARGIN_MM.top),
              bottom: mmToTwips(MARGIN_MM.bottom),
              left: mmToTwips(MARGIN_MM.left),
              right: mmToTwips(MARGIN_MM.right),
              footer: mmToTwips(FOOTER_MM),
              header: mmToTwips(15),
            },
          },
        },
        footers: { default: pageFooter('odd'), even: pageFooter('even') },
        children,
      },
    ],
  });
  return Packer.pack(doc, 'uint8array', false, [{ path: 'word/fontTable.xml', data: fontTable() }]);
}

/** The month's 通报 as .docx bytes: summary -> model -> chart (rendered by `renderPng`) -> document. */
export async function reportDocx(
  summary: Summary,
  options: ReportOptions,
  renderPng: PngRenderer,
): Promise<{ bytes: Uint8Array; model: ReportModel }> {
  const model = reportModel(summary, options);
  const chartBlock = model.blocks.find((b) => b.kind === 'chart');
  const png = chartBlock?.kind === 'chart' ? await renderPng(chartSvg(chartBlock.chart)) : null;
  return { bytes: await modelToDocx(model, png), model };
}

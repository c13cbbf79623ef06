// Reads a .docx back the way a test needs it: the body's paragraphs and tables in order, each run's
// text, East Asian font and size, and the package's other parts, with JSZip and plain XML matching
// (WordprocessingML paragraphs never nest, and our tables hold no tables).
import JSZip from 'jszip';

export interface DocRun {
  text: string;
  /** w:rFonts w:eastAsia, else the run's ascii font, else null (the document default). */
  font: string | null;
  /** w:sz in half-points, null when the run does not set it. */
  halfPoints: number | null;
}

export interface DocParagraph {
  kind: 'p';
  text: string;
  runs: DocRun[];
  /** w:jc, e.g. "center", "right", "both". */
  align: string | null;
  xml: string;
}

export interface DocTable {
  kind: 'tbl';
  /** Cell texts, row by row; the first row is the header. */
  rows: string[][];
  runs: DocRun[];
  xml: string;
}

export interface ReadDocx {
  body: Array<DocParagraph | DocTable>;
  paragraphs: DocParagraph[];
  tables: DocTable[];
  parts: Record<string, string>;
  media: Record<string, Uint8Array>;
}

function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function attr(xml: string, tag: string, name: string): string | null {
  const m = new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml);
  return m ? decode(m[1]) : null;
}

export function runsOf(xml: string): DocRun[] {
  const out: DocRun[] = [];
  for (const m of xml.matchAll(/<w:r(?:\s[^>]*)?>([\s\S]*?)<\/w:r>/g)) {
    const r = m[1];
    const text = [...r.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>/g)].map((t) => decode(t[1])).join('');
    const sz = attr(r, 'w:sz', 'w:val');
    out.push({
      text,
      font: attr(r, 'w:rFonts', 'w:eastAsia') ?? attr(r, 'w:rFonts', 'w:ascii'),
      halfPoints: sz === null ? null : Number(sz),
    });
  }
  return out;
}

function paragraph(xml: string): DocParagraph {
  const runs = runsOf(xml);
  return { kind: 'p', text: runs.map((r) => r.text).join(''), runs, align: attr(xml, 'w:jc', 'w:val'), xml };
}

function table(xml: string): DocTable {
  const rows = [...xml.matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((tr) =>
    [...tr[1].matchAll(/<w:tc(?:\s[^>]*)?>([\s\S]*?)<\/w:tc>/g)].map((tc) =>
      [...tc[1].matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map((p) => paragraph(p[0]).text).join('\n'),
    ),
  );
  return { kind: 'tbl', rows, runs: runsOf(xml), xml };
}

export async function readDocx(bytes: Uint8Array): Promise<ReadDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  const media: Record<string, Uint8Array> = {};
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    if (name.startsWith('word/media/')) media[name] = await file.async('uint8array');
    else parts[name] = await file.async('string');
  }
  const doc = parts['word/document.xml'];
  if (!doc) throw new Error('no word/document.xml');
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(doc)?.[1] ?? '';
  const blocks: Array<DocParagraph | DocTable> = [];
  for (const m of body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>|<w:p\/>/g)) {
    blocks.push(m[0].startsWith('<w:tbl>') ? table(m[0]) : paragraph(m[0]));
  }
  return {
    body: blocks,
    paragraphs: blocks.filter((b): b is DocParagraph => b.kind === 'p'),
    tables: blocks.filter((b): b is DocTable => b.kind === 'tbl'),
    parts,
    media,
  };
}

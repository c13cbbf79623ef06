// Character-level helpers for the extractor. Everything here is a single pass or a bounded look,
// so the extractor stays linear in the text's length whatever the input.

/** Same length as the input (so indices carry over): full-width digits, letters, %, . - ~ + and
 * ideographic spaces become their ASCII forms; footnote marks ([17], ①, ¹) become spaces, so that
 * "3家[17]以上" reads as "3家 以上". */
export function normalize(text: string): string {
  let out: string[] | null = null;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let repl = '';
    const mark = footnoteAt(text, i);
    if (mark) {
      out ??= [];
      out.push(text.slice(from, i), ' '.repeat(mark));
      from = i + mark;
      i += mark - 1;
      continue;
    }
    if (c >= 0xff01 && c <= 0xff5e) {
      const ch = String.fromCharCode(c - 0xfee0);
      // Only what numbers and units are made of; full-width Chinese punctuation (，：（）) stays.
      if (FOLDED.has(ch)) repl = ch;
    } else if (c === 0x3000 || c === 0xa0 || c === 0xfeff) repl = ' ';
    if (!repl) continue;
    out ??= [];
    out.push(text.slice(from, i), repl);
    from = i + 1;
  }
  if (!out) return text;
  out.push(text.slice(from));
  return out.join('');
}

const SUPERSCRIPTS = new Set([0xb9, 0xb2, 0xb3, 0x2070, 0x2074, 0x2075, 0x2076, 0x2077, 0x2078, 0x2079]);

/** Length of a footnote mark at i: [17] or ［17］ (1-3 digits), a circled number (①-⑳) or a run of
 * superscript digits; 0 when there is none. */
export function footnoteAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if ((c >= 0x2460 && c <= 0x2473) || c === 0x24ea) return 1;
  if (SUPERSCRIPTS.has(c)) {
    let j = i + 1;
    while (j < text.length && j - i < 4 && SUPERSCRIPTS.has(text.charCodeAt(j))) j++;
    return j - i;
  }
  if (c !== 0x5b && c !== 0xff3b) return 0;
  let j = i + 1;
  const d = (k: number) => {
    const x = text.charCodeAt(k);
    return (x >= 48 && x <= 57) || (x >= 0xff10 && x <= 0xff19);
  };
  while (j < text.length && j - i <= 3 && d(j)) j++;
  const close = text.charCodeAt(j);
  return j > i + 1 && (close === 0x5d || close === 0xff3d) ? j - i + 1 : 0;
}

/** A name as shown: the text without footnote marks. */
export function withoutMarks(name: string): string {
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const m = footnoteAt(name, i);
    if (m) i += m - 1;
    else out += name[i];
  }
  return out;
}

const FOLDED = new Set('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz%.-~+/'.split(''));

const SENTENCE_END = new Set(['。', '！', '？', '；', '!', '?', ';', '\n', '\r', '…']);
const CLAUSE_END = new Set([...SENTENCE_END, '，', ',', '：', ':']);
const SENTENCE_END_CODES = new Set([...SENTENCE_END].map((c) => c.charCodeAt(0)));
const CLAUSE_END_CODES = new Set([...CLAUSE_END].map((c) => c.charCodeAt(0)));

export function isClauseEnd(c: string | undefined): boolean {
  return c === undefined || CLAUSE_END.has(c);
}
export function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}
export function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}
export function isLatin(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
}
export function isHan(c: string | undefined): boolean {
  return c !== undefined && c >= '\u4e00' && c <= '\u9fff';
}

/** For every index, where its clause (split by ，。；：！？ and line breaks) and sentence begin and end. */
export interface Bounds {
  clauseStart: Int32Array;
  clauseEnd: Int32Array;
  sentenceStart: Int32Array;
  sentenceEnd: Int32Array;
  /** Start of the line (paragraph). */
  lineStart: Int32Array;
}

export function computeBounds(s: string): Bounds {
  const n = s.length;
  const clauseStart = new Int32Array(n + 1);
  const clauseEnd = new Int32Array(n + 1);
  const sentenceStart = new Int32Array(n + 1);
  const sentenceEnd = new Int32Array(n + 1);
  const lineStart = new Int32Array(n + 1);
  const kind = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    kind[i] = (CLAUSE_END_CODES.has(c) ? 1 : 0) | (SENTENCE_END_CODES.has(c) ? 2 : 0) | (c === 10 || c === 13 ? 4 : 0);
  }
  let cs = 0;
  let ss = 0;
  let ls = 0;
  for (let i = 0; i <= n; i++) {
    clauseStart[i] = cs;
    sentenceStart[i] = ss;
    lineStart[i] = ls;
    if (i === n) break;
    const k = kind[i];
    if (k & 1) cs = i + 1;
    if (k & 2) ss = i + 1;
    if (k & 4) ls = i + 1;
  }
  let ce = n;
  let se = n;
  clauseEnd[n] = n;
  sentenceEnd[n] = n;
  for (let i = n - 1; i >= 0; i--) {
    const k = kind[i];
    if (k & 1) ce = i;
    if (k & 2) se = i;
    clauseEnd[i] = ce;
    sentenceEnd[i] = se;
  }
  return { clauseStart, clauseEnd, sentenceStart, sentenceEnd, lineStart };
}

const QUOTE_PAIRS: Record<string, string> = { '“': '”', '《': '》', '「': '」', '『': '』', '‘': '’', '"': '"' };
/** Longest quoted span honoured; an unclosed quote (or a stray one) quotes nothing. */
const MAX_QUOTE = 40;
const QUOTE_CODES = new Map(Object.entries(QUOTE_PAIRS).map(([o, c]) => [o.charCodeAt(0), c.charCodeAt(0)]));

/** 1 where a character lies inside quotes or book-title marks: slogans, plan and document names
 * (“十四五”, “1217”, 《条例》) are not targets. */
export function quoteMask(s: string): Uint8Array {
  const mask = new Uint8Array(s.length);
  let i = 0;
  while (i < s.length) {
    const close = QUOTE_CODES.get(s.charCodeAt(i));
    if (close !== undefined) {
      const limit = Math.min(s.length, i + 1 + MAX_QUOTE);
      let j = i + 1;
      while (j < limit && s.charCodeAt(j) !== close && !SENTENCE_END_CODES.has(s.charCodeAt(j))) j++;
      if (j < limit && s.charCodeAt(j) === close) {
        mask.fill(1, i, j + 1);
        i = j + 1;
        continue;
      }
    }
    i++;
  }
  return mask;
}

/** "城镇、农村居民收入" or "齐东、孙家、四村猕猴桃基地": short leading items (two to four characters, all
 * of one length) share the last item's tail; other lists stay as they are. */
export function shareTail(parts: readonly string[]): string[] {
  const n = parts.length;
  if (n < 2) return [...parts];
  const first = parts[0];
  const last = parts[n - 1];
  const same = parts.slice(0, -1).every((p) => p.length === first.length);
  if (!same || first.length < 2 || first.length > 4 || last.length <= first.length + 1) return [...parts];
  const tail = last.slice(first.length);
  return parts.map((p, k) => (k < n - 1 ? p + tail : p));
}

/** A word list, longest word first, with its words' first and last character codes so that most
 * positions are rejected by one set lookup. */
export interface Lexicon extends ReadonlyArray<string> {
  readonly first: ReadonlySet<number>;
  readonly last: ReadonlySet<number>;
}

export function lexicon(words: readonly string[]): Lexicon {
  const list = [...new Set(words)].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
  return Object.assign(list, {
    first: new Set(list.map((w) => w.charCodeAt(0))),
    last: new Set(list.map((w) => w.charCodeAt(w.length - 1))),
  });
}

/** The first word of `words` (longest first) that starts at `pos`. */
export function wordAt(s: string, pos: number, words: Lexicon): string | null {
  if (!words.first.has(s.charCodeAt(pos))) return null;
  for (const w of words) if (s.startsWith(w, pos)) return w;
  return null;
}

/** The first word of `words` (longest first) that ends at `pos` and starts at or after `min`. */
export function wordEndingAt(s: string, pos: number, words: Lexicon, min = 0): string | null {
  if (!words.last.has(s.charCodeAt(pos - 1))) return null;
  for (const w of words) if (pos - w.length >= min && s.startsWith(w, pos - w.length)) return w;
  return null;
}

/** Kept for lists that need no index. */
export function longestFirst(words: readonly string[]): Lexicon {
  return lexicon(words);
}

const START_TABLES = new WeakMap<Lexicon, Uint8Array>();

/** Where the latest word of `lx` ends, for every index, in one pass: ends[i] = the end of the
 * latest word that ends at or before i, or -1. */
export function lastWordEnds(s: string, lx: Lexicon): Int32Array {
  // A 64 KB table answers "can a word start here?" faster than a set, once per character.
  let starts = START_TABLES.get(lx);
  if (!starts) {
    starts = new Uint8Array(65536);
    for (const c of lx.first) starts[c] = 1;
    START_TABLES.set(lx, starts);
  }
  const ends = new Int32Array(s.length + 1);
  let last = -1;
  let pending = -1;
  for (let i = 0; i <= s.length; i++) {
    if (i === pending) last = i;
    if (i < s.length && starts[s.charCodeAt(i)] === 1) {
      const w = wordAt(s, i, lx);
      // Words of a lexicon rarely nest; the longest match at i decides where it ends.
      if (w) pending = Math.max(pending, i + w.length);
    }
    ends[i] = last;
  }
  return ends;
}

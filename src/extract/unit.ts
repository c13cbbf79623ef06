// The report's own government: "我代表木洞镇人民政府…" or "重庆市巴南区木洞镇人民政府关于印发…" -> the
// draft plan's unit name (木洞镇, 重庆市巴南区木洞镇). Bounded looks at the first few mentions only.
import { isHan, lexicon, normalize, wordEndingAt } from './text';

const GOVERNMENT = '人民政府';
const UNIT_ENDS = lexicon(['街道办事处', '镇', '乡', '县', '区', '市', '旗', '街道', '苏木']);
/** Words before the unit's name that are not part of it. */
const LEAD_WORDS = ['代表', '关于', '在', '向', '由', '经', '的'];
const MAX_NAME = 20;
const MAX_MENTIONS = 8;

/** The unit name a report speaks for, or null when it names none. */
export function detectUnitName(text: string): string | null {
  const s = normalize(text);
  let first: string | null = null;
  let from = 0;
  for (let n = 0; n < MAX_MENTIONS; n++) {
    const at = s.indexOf(GOVERNMENT, from);
    if (at < 0) break;
    from = at + GOVERNMENT.length;
    const name = nameBefore(s, at);
    if (!name) continue;
    // "我代表…人民政府": the speaker's own government wins over one merely mentioned.
    if (s.startsWith('代表', at - name.length - 2)) return name;
    first ??= name;
  }
  return first ?? titleUnit(s);
}

const TITLE = '政府工作报告';
const TITLE_WINDOW = 200;

/** "筠门岭镇2025年政府工作报告（节选）": the unit in the report's title, before its year. */
function titleUnit(s: string): string | null {
  const at = s.indexOf(TITLE);
  if (at < 0 || at > TITLE_WINDOW) return null;
  let end = at;
  const year = /(\d{4}年(度)?)$/u.exec(s.slice(Math.max(0, end - 6), end));
  if (year) end -= year[1].length;
  return nameBefore(s, end);
}

function nameBefore(s: string, at: number): string | null {
  if (!wordEndingAt(s, at, UNIT_ENDS, Math.max(0, at - MAX_NAME))) return null;
  let a = at;
  while (a > 0 && at - a < MAX_NAME && isHan(s[a - 1])) a--;
  let name = s.slice(a, at);
  for (const w of LEAD_WORDS) {
    const k = name.lastIndexOf(w);
    if (k >= 0 && name.length - (k + w.length) >= 2) name = name.slice(k + w.length);
  }
  if (name.startsWith('我')) name = name.slice(1);
  return name.length >= 2 && wordEndingAt(name, name.length, UNIT_ENDS) !== name ? name : null;
}

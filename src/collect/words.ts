// The words of a collect both surfaces say (CLI collect, the pane's 汇集): a return's counts, a text
// figure taken as the master's number. Light imports: the pane loads it with its view.
import type { Message } from '../plan/message';
import { FIELD_EN, FIELD_ZH, type Provenance, type SourceSummary } from './types';
import { showValue, showValueEn } from './values';

/**
 * What a return gave, counted as a statistician reads it: numbers, milestone states and notes taken
 * apart ("新填入 4 个数字、2 个进展状态、1 条备注"), then what the master already had and the conflicts.
 * The CLI and the pane's 汇集 say the same line.
 */
export function sourceCounts(s: SourceSummary): Message {
  if (s.sameAs)
    return {
      zh: `与 ${s.sameAs} 内容相同（重复发送），已按一份计入；冲突 ${s.conflicts} 项`,
      en: `the same entries as ${s.sameAs} (sent twice), counted once; ${s.conflicts} conflicts`,
    };
  const states = s.states ? `、${s.states} 个进展状态` : '';
  const statesEn = s.states ? `, ${s.states} milestone states` : '';
  const fixed = s.corrections ? `；更正 ${s.corrections} 项` : '';
  const fixedEn = s.corrections ? `; ${s.corrections} corrected` : '';
  return {
    zh: `新填入 ${s.figures} 个数字${states}、${s.notes} 条备注${fixed}；与总表相同 ${s.unchanged} 项；冲突 ${s.conflicts} 项`,
    en: `${s.figures} figures${statesEn}, ${s.notes} notes taken${fixedEn}; ${s.unchanged} already in the master; ${s.conflicts} conflicts`,
  };
}

/**
 * A returned text taken as the master's number: "NY-02 新造油茶林：本月数与总表相同（报来“约250”，按 250）",
 * with both cells, so the statistician sees why it is not a conflict. null for any other provenance.
 */
export function readAsMasterLine(p: Provenance): Message | null {
  if (p.status !== 'same-as-master' || p.sentAs === undefined) return null;
  const src = p.from[0];
  if (p.overruled) {
    const who = src.unit ?? src.file;
    return {
      zh: `${p.code} ${p.name}：${FIELD_ZH[p.field]}已在总表核定为 ${showValue(p.value)}，${who}报来的仍是此前汇集过的 ${showValue(p.sentAs)}（${src.sheet}!${src.cell}，总表 ${p.sheet}!${p.cell}）；未改总表，请告知${who}更正其报表`,
      en: `${p.code} ${p.name}: the master's ${FIELD_EN[p.field]} was settled as ${showValueEn(p.value)}; ${who} sent again the ${showValueEn(p.sentAs)} collected before (${src.sheet}!${src.cell}, master ${p.sheet}!${p.cell}); the master stays; ask ${who} to correct its return`,
    };
  }
  if (p.sentIn !== undefined) {
    const who = src.unit ?? src.file;
    return {
      zh: `${p.code} ${p.name}：${FIELD_ZH[p.field]}与总表相同——${who}报来 ${showValue(p.sentAs)}，是按${p.sentIn.unit}填写的，即总表的 ${showValue(p.value)}${p.sentIn.rowUnit}（${src.sheet}!${src.cell}，总表 ${p.sheet}!${p.cell}）；请告知${who}按${p.sentIn.rowUnit}填报`,
      en: `${p.code} ${p.name}: ${FIELD_EN[p.field]} the same as the master's: ${who} sent ${showValueEn(p.sentAs)} in ${p.sentIn.unit}, which is the master's ${showValueEn(p.value)} ${p.sentIn.rowUnit} (${src.sheet}!${src.cell}, master ${p.sheet}!${p.cell}); ask ${who} to report in ${p.sentIn.rowUnit}`,
    };
  }
  return {
    zh: `${p.code} ${p.name}：${FIELD_ZH[p.field]}与总表相同（报来${showValue(p.sentAs)}，按 ${showValue(p.value)}；${src.sheet}!${src.cell}，总表 ${p.sheet}!${p.cell}）`,
    en: `${p.code} ${p.name}: ${FIELD_EN[p.field]} the same as the master's (sent ${showValueEn(p.sentAs)}, read as ${showValueEn(p.value)}; ${src.sheet}!${src.cell}, master ${p.sheet}!${p.cell})`,
  };
}

// A late month typed in after a later month's 备注 said its figure was included ("2月数据迟报，含2-3月"
// in 3月): the 累计 then counts it twice. Asked (核实性), since only the office knows which is right.
import { draft, type Draft, type RuleContext } from './draft';
import { fmtNum } from './finding';
import { monthsNamed, noteOf } from './notes';

/** Words that say a note's month holds another month's figure, not only that it mentions it ("比2月多"). */
const INCLUDES = /含|包括|合并|并入|一并|迟报|补报/;

export function doubleCountRule(ctx: RuleContext): Draft[] {
  const { ind, series, asOf, point: p } = ctx;
  if (ind.kind !== 'cumulative' || !p.isNumber || p.num === null || !(p.num > 0)) return [];
  for (let j = p.month + 1; j <= asOf; j++) {
    const q = series[j];
    const note = q ? noteOf(q) : '';
    if (!q || q.num === null || !INCLUDES.test(note) || !monthsNamed(note).has(p.month)) continue;
    const k = p.month;
    const x = `${fmtNum(p.num)}${ind.unit}`;
    return [
      draft(ctx, {
        rule: 'double-count',
        tier: 'verify',
        zh: `${j}月备注说明已含${k}月数据（“${note}”），${k}月又填报${x}，是否重复计算？如${j}月的 ${fmtNum(q.num)}${ind.unit} 已含${k}月，请把${k}月改为 0，或改正${j}月的数`,
        en: `month ${j}'s note says it includes month ${k} ("${note}"), yet month ${k} reports ${fmtNum(p.num)} ${ind.unit}: counted twice? If month ${j}'s ${fmtNum(q.num)} includes it, enter 0 in month ${k} or correct month ${j}`,
        expected: `${k}月数据已含在${j}月时填 0`,
      }),
    ];
  }
  return [];
}

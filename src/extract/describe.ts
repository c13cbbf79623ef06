// A candidate as a statistician would write its target: 3.2万亩以上, 2-3个, 增长7%左右, 下降2%以上,
// 6月底前, 每月. One wording for the CLI's table and the pane's review (kept apart from the extractor so
// that the pane can show it without loading the extraction chunk).
import type { Candidate } from './types';
import { recurringWord } from '../progress/vocabulary';
import { monthsText } from '../plan/months';

type Shown = Pick<Candidate, 'kind' | 'value' | 'max' | 'unit' | 'comparator' | 'direction' | 'suggestedKind'> &
  Pick<Candidate, 'deadlineMonth' | 'recurring' | 'reportMonths'> &
  Partial<Pick<Candidate, 'bottomLine' | 'baseline'>>;

/** 增长 or 下降 for a growth-rate target; '' for any other. */
export function directionWord(c: Pick<Candidate, 'direction' | 'suggestedKind'>): string {
  if (c.direction === 'decrease') return '下降';
  return c.suggestedKind === 'rate' ? '增长' : '';
}

export { recurringWord };

export function targetText(c: Shown): string {
  if (c.bottomLine) return '不发生（底线）';
  if (c.kind === 'milestone') {
    if (c.recurring) return recurringWord(c.reportMonths ?? null);
    return c.deadlineMonth ? `${c.deadlineMonth}月底前` : '年内';
  }
  // 居民人均可支配收入按季度监测: reported in its months only.
  const months = c.reportMonths?.length ? `（${reportedIn(c.reportMonths)}报送）` : '';
  // "较上年增加2000亩" read as the start: the reviewer sees what the row will be measured from.
  const base = c.baseline != null ? `（上年基数${c.baseline}${c.unit}）` : '';
  // "力争9月底前全面完成": a flow due before December; its 序时 runs to that month.
  const due = c.deadlineMonth && c.deadlineMonth < 12 && !c.reportMonths?.length ? `（${c.deadlineMonth}月底前）` : '';
  return figureText(c) + due + months + base;
}

/** 每季度, 每半年, else the months as a list ("2-12月"). */
function reportedIn(months: readonly number[]): string {
  const word = recurringWord(months);
  return word.startsWith('每') ? word : monthsText(months).zh;
}

function figureText(c: Shown): string {
  const v = `${c.value}${c.unit}`;
  const dir = directionWord(c);
  switch (c.comparator) {
    case 'between':
      return `${dir}${c.value}-${c.max}${c.unit}`;
    case '<=':
      return `${dir}${v}以内`;
    case 'approx':
      return `${dir}${v}左右`;
    default:
      return `${dir}${v}以上`;
  }
}

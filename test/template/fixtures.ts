// A plan with every kind and comparator, and a year of figures that reaches every status word.
import type { Plan } from '../../src/plan';
import type { EnteredFigures } from '../../src/template';
import { ind, planOf } from '../support/plans';

export function kindsPlan(): Plan {
  return planOf(
    [
      ind({ code: 'C-GE', kind: 'cumulative', unit: '万亩', value: 3.2, responsible: '农业办' }),
      ind({ code: 'C-GE-1', kind: 'cumulative', unit: '万亩', value: 1.2, parent: 'C-GE', responsible: '农业办' }),
      ind({ code: 'C-BT', kind: 'cumulative', value: 2, comparator: 'between', max: 3, responsible: '招商办' }),
      ind({ code: 'C-AP', kind: 'cumulative', unit: '亩', value: 3000, comparator: 'approx', tolerance: 0.05 }),
      ind({ code: 'C-LE', kind: 'cumulative', unit: '起', value: 4, comparator: '<=', responsible: '安监办' }),
      ind({ code: 'C-ZERO', kind: 'cumulative', unit: '起', value: 0, comparator: '<=' }),
      ind({
        code: 'C-SCH',
        kind: 'cumulative',
        unit: '亩',
        value: 2000,
        schedule: [0, 0, 0.1, 0.45, 0.5, 0.55, 0.8, 0.95, 1, 1, 1, 1],
        responsible: '农业办',
      }),
      ind({ code: 'C-BAND', kind: 'cumulative', value: 100, bands: { aheadPp: 10, behindPp: 5, redPp: 15 } }),
      ind({ code: 'L-GE', kind: 'level', unit: '亩', value: 800, section: '2' }),
      ind({ code: 'L-LE', kind: 'level', unit: '%', value: 4, comparator: '<=', section: '2' }),
      ind({ code: 'R-UP', kind: 'rate', unit: '%', value: 20, section: '2', responsible: '经发办' }),
      ind({ code: 'R-DOWN', kind: 'rate', unit: '%', value: 2, direction: 'decrease', section: '2' }),
      ind({ code: 'R-LE', kind: 'rate', unit: '%', value: 4, comparator: '<=', section: '2' }),
      ind({ code: 'R-AP', kind: 'rate', unit: '%', value: 7, comparator: 'approx', tolerance: 0.1, section: '2' }),
      ind({ code: 'R-BT', kind: 'rate', unit: '%', value: 5, comparator: 'between', max: 7, section: '2' }),
      ind({ code: 'L-HOLD', kind: 'level', unit: '%', value: 68, hold: true, section: '2' }),
      ind({ code: 'R-Q', kind: 'rate', unit: '%', value: 7.5, reportMonths: [3, 6, 9, 12], section: '2' }),
      ind({ code: 'M-3', kind: 'milestone', unit: '', deadlineMonth: 3, section: '3', responsible: '自然资源所' }),
      ind({ code: 'M-6', kind: 'milestone', unit: '', deadlineMonth: 6, section: '3' }),
      ind({ code: 'M-YEAR', kind: 'milestone', unit: '', section: '3' }),
      ind({ code: 'M-EVERY', kind: 'milestone', unit: '', recurring: true, section: '3', responsible: '招商办' }),
    ],
    {
      sections: [
        { id: '1', title: '工业农业' },
        { id: '2', title: '存量与增速' },
        { id: '3', title: '节点任务' },
      ],
    },
  );
}

type Row = Array<number | string | null>;
const year: Record<string, Row> = {
  // month:  1     2     3     4     5     6     7     8     9     10    11    12
  'C-GE': [0.3, 0.5, 1.3, null, 0.2, 0.1, 0.2, 0.1, 0.1, 0.1, 0.1, 0.2],
  'C-GE-1': [0.1, 0.1, 0.2, 0.1, null, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1],
  'C-BT': [null, null, 1, null, null, null, null, null, 1, null, null, null],
  'C-AP': [100, 150, 300, 250, 200, 300, 250, 400, 300, 200, 300, 100],
  'C-LE': [1, 0, 1, 0, 0, 1, 0, 0, 1, 1, 0, 0],
  'C-ZERO': [0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0],
  'C-SCH': [0, 0, 150, 700, 150, 60, 500, 300, 140, null, null, null],
  'C-BAND': [5, 5, 12, 6, 4, 10, 8, 9, 10, 12, 10, 9],
  'L-GE': [500, null, 600, 700, 700, 650, 800, 800, 790, 810, 820, 830],
  'L-LE': [3.5, 3.9, 4.2, 4.0, 3.8, 4.5, 3.9, 3.2, 3.5, 3.9, 4.0, 3.9],
  'R-UP': [12.5, 18, 20.4, 26, 19.9, -3, 21, 22, 25, 24.95, 20.05, 20],
  // 下降 rows take the decrease as a positive number: -1.5 is a rise.
  'R-DOWN': [-1.5, 2.5, 1.95, 2, -0.5, 3, 2, 1, 2.2, 2.05, 4, 2],
  'R-LE': [3, 4, 4.1, 5, 2, 3.95, 4, 6, 2, 3, 3, 3.5],
  'R-AP': [5, 6.3, 6.2, 7, 8, 6.25, 6.35, 6, 5, 7.1, 6.29, 6.3],
  'R-BT': [4.95, 5, 6, 8, 3, 4, 5.05, 5, 4.94, 6, 7, 4.96],
  'L-HOLD': [67.8, null, 68, 68.1, 68, 67.9, null, 68.2, 68, 68, 68.3, 67.5],
  'R-Q': [null, null, 6.5, null, null, 7.6, null, null, null, null, null, 7.5],
  'M-3': ['未开始', null, '推进中', null, '已完成', null, null, null, null, null, null, null],
  'M-6': [null, '推进中', null, null, null, null, '已完成', null, null, null, null, null],
  'M-YEAR': ['推进中', null, null, null, null, null, null, null, null, null, null, null],
  'M-EVERY': ['已完成', null, '推进中', '已完成', null, '已完成', null, null, null, '已完成', null, null],
};

/** Figures for months 1..12 (nulls left out), with a note on a few. */
export function yearFigures(): EnteredFigures {
  const out: EnteredFigures = {};
  for (const [code, row] of Object.entries(year)) {
    out[code] = {};
    row.forEach((v, i) => {
      if (v !== null) out[code][i + 1] = { month: v };
    });
  }
  out['C-GE'][3].note = '春播面积集中上报';
  return out;
}

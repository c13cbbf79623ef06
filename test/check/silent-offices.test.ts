// An office that sent nothing this month (review4 X10): its rows' blanks are one must-fix naming the
// office, not one 漏填 per row reading as that many mistakes; an office that typed anything keeps its
// rows' own findings.
import { runChecks } from '../../src/check';
import { ind, planOf } from '../support/plans';
import { figuresOf, type Entries } from './support';

const JF = '镇经济发展办';
const plan = planOf([
  ind({ code: 'JF-01', name: '固定资产投资', kind: 'cumulative', unit: '万元', value: 5000, responsible: JF }),
  ind({ code: 'JF-02', name: '规上工业增加值增长', kind: 'rate', unit: '%', value: 6, responsible: JF }),
  ind({ code: 'JF-M1', name: '产业园二期竣工', kind: 'milestone', unit: '', deadlineMonth: 10, responsible: JF }),
  ind({
    code: 'NY-01',
    name: '粮食播种面积',
    kind: 'cumulative',
    unit: '亩',
    value: 3000,
    responsible: '镇农业农村办',
  }),
  ind({ code: 'NY-02', name: '新造林面积', kind: 'cumulative', unit: '亩', value: 800, responsible: '镇农业农村办' }),
]);

const full = { 'JF-01': 400, 'JF-02': 5.8, 'JF-M1': '推进中', 'NY-01': 250, 'NY-02': 60 };

test('one office silent: one must-fix naming it and its rows, at its first row', () => {
  const e: Entries = { 1: full, 2: full, 3: { ...full, 'JF-01': null, 'JF-02': null, 'JF-M1': null } };
  const f = runChecks(figuresOf(plan, e), { month: 3 });
  const errors = f.filter((x) => x.tier === 'error');
  expect(errors.map((x) => x.message.zh)).toEqual([
    '3月!F4、F5、F6 镇经济发展办：3月报表未收到或整表未填写，3项（固定资产投资，规上工业增加值增长，产业园二期竣工）均为空。请向镇经济发展办催报；本月没有发生的请填 0',
  ]);
  expect(errors[0]).toMatchObject({ sheet: '3月', cell: 'F4', rule: 'completeness', code: null });
});

test('an office that typed anything keeps each blank row its own finding', () => {
  const e: Entries = { 1: full, 2: full, 3: { ...full, 'NY-01': null } };
  const f = runChecks(figuresOf(plan, e), { month: 3 }).filter((x) => x.tier === 'error');
  expect(f.map((x) => x.message.zh)).toEqual([
    '3月!F7 粮食播种面积：本月未填写。应填写本月数（单位：亩）；本月没有发生请填 0',
  ]);
  const g = runChecks(figuresOf(plan, { ...e, 3: { ...e[3], 'NY-02': null } }), { month: 3 }).filter(
    (x) => x.tier === 'error',
  );
  expect(g.map((x) => x.message.zh)).toEqual([
    '3月!F7、F8 镇农业农村办：3月报表未收到或整表未填写，2项（粮食播种面积，新造林面积）均为空。请向镇农业农村办催报；本月没有发生的请填 0',
  ]);
});

// A 本月 cell Excel turned into a date (the clerk typed "1-5": the cell shows 1月5日 and holds 45296) is
// found by the pane's check as by the command line's (test/collect/date-cell.test.ts): the Excel host
// reads the 本月 column's number formats in the read it makes anyway, so the check costs no more syncs.
import { check, generate } from '../../../src/actions';
import { cellOf, typeInto } from '../../../src/hosts/excel/fake/inspect';
import { seedPlan } from '../../../src/plan';
import { isDateFormat, serialDateText } from '../../../src/hosts/excel/reader';
import { counting, setup, where } from './helpers';

test('number formats that show a date, and those that do not', () => {
  for (const f of ['m/d/yyyy', 'yyyy"年"m"月"d"日"', 'm"月"d"日"', '[$-804]mmmd"日"', 'd-mmm', 'h:mm'])
    expect([f, isDateFormat(f)]).toEqual([f, true]);
  for (const f of ['General', '0', '0.00', '#,##0.0', '@', '0.0"亩"', '0.00%', '"day"0', null])
    expect([f, isDateFormat(f)]).toEqual([f, false]);
  expect(serialDateText(45296)).toBe('1月5日');
});

test('the pane’s check names a date-formatted 本月 cell as the command line does, in 2 syncs', async () => {
  const plan = seedPlan();
  const { fake, host } = setup();
  await generate(host, { plan, months: [1, 2, 3] });
  const cell = await where(host, '3月', 'NY-06', '本月');
  typeInto(fake, '3月', cell, 45296);
  cellOf(fake, '3月', cell)!.numberFormat = 'm"月"d"日"';
  const syncs = counting(fake);
  const r = await check(host, { month: 3 });
  expect(syncs()).toBe(2);
  const f = r.findings.filter((x) => x.sheet === '3月' && x.cell === cell);
  expect(f.map((x) => [x.tier, x.message.zh])).toEqual([
    [
      'error',
      `3月!${cell} 高标准农田建设：本月单元格是日期格式（1月5日），输入可能被自动转成了日期。应填写数字（单位：亩）：请把单元格设为“常规”格式后重新填写`,
    ],
  ]);
  expect(r.findings.some((x) => x.message.zh.includes('45296'))).toBe(false);
});

import { summarize, summarySheet } from '../../src/summary';
import { splitForRows } from '../../src/summary/sheet';
import type { CellSpec, SheetSpec } from '../../src/workbook/spec';
import { parseAddr } from '../../src/workbook/a1';
import { fixturePlan, figuresOf, MARCH } from './fixtures';

/** The cell the spec writes at an address, or undefined. */
export function cellAt(sheet: SheetSpec, address: string): CellSpec | undefined {
  const { row, col } = parseAddr(address);
  for (const r of sheet.ranges) {
    const top = parseAddr(r.ref);
    const line = r.rows[row - top.row];
    const cell = line?.[col - top.col];
    if (cell) return cell;
  }
  return undefined;
}

/** Row number of the first cell in column A or B whose text is `text`. */
function rowOf(sheet: SheetSpec, text: string): number {
  for (const r of sheet.ranges) {
    const top = parseAddr(r.ref);
    for (let i = 0; i < r.rows.length; i++)
      for (let j = 0; j < Math.min(2, r.rows[i].length); j++) if (r.rows[i][j]?.v === text) return top.row + i;
  }
  throw new Error(`no row ${text}`);
}

describe('summarySheet: the 汇总 sheet for March', () => {
  const plan = fixturePlan();
  const figures = figuresOf(plan, MARCH);
  const summary = summarize(plan, figures, 3);
  const sheet = summarySheet(plan, figures.meta, summary, 3);

  test('title and source line', () => {
    expect(sheet.name).toBe('汇总');
    expect(cellAt(sheet, 'A1')?.v).toBe('信丰县样板镇2023年目标任务完成情况汇总表（1-3月）');
    expect(String(cellAt(sheet, 'A2')?.v)).toContain('数据来源：“3月”工作表');
    expect(sheet.merges).toContain('A1:O1');
  });

  test('the section table: header, one COUNTIFS row per section with the core value, and a 合计 row', () => {
    expect(cellAt(sheet, 'A4')?.v).toBe('一、分板块完成情况');
    // A column for each word a row can take in March; 未完成 (December) and 不适用 (no quarterly rows) cannot.
    expect([5].flatMap((r) => 'ABCDEFGHIJKLMNO'.split('').map((c) => cellAt(sheet, `${c}${r}`)?.v))).toEqual([
      '序号',
      '板块',
      '指标数',
      '已完成',
      '超进度',
      '达进度',
      '欠进度',
      '达标',
      '未达标',
      '超标',
      '逾期',
      '推进中',
      '未填报',
      '已完成占比',
      '正常推进占比（已完成+超进度+达进度+达标+推进中）',
    ]);
    expect(cellAt(sheet, 'B6')?.v).toBe('经济发展');
    expect(cellAt(sheet, 'C6')).toEqual({ v: 7, f: `=COUNTIFS('3月'!$N:$N,"=1",'3月'!$B:$B,"<>")` });
    expect(cellAt(sheet, 'D6')).toEqual({ v: 2, f: `=COUNTIFS('3月'!$N:$N,"=1",'3月'!$K:$K,"已完成")` });
    expect(cellAt(sheet, 'G7')).toEqual({ v: 1, f: `=COUNTIFS('3月'!$N:$N,"=2",'3月'!$K:$K,"欠进度")` });
    expect(cellAt(sheet, 'J6')?.v).toBe(1); // 超标
    expect(cellAt(sheet, 'K7')?.v).toBe(1); // 逾期
    expect(cellAt(sheet, 'L8')?.v).toBe(2); // 推进中
    expect(cellAt(sheet, 'N6')).toEqual({ v: 2 / 7, f: '=IF(C6=0,0,D6/C6)' });
    expect(cellAt(sheet, 'O8')).toEqual({ v: 4 / 6, f: '=IF(C8=0,0,(D8+E8+F8+H8+L8)/C8)' });
    expect(cellAt(sheet, 'B9')?.v).toBe('合计');
    expect(cellAt(sheet, 'C9')).toEqual({ v: 19, f: '=SUM(C6:C8)' });
    expect(cellAt(sheet, 'G9')).toEqual({ v: 2, f: '=SUM(G6:G8)' });
    expect(cellAt(sheet, 'M9')?.v).toBe(1);
  });

  test('data bars on the two share columns of the section rows', () => {
    expect(sheet.conditionalFormats).toEqual([
      { ref: 'N6:N8', type: 'dataBar', color: '#63BE7B', min: 0, max: 1, priority: 1 },
      { ref: 'O6:O8', type: 'dataBar', color: '#5B9BD5', min: 0, max: 1, priority: 2 },
    ]);
  });

  test('the unit table counts by the 责任单位 column; a row without a unit matches blank cells', () => {
    const top = rowOf(sheet, '二、分责任单位完成情况');
    expect(cellAt(sheet, `B${top + 2}`)?.v).toBe('镇经发办');
    expect(cellAt(sheet, `D${top + 2}`)).toEqual({
      v: 2,
      f: `=COUNTIFS('3月'!$L:$L,"=镇经发办",'3月'!$K:$K,"已完成")`,
    });
    expect(cellAt(sheet, `B${top + 3}`)?.v).toBe('未指定');
    expect(cellAt(sheet, `C${top + 3}`)).toEqual({ v: 1, f: `=COUNTIFS('3月'!$L:$L,"=",'3月'!$B:$B,"<>")` });
    expect(cellAt(sheet, `B${top + 7}`)?.v).toBe('合计');
    expect(cellAt(sheet, `C${top + 7}`)?.v).toBe(19);
  });

  test('the lagging list as values, most behind first, each linked to its status cell', () => {
    const top = rowOf(sheet, '三、滞后指标（欠进度、未达标、超标、未完成，5项，按差额从大到小排列）');
    const first = top + 2;
    expect([0, 1, 2, 3, 4].map((i) => ['B', 'F', 'I', 'J'].map((c) => cellAt(sheet, `${c}${first + i}`)?.v))).toEqual([
      ['安全事故', 6, null, '超标'], // a count's share of its ceiling is no 百分点: 超出1起 in G (review3 W6)
      ['油茶林改造', 10, -40, '欠进度'],
      ['美丽庭院', 24, -1, '欠进度'],
      ['规上企业营收增长（百易）', 6.1, -0.9, '未达标'],
      ['物价涨幅', 4.5, -0.5, '超标'],
    ]);
    expect(cellAt(sheet, `G${first}`)?.v).toBe('超出1起');
    expect(cellAt(sheet, `H${first + 1}`)?.v).toBe(0.5);
    expect(cellAt(sheet, `F${first + 1}`)?.f).toBeUndefined();
    expect(sheet.hyperlinks?.[1]).toEqual({ ref: `B${first + 1}`, target: "'3月'!K14", text: '油茶林改造' });
  });

  test('milestones: the overdue one first, then the others due this month', () => {
    const top = rowOf(sheet, '四、本月到期及逾期节点任务（逾期1项）');
    const rows = [2, 3, 4].map((i) => ['B', 'D', 'E', 'F'].map((c) => cellAt(sheet, `${c}${top + i}`)?.v));
    expect(rows).toEqual([
      ['矿山生态修复通过国家验收', '3月底', '逾期', '矿山生态修复通过国家验收（要求3月底前完成）逾期未完成'],
      ['每月外出招大引强', '每月', '已完成', '每月外出招大引强本月已完成（1-3月3次中完成2次，2月未填报）'],
      ['矿山生态修复通过省级验收', '3月底', '已完成', '矿山生态修复通过省级验收已于3月完成'],
    ]);
  });

  test('the narrative: one merged, wrapped block per paragraph', () => {
    const top = rowOf(sheet, '五、进度情况（可直接用于报告）');
    expect(cellAt(sheet, `A${top + 1}`)?.v).toBe(summary.text.zh[0]);
    expect(cellAt(sheet, `A${top + 5}`)?.v).toBe(summary.text.zh[4]);
    expect(sheet.merges).toContain(`A${top + 2}:O${top + 2}`);
    expect(sheet.rowHeights?.[top + 2]).toBeGreaterThan(45);
    expect(sheet.formats).toContainEqual({
      ref: `A${top + 1}:O${top + 5}`,
      wrap: true,
      vertical: 'top',
      horizontal: 'left',
    });
  });

  test('rows counted 待核实 leave the other counts and have their own column, and the sheet says so', () => {
    const s = summarize(plan, figures, 3, { unverified: ['A2'] });
    const sh = summarySheet(plan, figures.meta, s, 3);
    const header = 'ABCDEFGHIJKLMNOP'.split('').map((c) => cellAt(sh, `${c}5`)?.v);
    const col = (word: string) => 'ABCDEFGHIJKLMNOP'[header.indexOf(word)];
    // 粮食生产面积 (A2, section 2) shows 超进度 on the month sheet but is counted 待核实.
    expect(cellAt(sh, `${col('超进度')}7`)).toEqual({
      v: 1,
      f: `=COUNTIFS('3月'!$N:$N,"=2",'3月'!$K:$K,"超进度",'3月'!$B:$B,"<>A2")`,
    });
    expect(cellAt(sh, `${col('待核实')}7`)).toEqual({ v: 1, f: `=COUNTIFS('3月'!$N:$N,"=2",'3月'!$B:$B,"=A2")` });
    expect(cellAt(sh, `${col('待核实')}6`)).toEqual({ v: 0, f: '=0' });
    expect(String(cellAt(sh, 'A2')?.v)).toContain('待核实：粮食生产面积的填报数据审核有强制性或核实性问题');
  });

  test('names with wildcard characters are matched literally', () => {
    const p = fixturePlan();
    p.indicators[0].responsible = '镇*办?';
    const f = figuresOf(p, MARCH);
    const s = summarySheet(p, f.meta, summarize(p, f, 3), 3);
    const top = rowOf(s, '二、分责任单位完成情况');
    expect(cellAt(s, `C${top + 2}`)?.f).toBe(`=COUNTIFS('3月'!$L:$L,"=镇~*办~?",'3月'!$B:$B,"<>")`);
  });

  test('a paragraph too tall for one row continues on the next rows, cut after a clause', () => {
    const clause = '粮食生产面积完成2.1万亩，占年度目标的65.6%，超序时进度40.6个百分点；';
    const text = clause.repeat(60) + '完。';
    const pieces = splitForRows(text, 140);
    expect(pieces.length).toBe(2);
    expect(pieces.join('')).toBe(text);
    expect(pieces[0].endsWith('；')).toBe(true);
    expect(splitForRows(clause, 140)).toEqual([clause]);
  });
});

import { findingMarks, resultsSheetSpec, RESULTS_SHEET, type Finding } from '../../src/check';

function finding(over: Partial<Finding>): Finding {
  return {
    sheet: '3月',
    cell: 'F5',
    code: 'NY-03',
    name: '油菜种植面积',
    rule: 'format',
    tier: 'error',
    message: {
      zh: '3月!F5 油菜种植面积：本月填写“abc”，不是数字。应填写数字（单位：亩）',
      en: '3月!F5 油菜种植面积 (NY-03): "abc" is not a number',
    },
    found: 'abc',
    expected: '数字（单位：亩）',
    suggestion: null,
    ...over,
  };
}

describe('marks on cells', () => {
  test('one mark per finding with a cell, the rule in front and the place dropped', () => {
    const marks = findingMarks([
      finding({}),
      finding({ rule: 'structure', cell: null, message: { zh: '“4月”表找不到列：本月', en: '“4月”表找不到列：本月' } }),
      finding({
        cell: 'G5',
        rule: 'identity',
        message: { zh: '3月!G5 油菜种植面积：累计被手工填写为“9”', en: '3月!G5 油菜种植面积：累计被手工填写为“9”' },
      }),
    ]);
    expect(marks).toEqual([
      {
        sheet: '3月',
        cell: 'F5',
        tier: 'error',
        message: '【格式】油菜种植面积：本月填写“abc”，不是数字。应填写数字（单位：亩）',
      },
      { sheet: '3月', cell: 'G5', tier: 'error', message: '【累计平衡】油菜种植面积：累计被手工填写为“9”' },
    ]);
  });
});

describe('the 审核结果 sheet', () => {
  test('lists errors first, links each cell on a sheet that exists, fills the tier column', () => {
    const s = resultsSheetSpec(
      [
        finding({
          tier: 'verify',
          rule: 'mom',
          cell: 'F7',
          code: 'NY-06',
          name: '高标准农田建设',
          message: { zh: 'm1', en: 'm1' },
        }),
        finding({ message: { zh: 'm2', en: 'm2' }, suggestion: '3200' }),
        finding({ sheet: '九月', cell: 'F9', message: { zh: 'm3', en: 'm3' } }),
        finding({ rule: 'structure', cell: null, code: null, name: '', message: { zh: 'm4', en: 'm4' } }),
      ],
      { month: 3, unitName: '小江镇', sheetNames: ['3月'] },
    );
    expect(s.name).toBe(RESULTS_SHEET);
    const rows = s.ranges[0].rows.map((r) => r.map((c) => c.v));
    expect(rows[0][0]).toBe('小江镇3月审核结果');
    expect(rows[1][0]).toBe('强制性 3 项（须改正）　核实性 1 项（须在备注说明）　提示性 0 项');
    expect(rows[2]).toEqual(['序号', '层级', '工作表', '单元格', '代码', '指标', '规则', '说明', '应为', '建议']);
    expect(rows.slice(3).map((r) => [r[0], r[1], r[2], r[3], r[6], r[7], r[9]])).toEqual([
      [1, '强制性', '3月', 'F5', '格式', 'm2', '3200'],
      [2, '强制性', '九月', 'F9', '格式', 'm3', ''],
      [3, '强制性', '3月', '', '表格结构', 'm4', ''],
      [4, '核实性', '3月', 'F7', '环比波动', 'm1', ''],
    ]);
    // Links only to cells on sheets the workbook has.
    expect(s.hyperlinks).toEqual([
      { ref: 'D4', target: "'3月'!F5", text: 'F5' },
      { ref: 'D7', target: "'3月'!F7", text: 'F7' },
    ]);
    expect(s.formats).toEqual(
      expect.arrayContaining([
        { ref: 'B4:B6', fill: '#FFC7CE' },
        { ref: 'B7:B7', fill: '#FFEB9C' },
      ]),
    );
    expect(s.freeze).toEqual({ rows: 3, columns: 0 });
  });

  test('no findings says so', () => {
    const s = resultsSheetSpec([], { month: 5 });
    expect(s.ranges[0].rows.map((r) => r[0].v)).toEqual(['5月审核结果', '未发现问题 / no findings', '序号']);
    expect(s.hyperlinks).toEqual([]);
  });
});

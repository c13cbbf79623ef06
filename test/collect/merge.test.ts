import { collect, masterWrites, withWrites, type CollectOk, type CollectResult } from '../../src/collect';
import { smallPlan, template } from './figures';

const ok = (r: CollectResult): CollectOk => {
  if (!r.ok) throw new Error(r.message.zh);
  return r;
};

const master = template(smallPlan, null, { 2: { 'A-02': [0.5, null] }, 3: {} });

describe('collect: three offices into the master', () => {
  const zs = template(smallPlan, '镇招商办', { 3: { 'A-01': [1, null] } });
  const ny = template(smallPlan, '镇农业农村办', {
    3: { 'A-02': [1.2, null], 'A-03': [6.5, '一季度调查数'], 'A-04': ['推进中', null] },
  });
  const ly = template(smallPlan, '镇林业站', { 3: { 'A-05': [300, null] } });
  const r = ok(
    collect(
      master,
      [
        { file: '招商办.xlsx', figures: zs },
        { file: '农业农村办.xlsx', figures: ny },
        { file: '林业站.xlsx', figures: ly },
      ],
      3,
      { masterFile: '总表.xlsx' },
    ),
  );

  test('each office’s figures and notes go to its rows’ input cells on the master’s 3月 sheet', () => {
    expect(r.conflicts).toEqual([]);
    expect(r.refused).toEqual([]);
    expect(r.writes.map((w) => [w.sheet, w.cell, w.value])).toEqual([
      ['3月', 'F4', 1],
      ['3月', 'F5', 1.2],
      ['3月', 'F6', 6.5],
      ['3月', 'M6', '一季度调查数'],
      ['3月', 'F7', '推进中'],
      ['3月', 'F8', 300],
    ]);
  });

  test('provenance names the file and cell each value came from', () => {
    const note = r.provenance.find((p) => p.code === 'A-03' && p.field === 'note');
    expect(note?.from).toEqual([
      { file: '农业农村办.xlsx', unit: '镇农业农村办', sheet: '3月', cell: 'M5', value: '一季度调查数' },
    ]);
    expect(note?.cell).toBe('M6');
  });

  test('per office: figures, notes, unchanged, conflicts', () => {
    // Nothing corrected, every return of this plan.
    const source = (file: string, unit: string, figures: number, states: number, notes: number) => ({
      file,
      unit,
      months: [3],
      figures,
      states,
      notes,
      unchanged: 0,
      corrections: 0,
      planChange: null,
      ledgerEdits: null,
      conflicts: 0,
      sameAs: null,
    });
    expect(r.sources).toEqual([
      source('招商办.xlsx', '镇招商办', 1, 0, 0),
      source('农业农村办.xlsx', '镇农业农村办', 2, 1, 1), // a milestone's state is not a number
      source('林业站.xlsx', '镇林业站', 1, 0, 0),
    ]);
  });

  test('merged keeps the master’s other months and adds March', () => {
    expect(r.merged['A-02']).toEqual({ 2: { month: 0.5, note: null }, 3: { month: 1.2, note: null } });
    expect(r.merged['A-03'][3]).toEqual({ month: 6.5, note: '一季度调查数' });
  });
});

describe('collect: conflicts are reported, never resolved silently', () => {
  test('an office filling another office’s row: not taken, the cell named', () => {
    // 林业站's return with an extra row copied from 招商办's sheet.
    const ly = template(smallPlan, '镇林业站', { 3: { 'A-05': [300, null] } });
    ly.months[0].rows.push({
      code: 'A-01',
      row: 5,
      month: { address: 'F5', value: 2, formula: null },
      cumulative: { address: 'G5', value: null, formula: null },
      note: { address: 'M5', value: null, formula: null },
      status: null,
    });
    const r = ok(collect(master, [{ file: '林业站.xlsx', figures: ly }], 3));
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]).toMatchObject({ kind: 'not-their-row', code: 'A-01', field: 'month', values: [2] });
    expect(r.conflicts[0].message).toEqual({
      zh: '林业站.xlsx 3月!F5：“引进工业项目”（A-01）由镇招商办负责，不是镇林业站的指标；其本月数 2 未采用',
      en: '林业站.xlsx 3月!F5: "引进工业项目" (A-01) belongs to 镇招商办, not to 镇林业站; its monthly figure 2 was not taken',
    });
    expect(r.writes.map((w) => w.cell)).toEqual(['F8']);
    expect(r.sources[0]).toMatchObject({ figures: 1, conflicts: 1 });
  });

  test('two offices sharing a row give different states: neither is taken', () => {
    const sl = template(smallPlan, '镇水利站', { 3: { 'A-04': ['已完成', null] } });
    const ny = template(smallPlan, '镇农业农村办', { 3: { 'A-04': ['推进中', null] } });
    const r = ok(
      collect(
        master,
        [
          { file: '水利站.xlsx', figures: sl },
          { file: '农业农村办.xlsx', figures: ny },
        ],
        3,
      ),
    );
    expect(r.writes).toEqual([]);
    expect(r.conflicts.map((c) => c.kind)).toEqual(['two-offices']);
    expect(r.conflicts[0].files).toEqual(['水利站.xlsx', '农业农村办.xlsx']);
    expect(r.conflicts[0].message.zh).toBe(
      '“河道整治”（A-04）的本月数2份填报不一致：水利站.xlsx 3月!F4 = “已完成”；农业农村办.xlsx 3月!F6 = “推进中”。均未采用，请核实后填入总表',
    );
  });

  test('two offices sharing a row agree: taken once, both named as the source', () => {
    const sl = template(smallPlan, '镇水利站', { 3: { 'A-04': ['已完成', null] } });
    const ny = template(smallPlan, '镇农业农村办', { 3: { 'A-04': [' 已完成', null] } });
    const r = ok(
      collect(
        master,
        [
          { file: '水利站.xlsx', figures: sl },
          { file: '农业农村办.xlsx', figures: ny },
        ],
        3,
      ),
    );
    expect(r.conflicts).toEqual([]);
    expect(r.writes).toEqual([{ sheet: '3月', cell: 'F7', value: '已完成', code: 'A-04', field: 'month' }]);
    expect(r.provenance[0].from.map((c) => c.file)).toEqual(['水利站.xlsx', '农业农村办.xlsx']);
  });

  test('a figure differing from the master’s: the master’s stays; the same figure typed another way is fine', () => {
    const m = template(smallPlan, null, { 3: { 'A-02': [1, null], 'A-05': [300, '含补植'] } });
    const ny = template(smallPlan, '镇农业农村办', { 3: { 'A-02': [1.2, null] } });
    const ly = template(smallPlan, '镇林业站', { 3: { 'A-05': ['300亩', '含补植'] } });
    const r = ok(
      collect(
        m,
        [
          { file: '农业农村办.xlsx', figures: ny },
          { file: '林业站.xlsx', figures: ly },
        ],
        3,
        { masterFile: '总表.xlsx' },
      ),
    );
    expect(r.writes).toEqual([]);
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]).toMatchObject({
      kind: 'differs-from-master',
      code: 'A-02',
      files: ['总表.xlsx', '农业农村办.xlsx'],
      values: [1, 1.2],
    });
    expect(r.conflicts[0].message.zh).toBe(
      '“粮食生产面积”（A-02）的本月数：总表 3月!F5 已有 1，农业农村办.xlsx 3月!F4 报来 1.2；保留总表的数，未覆盖（总表的数不是此前从该单位汇集来的原数，是在总表中填写或改过的；如确应采用报来的数，清空总表 3月!F5 后再汇集）',
    );
    expect(r.merged['A-02'][3].month).toBe(1);
    expect(r.sources.find((s) => s.file === '林业站.xlsx')).toMatchObject({ figures: 0, notes: 0, unchanged: 2 });
  });
});

describe('collect: foreign files are refused with the reason', () => {
  // Another plan of the same township and year: no indicator in common by code and name.
  const other = {
    ...smallPlan,
    indicators: smallPlan.indicators.map((i) => ({ ...i, code: `Z${i.code}`, name: `另一${i.name}` })),
  };
  const retargeted = {
    ...smallPlan,
    indicators: smallPlan.indicators.map((i) => ({ ...i, value: i.value && i.value + 1 })),
  };
  const cases: Array<[string, Parameters<typeof template>, string]> = [
    [
      'another year',
      [{ ...smallPlan, year: 2024 }, '镇招商办', { 3: { 'A-01': [1, null] } }],
      'x.xlsx：未汇集，是2024年的报表，总表是2023年',
    ],
    [
      'another plan of the same year',
      [other, '镇招商办', { 3: { 'ZA-01': [1, null] } }],
      'x.xlsx：未汇集，不是本计划的报表：此文件的指标与总表的计划没有一项相同（代码和名称都对不上），可能是另一份计划生成的；请用本总表生成的分发表（generate --from 总表 --unit 单位）',
    ],
    [
      'another month',
      [smallPlan, '镇招商办', { 4: { 'A-01': [1, null] } }],
      'x.xlsx：未汇集，没有1-3月的报表（文件中只有4月）',
    ],
    [
      'a whole-plan workbook',
      [smallPlan, null, { 3: { 'A-01': [1, null] } }],
      'x.xlsx：未汇集，是未分单位的总表，不是分发给责任单位的报表',
    ],
  ];
  test.each(cases)('%s', (_name, args, message) => {
    const r = ok(collect(master, [{ file: 'x.xlsx', figures: template(...args) }], 3));
    expect(r.refused).toHaveLength(1);
    expect(r.refused[0].message.zh.startsWith(message)).toBe(true);
    expect(r.writes).toEqual([]);
    expect(r.sources).toEqual([]);
  });

  test('a return of the same plan with other targets (cut before a regenerate) is taken by code, no hash named', () => {
    const f = template(retargeted, '镇招商办', { 3: { 'A-01': [1, null] } });
    const r = ok(collect(master, [{ file: 'x.xlsx', figures: f }], 3));
    expect(r.refused).toEqual([]);
    expect(r.writes.map((w) => [w.code, w.value])).toEqual([['A-01', 1]]);
    expect(r.sources[0].planChange?.zh).toContain(
      '此文件是按调整前（或另一版本）的计划生成的分发表，总表的计划已调整：',
    );
    expect(JSON.stringify(r)).not.toContain(f.meta.planHash);
  });

  test('a file that could not be read as a template is listed with the reason', () => {
    const r = ok(
      collect(master, [{ file: 'a.xlsx', unreadable: { zh: '不是 .xlsx 文件', en: 'not an .xlsx file' } }], 3),
    );
    expect(r.refused).toEqual([
      {
        file: 'a.xlsx',
        reasons: ['not-a-template'],
        message: {
          zh: 'a.xlsx：未汇集，无法作为月报表模板读取（不是 .xlsx 文件）',
          en: 'a.xlsx: not collected: it cannot be read as a month-report template (not an .xlsx file)',
        },
      },
    ]);
  });

  test('the same file given twice is collected once', () => {
    const zs = template(smallPlan, '镇招商办', { 3: { 'A-01': [1, null] } });
    const r = ok(
      collect(
        master,
        [
          { file: 'a.xlsx', figures: zs },
          { file: 'a.xlsx', figures: zs },
        ],
        3,
      ),
    );
    expect(r.refused.map((x) => x.reasons)).toEqual([['duplicate-file']]);
    expect(r.conflicts).toEqual([]);
    expect(r.writes).toHaveLength(1);
  });
});

describe('collect: a master that cannot take the month', () => {
  test('no sheet for the month', () => {
    const r = collect(master, [], 5, { masterFile: 'm.xlsx' });
    expect(r).toEqual({
      ok: false,
      message: {
        zh: '总表 m.xlsx 中没有5月报表（只有2月、3月），无法汇集',
        en: 'the master m.xlsx has no sheet for month 5 (it holds 2, 3); nothing can be collected',
      },
    });
  });
  test('a unit’s return given as the master', () => {
    const r = collect(template(smallPlan, '镇林业站', { 3: {} }), [], 3, { masterFile: 'm.xlsx' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message.zh).toBe('m.xlsx 是镇林业站的分发表，不是总表；请用总表汇集');
  });
  test('a month outside 1-12', () => {
    const r = collect(master, [], 13);
    expect(!r.ok && r.message.zh).toBe('月份应为1-12的整数，收到 13');
  });
});

describe('masterWrites', () => {
  test('writes empty cells only; a cell with another value is kept and listed', () => {
    const m = template(smallPlan, null, { 3: { 'A-02': [1, null] } });
    const merged = { 'A-01': { 3: { month: 2, note: '新签约' } }, 'A-02': { 3: { month: 1.5, note: null } } };
    const w = masterWrites(m, merged, 3);
    expect(w.writes.map((x) => `${x.sheet}!${x.cell}=${x.value}`)).toEqual(['3月!F4=2', '3月!M4=新签约']);
    expect(w.kept).toEqual([{ sheet: '3月', cell: 'F5', code: 'A-02', field: 'month', master: 1, wanted: 1.5 }]);
  });
  test('a formula in an input cell is never written over', () => {
    const m = template(smallPlan, null, { 3: {} });
    m.months[0].rows[0].month.formula = '=1+1';
    m.months[0].rows[0].month.value = 2;
    const w = masterWrites(m, { 'A-01': { 3: { month: 3, note: null } } }, 3);
    expect(w.writes).toEqual([]);
    expect(w.kept).toHaveLength(1);
  });
});

describe('withWrites', () => {
  test('the master’s input cells read with the writes in; the master itself is untouched', () => {
    const m = template(smallPlan, null, { 2: {}, 3: { 'A-02': [1, null] } });
    const after = withWrites(m, [
      { sheet: '3月', cell: 'F4', value: 2, code: 'A-01', field: 'month' },
      { sheet: '3月', cell: 'M4', value: '新签约', code: 'A-01', field: 'note' },
    ]);
    const row = after.months[1].rows[0];
    expect([row.month.address, row.month.value, row.note.value]).toEqual(['F4', 2, '新签约']);
    expect(after.months[1].rows[1].month.value).toBe(1);
    expect(m.months[1].rows[0].month.value).toBeNull();
    expect(after.months[0]).toBe(m.months[0]);
  });
});

describe('collect: the merged figures are checked on the master', () => {
  test('a figure an office typed as text is taken as typed and the check names the master’s cell', () => {
    const all = template(smallPlan, null, {
      3: { 'A-02': [1.2, null], 'A-03': [6.5, null], 'A-04': ['推进中', null], 'A-05': [300, null] },
    });
    const zs = template(smallPlan, '镇招商办', { 3: { 'A-01': ['1,200', null] } });
    const r = ok(collect(all, [{ file: '招商办.xlsx', figures: zs }], 3));
    expect(r.writes).toEqual([{ sheet: '3月', cell: 'F4', value: '1,200', code: 'A-01', field: 'month' }]);
    expect(r.findings.map((f) => [f.sheet, f.cell, f.rule, f.tier, f.message.zh])).toEqual([
      [
        '3月',
        'F4',
        'format',
        'error',
        '3月!F4 引进工业项目：本月填写“1,200”，含千位分隔符。应填写数字（单位：个），建议改为 1200（注意：建议值是年度目标（3个）的400倍，请核对数量级和单位）',
      ],
    ]);
  });
});

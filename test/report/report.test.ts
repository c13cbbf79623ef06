// The 通报 read back from its .docx (JSZip + XML) and compared with the summary it came from: the
// same sentences as the 汇总 sheet and `summarize --json`, the tables' cells, the fonts and sizes of
// the official format, and no figure quoted for a row whose figure waits for verification.
import { renderPngNode } from '../../src/cli/chart-png';
import { summaryJson } from '../../src/cli/commands/summarize';
import { reportDocx, reportModel, chartData, layout } from '../../src/report';
import { COUNT_ORDER, summarize, summarySheet, type Summary } from '../../src/summary';
import { readDocx, type ReadDocx } from '../support/docxRead';
import { ind, planOf } from '../support/plans';
import { fixturePlan, figuresOf, MARCH } from '../summary/fixtures';

const DATE = { year: 2023, month: 4, day: 6 };
/** A1 (引进项目, 40 of 100, 超进度) and A9 (油茶林改造, 欠进度) carry open findings. */
const UNVERIFIED = ['A1', 'A9'];

let summary: Summary;
let doc: ReadDocx;

beforeAll(async () => {
  const plan = fixturePlan();
  const figures = figuresOf(plan, MARCH);
  summary = summarize(plan, figures, 3, { unverified: UNVERIFIED });
  const r = await reportDocx(summary, { date: DATE }, renderPngNode);
  doc = await readDocx(r.bytes);
});

const texts = () => doc.paragraphs.map((p) => p.text);
const allText = () => doc.body.map((b) => (b.kind === 'p' ? b.text : b.rows.flat().join('\n'))).join('\n');

test('title, headings, the summary paragraphs word for word, issuer and date', () => {
  const t = texts();
  expect(t.slice(0, 2)).toEqual(['信丰县样板镇2023年1-3月', '目标任务推进情况通报']);
  expect(t.filter((x) => /^[一二三四五]、/.test(x))).toEqual([
    '一、总体情况',
    '二、各板块推进情况',
    '三、需重点关注的事项',
    '四、分责任单位完成情况',
  ]);
  const [opening, ...rest] = summary.text.zh;
  expect(t).toContain(opening);
  // Each section: the 汇总 sheet's paragraph "一、经济发展。…" is "（一）经济发展。" + the same body here.
  summary.sections.forEach((s, i) => {
    const ordinal = '一二三'[i];
    expect(s.paragraph).toBe(`${ordinal}、${s.label}。${s.body}`);
    expect(t).toContain(`（${ordinal}）${s.label}。${s.body}`);
  });
  const attention = rest[rest.length - 1];
  expect(attention).toMatch(/^需重点关注：欠进度的有/);
  expect(t).toContain(attention);
  expect(t.slice(-2)).toEqual(['信丰县样板镇人民政府', '2023年4月6日']);
});

test('the same text as summarize --json and the 汇总 sheet', () => {
  const t = texts();
  const json = summaryJson(summary);
  expect(json.text.zh[0]).toBe(summary.text.zh[0]);
  const sheet = summarySheet(fixturePlan(), figuresOf(fixturePlan(), MARCH).meta, summary, 3);
  const sheetTexts = sheet.ranges.flatMap((r) => r.rows.flat().map((c) => c.v));
  for (const p of json.text.zh) expect(sheetTexts).toContain(p);
  // Every paragraph of the text is in the document: the opening and the attention verbatim, the
  // sections with their own ordinal style.
  expect(t).toContain(json.text.zh[0]);
  expect(t).toContain(json.text.zh[json.text.zh.length - 1]);
  for (const s of summary.sections) expect(t.some((x) => x.endsWith(s.body))).toBe(true);
});

test('表1 counts by section and 表4 by responsible unit equal the summary', () => {
  const [bySection, lagging, milestones, byUnit] = doc.tables;
  // A column for each status word with a count, in the summary's order (待核实 included).
  const words = COUNT_ORDER.filter((w) => summary.counts[w] > 0);
  expect(words).toContain('待核实');
  expect(bySection.rows[0]).toEqual(['序号', '板块', '指标数', ...words, '已完成占比']);
  const cell = (n: number) => (n ? String(n) : '');
  expect(bySection.rows.slice(1)).toEqual([
    ...summary.sections.map((s, i) => [
      String(i + 1),
      s.label,
      String(s.total),
      ...words.map((w) => cell(s.counts[w])),
      `${Math.round(s.doneShare * 1000) / 10}%`,
    ]),
    ['', '合计', '19', ...words.map((w) => String(summary.counts[w])), '15.8%'],
  ]);
  expect(byUnit.rows[0][1]).toBe('责任单位');
  expect(byUnit.rows.slice(1, -1).map((r) => [r[1], r[2]])).toEqual(
    summary.units.map((u) => [u.label, String(u.total)]),
  );
  expect(lagging.rows[0]).toEqual([
    '序号',
    '指标',
    '状态',
    '责任单位',
    '目标',
    '完成',
    '完成%',
    '序时',
    '差额（百分点）',
  ]);
  expect(milestones.rows[0]).toEqual(['序号', '节点任务', '责任单位', '完成时限', '状态', '进展情况']);
});

test('the lagging list: figures as the summary has them, 待核实 where the checks hold the figure', () => {
  const rows = doc.tables[1].rows.slice(1);
  expect(rows.map((r) => r[1])).toEqual(summary.lagging.map((r) => r.name));
  const byName = new Map(rows.map((r) => [r[1], r]));
  // 引进优质工业项目 is not lagging; 美丽庭院 (approx 100户, 24 done) is, with its figures.
  const n = String(summary.lagging.findIndex((r) => r.name === '美丽庭院') + 1);
  expect(byName.get('美丽庭院')).toEqual([
    n,
    '美丽庭院',
    '欠进度',
    '镇民政办',
    '100户左右',
    '24户',
    '24%',
    '25%',
    '-1',
  ]);
  // 物价涨幅 (at most 4%, 4.5%): 超标; a bound has no 完成% (a share of it would read as overachievement) or 序时.
  expect(byName.get('物价涨幅')?.[2]).toBe('超标');
  expect(byName.get('物价涨幅')?.slice(4)).toEqual(['4%以内', '4.5%', '—', '—', '-0.5']);
  // 安全事故 (at most 5起, 6 by March): 超标, and no 完成% (120% would read as overachievement): the
  // excess, as the sentence says it.
  expect(byName.get('安全事故')?.slice(2, 7)).toEqual(['超标', '镇民政办', '5起以内', '6起', '超出1起']);
  // …and no 差额 in 百分点: −20 (a share of the ceiling) beside 超出1起 means nothing (review3 W6).
  expect(byName.get('安全事故')?.slice(7)).toEqual(['—', '—']);
  // 油茶林改造 waits for verification: it counts as 待核实, not as lagging, and no figure of it is shown.
  expect(byName.has('油茶林改造')).toBe(false);
});

test('no figure of a row in doubt is quoted anywhere, and the document says why', () => {
  const text = allText();
  const a1 = summary.indicators.find((r) => r.code === 'A1');
  expect(a1?.unverified).toBe(true);
  // The figures 40 个 and 40% would only come from A1's row.
  expect(text).not.toMatch(/引进项目完成|引进项目[^，。；]*40/);
  expect(text).toContain('引进项目填报数据待核实');
  expect(text).toContain('油茶林改造填报数据待核实');
  // The counts hold them as 待核实 (their own column), so no note is needed under the tables.
  expect(summary.counts['待核实']).toBe(2);
  expect(texts().filter((x) => x.startsWith('注：填报数据待核实的有'))).toEqual([]);
  // The chart leaves them out and its note names them.
  const d = chartData(summary);
  expect(d.unverified.map((r) => r.code)).toEqual(['A1', 'A9']);
  expect(texts().find((x) => x.startsWith('注：按各板块'))).toContain(
    '填报数据待核实的引进项目、油茶林改造（共2项）未计入',
  );
});

test('fonts and sizes of the official format: 小标宋 2号 title, 仿宋 3号 body, 黑体 and 楷体 headings', () => {
  const [t1] = doc.paragraphs;
  expect(t1.runs[0]).toMatchObject({ font: '方正小标宋简体', halfPoints: 44 });
  expect(t1.align).toBe('center');
  const h1 = doc.paragraphs.find((p) => p.text === '一、总体情况');
  expect(h1?.runs[0]).toMatchObject({ font: '黑体', halfPoints: 32 });
  const body = doc.paragraphs.find((p) => p.text === summary.text.zh[0]);
  expect(body?.runs[0]).toMatchObject({ font: '仿宋_GB2312', halfPoints: 32 });
  expect(body?.align).toBe('both');
  const sec = doc.paragraphs.find((p) => p.text.startsWith('（一）'));
  expect(sec?.runs.map((r) => [r.text.slice(0, 7), r.font])).toEqual([
    ['（一）经济发展', '楷体_GB2312'],
    ['本板块7项目标', '仿宋_GB2312'],
  ]);
  // Tables in 仿宋 5号, headers in 黑体.
  const tbl = doc.tables[0];
  const headerCells = tbl.rows[0].length;
  expect(new Set(tbl.runs.slice(0, headerCells).map((r) => `${r.font} ${r.halfPoints}`))).toEqual(new Set(['黑体 21']));
  expect(tbl.runs[headerCells]).toMatchObject({ font: '仿宋_GB2312', halfPoints: 21 });
  // Each official font names its fallback.
  const fonts = doc.parts['word/fontTable.xml'];
  for (const [name, alt] of [
    ['方正小标宋简体', '宋体'],
    ['仿宋_GB2312', '仿宋'],
    ['楷体_GB2312', '楷体'],
    ['黑体', 'SimHei'],
    ['宋体', 'SimSun'],
  ])
    expect(fonts).toContain(`<w:font w:name="${name}"><w:altName w:val="${alt}"/>`);
});

test('the page: A4, margins 37/35/28/26 mm, 22 lines of 28 characters, "— 1 —" odd right, even left', () => {
  const xml = doc.parts['word/document.xml'];
  expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
  expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
  // 225 mm / 22 lines, exact.
  expect(layout.LINE_PITCH_TWIPS).toBe(579);
  const body = doc.paragraphs.find((p) => p.text === summary.text.zh[0]);
  expect(body?.xml).toContain('<w:spacing w:line="579" w:lineRule="exact"/>');
  // 28 characters of 3号 at 98% width fit the 156 mm line (442.2 pt).
  expect(body?.xml).toContain('<w:w w:val="98"/>');
  expect(28 * 16 * 0.98).toBeLessThanOrEqual((156 / 25.4) * 72);
  expect(doc.parts['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
  const odd = doc.parts['word/footer1.xml'];
  const even = doc.parts['word/footer2.xml'];
  expect(odd).toContain('<w:jc w:val="right"/>');
  expect(even).toContain('<w:jc w:val="left"/>');
  for (const f of [odd, even]) {
    expect(f).toContain('PAGE');
    expect(f).toContain('<w:rFonts w:ascii="宋体" w:cs="宋体" w:eastAsia="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/>');
    expect(f).toContain('>— </w:t>');
    expect(f).toContain('> —</w:t>');
  }
});

test('the chart is a PNG drawn from the summary, 1200 px wide', () => {
  const pngs = Object.entries(doc.media);
  expect(pngs).toHaveLength(1);
  const [, png] = pngs[0];
  expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  const view = new DataView(png.buffer, png.byteOffset);
  expect(view.getUint32(16)).toBe(1200);
  const d = chartData(summary);
  // 经济发展 without A1 (held): A3 between, done -> 100% capped... and U1 unreported is not drawn.
  expect(d.groups.map((g) => g.label)).toEqual(['一、经济发展', '二、农业农村', '三、民生工程']);
  expect(d.unreported.map((r) => r.code)).toEqual(['U1']);
  expect(texts()).toContain('图1　各板块完成进度与序时进度（1-3月）');
});

test('the chart draws the same rows at year end: a built-up level and a flow done keep their 序时 (100%)', () => {
  const plan = planOf(
    [
      ind({ code: 'L', section: '1', kind: 'level', name: '设施大棚面积', unit: '亩', value: 600, baseline: 400 }),
      ind({ code: 'F', section: '2', kind: 'cumulative', name: '农村危房改造', unit: '户', value: 60 }),
    ],
    {
      sections: [
        { id: '1', title: '农业农村' },
        { id: '2', title: '民生实事' },
      ],
    },
  );
  const months = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [i + 1, { L: 420 + i * 17, F: 5 }]));
  const all = Array.from({ length: 12 }, (_, i) => i + 1);
  const d = chartData(summarize(plan, figuresOf(plan, months, all), 12));
  expect(d.omitted).toEqual([]);
  expect(d.groups.map((g) => [g.label, g.expected])).toEqual([
    ['一、农业农村', 1],
    ['二、民生实事', 1],
  ]);
});

test('表2 names only the status words it lists; 表3 quotes the office’s 备注 beside a milestone’s state', () => {
  const plan = fixturePlan();
  // Offices named as townships name them: six characters, one line in both tables.
  for (const i of plan.indicators) if (i.responsible) i.responsible = '镇农业农村办';
  const figures = figuresOf(plan, MARCH);
  const base = summarize(plan, figures, 3, { unverified: UNVERIFIED });
  const due = [...base.milestones.overdue, ...base.milestones.dueThisMonth][0];
  const march = figures.months.find((m) => m.month === 3);
  const row = march?.rows.find((r) => r.code === due.code);
  if (!row) throw new Error('fixture: no March row for the due milestone');
  row.note = { ...row.note, value: '设备调试，预计7月投用' };
  const s = summarize(plan, figures, 3, { unverified: UNVERIFIED });
  const model = reportModel(s, { date: DATE });
  const captions = model.blocks.filter((b) => b.kind === 'caption').map((b) => (b as { text: string }).text);
  const words = ['欠进度', '未达标', '超标', '未完成']
    .map((w) => [w, s.lagging.filter((r) => r.evaluation.status === w).length] as const)
    .filter(([, n]) => n > 0);
  expect(words.length).toBeGreaterThan(0);
  expect(words.length).toBeLessThan(4);
  expect(captions).toContain(`表2　未达进度或目标的指标（${words.map(([w, n]) => `${w}${n}项`).join('、')}）`);
  const tables = model.blocks.filter((b) => b.kind === 'table') as Array<{
    rows: { text: string }[][];
    widths: number[];
  }>;
  const milestoneRow = tables[2].rows.find((r) => r[1].text === due.listName);
  expect(milestoneRow?.[5].text).toBe(`${due.clause}（备注：设备调试，预计7月投用）`);
  // 责任单位 is wide enough for its longest name on one line of 5号 type (42 characters to the row).
  const listed = [s.lagging, [...s.milestones.overdue, ...s.milestones.dueThisMonth]];
  [tables[1], tables[2]].forEach((t, i) => {
    const sum = t.widths.reduce((x, w) => x + w, 0);
    const longest = Math.max(...listed[i].map((r) => [...(r.responsible ?? '')].length));
    expect(longest).toBe(6);
    expect((t.widths[i === 0 ? 3 : 2] / sum) * 42).toBeGreaterThanOrEqual(longest + 0.5);
  });
});

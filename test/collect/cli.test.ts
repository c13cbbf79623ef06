// collect on real files: a master and three offices' returns cut from the seed plan, one foreign file.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { checkFigures } from '../../src/check';
import { readXlsxSnapshot } from '../../src/hosts/xlsx';
import { buildWorkbookSpec, readTemplate } from '../../src/template';
import type { TemplateFigures } from '../../src/workbook/figures';
import type { WorkbookSnapshot } from '../../src/workbook/host';
import { recalc } from '../support/libreoffice';
import { specSnapshot } from '../support/specSnapshot';
import { makeSeedFiles, type SeedFiles } from './seedFiles';
import { cliIn } from '../support/cli';

let dir: string;
let files: SeedFiles;
const cli = (...args: string[]) => cliIn(dir, [...args]);
const sha = (f: string) =>
  createHash('sha256')
    .update(readFileSync(join(dir, f)))
    .digest('hex');
const INPUTS = ['总表.xlsx', '镇招商办.xlsx', '镇经济发展办.xlsx', '镇农业农村办.xlsx', '镇林业站2024.xlsx'];

async function readFigures(file: string): Promise<{ snapshot: WorkbookSnapshot; figures: TemplateFigures }> {
  const snapshot = await readXlsxSnapshot(readFileSync(join(dir, file)));
  const r = readTemplate(snapshot);
  if (!r.ok) throw new Error(r.message.zh);
  return { snapshot, figures: r.figures };
}

let before: Record<string, string>;
let run: Awaited<ReturnType<typeof cli>>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'collect-'));
  files = await makeSeedFiles(dir);
  before = Object.fromEntries(INPUTS.map((f) => [f, sha(f)]));
  run = await cli('collect', ...INPUTS, '--month', '3', '--out', 'merged.xlsx');
});

describe('cli collect: three offices, one conflict, one foreign file', () => {
  test('exit 1 (a conflict and a refused file), the merged file still written', async () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('已写出 / written: ');
    expect(run.stdout).toContain('merged.xlsx（填入 27 个单元格 / 27 input cells set）');
  });

  test('prints what came from where, by office', async () => {
    const out = run.stdout;
    expect(out).toContain('汇集 1-3月：总表 总表.xlsx，收到 4 个文件，采用 3 个');
    expect(out).toContain(
      '  镇招商办.xlsx（镇招商办）采用 1月、2月、3月：新填入 3 个数字、1 个进展状态、0 条备注；与总表相同 8 项；冲突 0 项 / months 1, 2, 3: 3 figures, 1 milestone states, 0 notes taken; 8 already in the master; 0 conflicts',
    );
    expect(out).toContain(
      '  镇经济发展办.xlsx（镇经济发展办）采用 1月、2月、3月：新填入 5 个数字、2 个进展状态、0 条备注；与总表相同 16 项；冲突 1 项',
    );
    expect(out).toContain(
      '  镇农业农村办.xlsx（镇农业农村办）采用 1月、2月、3月：新填入 14 个数字、1 个进展状态、1 条备注；与总表相同 33 项；冲突 0 项',
    );
    expect(out).toContain('    NY-06 高标准农田建设：本月数 241.38（3月!F8 → 总表 3月!F23）');
    expect(out).toContain('    NY-03 油菜种植面积：备注 “含秋冬种植补报”（3月!M7 → 总表 3月!M20）');
  });

  test('the conflict: the master’s figure stays, in Chinese and English', async () => {
    expect(run.stdout).toContain(
      '  1. [与总表不同 / differs from the master] “新增规上企业”（GY-05）的本月数：总表 3月!F13 已有 1，镇经济发展办.xlsx 3月!F10 报来 2；保留总表的数，未覆盖（总表的数不是此前从该单位汇集来的原数，是在总表中填写或改过的；如确应采用报来的数，清空总表 3月!F13 后再汇集）\n' +
        "     \"新增规上企业\" (GY-05) monthly figure: the master's 3月!F13 already has 1, 镇经济发展办.xlsx 3月!F10 gives 2; the master's figure stays (it is not what an earlier collect took from this office: it was typed or changed in the master; to take the office's figure, clear 3月!F13 in the master and collect again)",
    );
  });

  test('the foreign file is refused, saying it is another year’s', async () => {
    expect(run.stdout).toContain(
      '未汇集的文件 / refused files：1 个\n' +
        '  1. 镇林业站2024.xlsx：未汇集，是2024年的报表，总表是2023年\n' +
        '     镇林业站2024.xlsx: not collected: it is a 2024 template; the master is for 2023',
    );
  });

  test('the merged master checks clean except the planted text figure', async () => {
    expect(run.stdout).toContain('审核 信丰县小江镇 3月：强制性 1 项，核实性 0 项，提示性 0 项');
    expect(run.stdout).toContain(
      '  1. [格式] 3月!F24 高标准农田提升（2023年）：本月填写“332.16亩”，写了单位。应填写数字（单位：亩），建议改为 332.16',
    );
  });

  test('the inputs are unchanged, byte for byte', async () => {
    expect(Object.fromEntries(INPUTS.map((f) => [f, sha(f)]))).toEqual(before);
  });

  test('the merged file holds every figure and note by code, and checks clean but for the planted one', async () => {
    const { figures } = await readFigures('merged.xlsx');
    const march = figures.months.find((s) => s.month === 3)!;
    const got = Object.fromEntries(march.rows.map((r) => [r.code, [r.month.value, r.note.value]]));
    const want = Object.fromEntries(
      Object.entries(files.expected).map(([code, m]) => [code, [m[3].month ?? null, m[3].note ?? null]]),
    );
    expect(got).toEqual(want);
    const checked = checkFigures(figures, { month: 3 });
    expect(checked.ok && checked.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule} ${f.tier}`)).toEqual([
      '3月!F24 format error',
    ]);
  });

  test('formula results are refreshed: every month-sheet cell shows what the template computes', async () => {
    const { snapshot } = await readFigures('merged.xlsx');
    const built = buildWorkbookSpec(files.plan, { months: [1, 2, 3], figures: files.expected });
    if (!built.ok) throw new Error('build failed');
    const want = specSnapshot(built.spec);
    for (const name of ['1月', '2月', '3月']) {
      const a = snapshot.sheets.find((s) => s.name === name)!;
      const b = want.sheets.find((s) => s.name === name)!;
      b.values.forEach((row, r) =>
        row.forEach((v, c) => {
          const shown = a.values[r]?.[c] ?? null;
          const where = `${name}!R${r + 1}C${c + 1}`;
          if (typeof v === 'number') expect([where, shown]).toEqual([where, expect.closeTo(v, 9)]);
          else expect([where, shown === '' ? null : shown]).toEqual([where, v === '' ? null : v]);
        }),
      );
    }
  });

  test('LibreOffice recalculating the merged file gets the values it carries', async () => {
    const { snapshot } = await readFigures('merged.xlsx');
    const [recalculated] = await recalc([join(dir, 'merged.xlsx')], { outDir: join(dir, 'lo') });
    const lo = await readXlsxSnapshot(readFileSync(recalculated));
    let compared = 0;
    for (const name of ['1月', '2月', '3月']) {
      const a = snapshot.sheets.find((s) => s.name === name)!;
      const b = lo.sheets.find((s) => s.name === name)!;
      a.formulas.forEach((row, r) =>
        row.forEach((f, c) => {
          if (f === null) return;
          compared++;
          const ours = a.values[r][c];
          const theirs = b.values[r]?.[c] ?? null;
          const where = `${name}!R${r + 1}C${c + 1}`;
          if (typeof ours === 'number') expect([where, theirs]).toEqual([where, expect.closeTo(ours, 9)]);
          else expect([where, theirs === '' ? null : theirs]).toEqual([where, ours === '' ? null : ours]);
        }),
      );
    }
    // 累计, 完成%, 差额 and 状态 of each row on three sheets (序时 is written as a value).
    expect(compared).toBeGreaterThan(400);
  }, 180_000);
});

describe('cli collect: output, exit codes and --json', () => {
  test('refuses to write over an input', async () => {
    const r = await cli('collect', '总表.xlsx', '镇招商办.xlsx', '--month', '3', '--out', '总表.xlsx', '--force');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('输出文件不能与输入文件相同：总表.xlsx');
  });

  test('--json: sources, conflicts, refused and the findings counts', async () => {
    const r = await cli('collect', ...INPUTS, '--month', '3', '--out', 'merged-json.xlsx', '--json');
    expect(r.status).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.sources).toEqual([
      {
        file: '镇招商办.xlsx',
        unit: '镇招商办',
        months: [1, 2, 3],
        taken: 4,
        figures: 3,
        states: 1,
        notes: 0,
        unchanged: 8,
        corrections: 0,
        planChange: null,
        ledgerEdits: null,
        conflicts: 0,
      },
      {
        file: '镇经济发展办.xlsx',
        unit: '镇经济发展办',
        months: [1, 2, 3],
        taken: 7,
        figures: 5,
        states: 2,
        notes: 0,
        unchanged: 16,
        corrections: 0,
        planChange: null,
        ledgerEdits: null,
        conflicts: 1,
      },
      {
        file: '镇农业农村办.xlsx',
        unit: '镇农业农村办',
        months: [1, 2, 3],
        taken: 16,
        figures: 14,
        states: 1,
        notes: 1,
        unchanged: 33,
        corrections: 0,
        planChange: null,
        ledgerEdits: null,
        conflicts: 0,
      },
    ]);
    expect(j.conflicts).toHaveLength(1);
    expect(j.conflicts[0]).toMatchObject({
      kind: 'differs-from-master',
      code: 'GY-05',
      files: ['总表.xlsx', '镇经济发展办.xlsx'],
      values: [1, 2],
      cells: [
        { file: '总表.xlsx', cell: '3月!F13', value: 1 },
        { file: '镇经济发展办.xlsx', cell: '3月!F10', value: 2 },
      ],
    });
    expect(j.refused).toEqual([
      {
        file: '镇林业站2024.xlsx',
        reasons: ['year'],
        message: {
          zh: '镇林业站2024.xlsx：未汇集，是2024年的报表，总表是2023年',
          en: '镇林业站2024.xlsx: not collected: it is a 2024 template; the master is for 2023',
        },
      },
    ]);
    expect(j.findings).toEqual({ error: 1, verify: 0, note: 0 });
    expect(j.refreshed).toBe(true);
    expect(j.taken.find((t: { code: string; month: number }) => t.code === 'NY-06' && t.month === 3)).toEqual({
      month: 3,
      code: 'NY-06',
      name: '高标准农田建设',
      field: 'month',
      cell: '3月!F23',
      value: 241.38,
      status: 'new',
      from: [{ file: '镇农业农村办.xlsx', cell: '3月!F8', value: 241.38 }],
    });
  });

  test('exit 0 when everything given merges without a conflict', async () => {
    const r = await cli('collect', '总表.xlsx', '镇招商办.xlsx', '--month', '3', '--out', 'only-zs.xlsx');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('冲突 / conflicts');
  });

  test('a file that is not a template is refused by name, the rest still merged', async () => {
    writeFileSync(join(dir, 'notes.xlsx'), 'not a workbook');
    copyFileSync(join(dir, '镇招商办.xlsx'), join(dir, 'copy.xlsx'));
    const r = await cli('collect', '总表.xlsx', 'notes.xlsx', 'copy.xlsx', '--month', '3', '--out', 'with-bad.xlsx');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('  1. notes.xlsx：未汇集，无法作为月报表模板读取（无法读取该 .xlsx 文件');
    // Each language on its own line: the Chinese line holds no English, the English line no Chinese.
    expect(r.stdout).toContain(
      '  1. notes.xlsx：未汇集，无法作为月报表模板读取（无法读取该 .xlsx 文件（不是 .xlsx 格式，或文件已损坏））\n',
    );
    expect(r.stdout).toContain(
      '     notes.xlsx: not collected: it cannot be read as a month-report template (cannot read this .xlsx file (not an .xlsx file, or damaged))\n',
    );
    expect(r.stdout).toContain('copy.xlsx（镇招商办）采用 1月、2月、3月：新填入 3 个数字、1 个进展状态');
  });

  test('a master with a formula typed over: figures merged, results left for the spreadsheet to recalculate', async () => {
    const wb = new Workbook();
    await wb.xlsx.readFile(join(dir, '总表.xlsx'));
    wb.getWorksheet('2月')!.getCell('G5').value = 0; // 2月 累计 of GY-01 typed over by hand
    await wb.xlsx.writeFile(join(dir, '总表-改.xlsx'));
    const r = await cli('collect', '总表-改.xlsx', '镇招商办.xlsx', '--month', '3', '--out', 'typed-over.xlsx');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      '公式结果未能按模板重算：总表 2月!G5 的公式与模板不同（可能被改写或行序有变）；已设为打开时重算，请用 Excel 打开后保存',
    );
    const { figures } = await readFigures('typed-over.xlsx');
    const march = figures.months.find((s) => s.month === 3)!;
    expect(march.rows.find((x) => x.code === 'GY-M3')!.month).toMatchObject({ address: 'F16', value: '已完成' });
  });

  test('an office that typed a figure into a row of another office’s: reported, not taken', async () => {
    const wb = new Workbook();
    await wb.xlsx.readFile(join(dir, '镇招商办.xlsx'));
    const ws = wb.getWorksheet('3月')!;
    const row = ws.rowCount + 2;
    ws.getCell(`B${row}`).value = 'NY-17';
    ws.getCell(`F${row}`).value = 700;
    await wb.xlsx.writeFile(join(dir, '招商办-多填.xlsx'));
    const r = await cli('collect', '总表.xlsx', '招商办-多填.xlsx', '--month', '3', '--out', 'extra-row.xlsx');
    expect(r.status).toBe(1);
    // The return's 指标库 holds 招商办's rows only: the row is named by its code cell, with whose it is.
    expect(r.stdout).toContain(
      `  1. 招商办-多填.xlsx：3月!B${row}：“设施大棚蔬菜面积（保有）”（NY-17）由镇农业农村办负责，不是镇招商办的指标，此行未汇集`,
    );
    expect(r.stdout).toContain(
      '招商办-多填.xlsx（镇招商办）采用 1月、2月、3月：新填入 3 个数字、1 个进展状态、0 条备注；与总表相同 8 项；冲突 0 项',
    );
    const { figures } = await readFigures('extra-row.xlsx');
    const march = figures.months.find((s) => s.month === 3)!;
    expect(march.rows.find((x) => x.code === 'NY-17')!.month.value).toBeNull();
  });

  test('exit 2 when the master is an office’s return, or has no such month; nothing is written', async () => {
    const unit = await cli('collect', '镇招商办.xlsx', '镇农业农村办.xlsx', '--month', '3', '--out', 'bad1.xlsx');
    expect(unit.status).toBe(2);
    expect(unit.stderr).toContain('镇招商办.xlsx 是镇招商办的分发表，不是总表；请用总表汇集');
    const month = await cli('collect', '总表.xlsx', '镇招商办.xlsx', '--month', '5', '--out', 'bad2.xlsx');
    expect(month.status).toBe(2);
    expect(month.stderr).toContain('总表 总表.xlsx 中没有5月报表（只有1月、2月、3月），无法汇集');
    expect(month.stderr).not.toMatch(/at .*\.ts:\d+/);
    const none = await cli('collect', '镇招商办.xlsx', '--month', '3', '--out', 'bad3.xlsx');
    expect(none.status).toBe(2);
    for (const f of ['bad1.xlsx', 'bad2.xlsx', 'bad3.xlsx']) expect(existsSync(join(dir, f))).toBe(false);
  });
});

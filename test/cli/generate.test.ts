// cli generate: the workbook is written only when plan and options are good; bad input names
// what is wrong (zh first, then en), exits 2, and leaves no file.
import { existsSync, mkdtempSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, parseMonths } from '../../src/cli/commands/generate';
import { bothLanguages, UserError } from '../../src/plan/message';
import { readXlsxSnapshot } from '../../src/hosts/xlsx';
import seed from '../../seeds/xiaojiang-2023/plan.json';
import { cliIn } from '../support/cli';

const root = join(__dirname, '..', '..');
const cli = (...args: string[]) => cliIn(root, [...args]);

const dir = mkdtempSync(join(tmpdir(), 'it-generate-'));
let n = 0;
const outPath = () => join(dir, `out-${++n}.xlsx`);

function planFile(edit: (p: typeof seed) => unknown): string {
  const copy = JSON.parse(JSON.stringify(seed)) as typeof seed;
  const f = join(dir, `plan-${++n}.json`);
  writeFileSync(f, JSON.stringify(edit(copy) ?? copy));
  return f;
}

/** The error generate throws, and what the command line prints of it (its text, then its parts). */
async function failure(opts: Parameters<typeof generate>[0]): Promise<UserError & { shown: string }> {
  const quiet = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    await generate(opts);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return Object.assign(e, { shown: [e.text, ...e.details].map(bothLanguages).join('\n') });
  } finally {
    quiet.mockRestore();
  }
  throw new Error('generate succeeded');
}

describe('cli generate', () => {
  test('writes the seed year (12 months) and says where', async () => {
    const out = outPath();
    const r = await cli('generate', '--out', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`已生成 / written: ${out}`);
    expect(r.stdout).toContain('1月、2月、3月、4月、5月、6月、7月、8月、9月、10月、11月、12月');
    expect(statSync(out).size).toBeGreaterThan(10_000);
  });

  test('never overwrites without --force, and overwrites with it', async () => {
    const out = outPath();
    writeFileSync(out, 'mine');
    const r = await cli('generate', '--months', '3', '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`文件已存在：${out}（加 --force 覆盖） / file exists`);
    expect(readFileSync(out, 'utf8')).toBe('mine');
    const forced = await cli('generate', '--months', '3', '--out', out, '--force');
    expect(forced.status).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  test('--months, --year and --unit shape the workbook', async () => {
    const out = outPath();
    const quiet = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      await generate({ months: '1,2', year: '2024', unit: '镇林业站', out });
    } finally {
      quiet.mockRestore();
      err.mockRestore();
    }
    const snap = await readXlsxSnapshot(readFileSync(out));
    const visible = snap.sheets.filter((s) => s.visibility === 'visible').map((s) => s.name);
    expect(visible).toEqual(['指标库', '1月', '2月']);
    const feb = snap.sheets.find((s) => s.name === '2月');
    expect(feb?.values[0][0]).toBe('信丰县小江镇（镇林业站）2024年目标任务完成情况月报表（1-2月）');
    const codes = (feb?.values ?? []).map((r) => r[1]).filter((c) => typeof c === 'string' && /^[A-Z]{2}-/.test(c));
    expect(codes).toEqual(['NY-04', 'NY-05']);
  });

  test('a month outside 1-12 is refused before anything is written', async () => {
    const out = outPath();
    const e = await failure({ months: '1-13', out });
    expect(e.exitCode).toBe(2);
    expect(e.text).toEqual({
      zh: '--months “1-13” 有误：月份应为1-12的整数，收到 13（例如 1-12、3、1,2,3）',
      en: 'invalid --months "1-13": a month must be a whole number 1-12, got 13 (e.g. 1-12, 3, 1,2,3)',
    });
    expect(existsSync(out)).toBe(false);
  });

  test('a bad year or an output that is not .xlsx is refused', async () => {
    expect((await failure({ months: '3', year: '23', out: outPath() })).text.zh).toBe(
      '--year：年度应为2000-2100之间的整数，收到 23',
    );
    const txt = join(dir, 'x.txt');
    expect((await failure({ months: '3', out: txt })).text.zh).toBe(`输出文件应以 .xlsx 结尾：${txt}`);
    expect(existsSync(txt)).toBe(false);
  });

  test('a duplicate code is named, and no file is written', async () => {
    const out = outPath();
    const plan = planFile((p) => {
      p.indicators[1].code = p.indicators[0].code;
    });
    const e = await failure({ plan, months: '1-12', out });
    expect(e.shown).toContain('GY-01');
    expect(e.shown).toMatch(/重复/);
    expect(existsSync(out)).toBe(false);
  });

  test('plan errors name the indicator 1-based with its code and name, field and cross-field ones in one round', async () => {
    const out = outPath();
    const plan = planFile((p) => {
      (p.indicators[6] as { value: unknown }).value = '1.25亿斤';
      p.indicators[7].section = '99';
    });
    const e = await failure({ plan, months: '1-12', out });
    const name = (i: number) => `代码 ${seed.indicators[i].code} ${seed.indicators[i].name}`;
    expect(e.details.map((d) => d.zh)).toEqual([
      `第7项指标（${name(6)}）的目标值：应为数字`,
      `第8项指标（${name(7)}）的板块：“99”不在 sections（板块列表）中`,
    ]);
    expect(e.shown).toContain(
      `indicators[6].value (indicator 7: ${seed.indicators[6].code} ${seed.indicators[6].name}): expected number`,
    );
    expect(existsSync(out)).toBe(false);
  });

  test('an empty name is named, and no file is written', async () => {
    const out = outPath();
    const plan = planFile((p) => {
      p.indicators[2].name = ' ';
    });
    const e = await failure({ plan, months: '1-12', out });
    expect(e.shown).toContain('indicators[2].name');
    expect(existsSync(out)).toBe(false);
  });

  test.each([
    ['a:b', '不允许的字符'],
    ['镇'.repeat(40), '超过'],
  ])('a responsible unit "%s" that cannot name a sheet is refused', async (unit, why) => {
    const out = outPath();
    const plan = planFile((p) => {
      p.indicators[0].responsible = unit;
    });
    const e = await failure({ plan, months: '3', out });
    expect(e.shown).toContain(why);
    expect(existsSync(out)).toBe(false);
  });

  test('a name starting with "=" is written as text, never as a formula', async () => {
    const out = outPath();
    const plan = planFile((p) => {
      p.indicators[0].name = '=1+1 引进上市企业';
    });
    const quiet = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const notes: string[] = [];
    const err = jest.spyOn(process.stderr, 'write').mockImplementation((s) => {
      notes.push(String(s));
      return true;
    });
    try {
      await generate({ plan, months: '1', out });
    } finally {
      quiet.mockRestore();
      err.mockRestore();
    }
    expect(notes.join('')).toContain('已按文字写入（不是公式）');
    const snap = await readXlsxSnapshot(readFileSync(out));
    const jan = snap.sheets.find((s) => s.name === '1月');
    const r = (jan?.values ?? []).findIndex((row) => row[1] === 'GY-01');
    expect(jan?.values[r][2]).toBe('=1+1 引进上市企业');
    expect(jan?.formulas[r][2]).toBeNull();
  });

  test('an unknown responsible unit lists the known ones', async () => {
    const e = await failure({ months: '3', unit: '镇外星办', out: outPath() });
    expect(e.shown).toContain('计划中没有责任单位“镇外星办”');
    expect(e.shown).toContain('镇农业农村办');
  });
});

describe('parseMonths', () => {
  test.each([
    ['1-12', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]],
    ['3', [3]],
    ['1,2,3', [1, 2, 3]],
    ['6, 1-2', [1, 2, 6]],
    ['1，3', [1, 3]],
  ])('"%s"', (text, months) => {
    expect(parseMonths(text)).toEqual({ ok: true, months });
  });

  test.each([
    ['0', '月份应为1-12的整数，收到 0'],
    ['5-2', '区间“5-2”从大到小'],
    ['三月', '“三月”不是月份或月份区间'],
    ['', '“”不是月份或月份区间'],
  ])('"%s" is refused', (text, message) => {
    const r = parseMonths(text);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message.zh).toContain(message);
  });
});

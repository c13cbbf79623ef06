// The 通报 from the command line, run as a user runs it: `npm run demo` writes it beside the workbook,
// `summarize … --docx` writes it from any filled workbook, with the same text as `--json`.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocx } from '../support/docxRead';
import { cliIn } from '../support/cli';

const cli = (cwd: string, ...args: string[]) => cliIn(cwd, [...args]);

describe('the 通报 on the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'report-cli-'));
  const workbook = join(dir, 'out', 'xiaojiang-2023-demo.xlsx');
  const report = join(dir, 'out', 'xiaojiang-2023-demo.docx');
  let demo: Awaited<ReturnType<typeof cli>>;

  beforeAll(async () => {
    demo = await cli(dir, 'demo');
  });

  test('npm run demo prints the .docx path before the workbook path, and writes both', async () => {
    expect(demo.stderr).toBe('');
    expect(demo.status).toBe(0);
    const lines = demo.stdout.trimEnd().split('\n');
    expect(lines.slice(-2)).toEqual([report, workbook]);
    const doc = await readDocx(readFileSync(report));
    const texts = doc.paragraphs.map((p) => p.text);
    expect(texts.slice(0, 2)).toEqual(['信丰县小江镇2023年1-6月', '目标任务推进情况通报']);
    // Dated the 5th of the month after the figures.
    expect(texts[texts.length - 1]).toBe('2023年7月5日');
  });

  test('summarize --docx writes the report alone, with the text --json prints', async () => {
    const out = join(dir, '通报.docx');
    const r = await cli(dir, 'summarize', workbook, '--month', '6', '--docx', out, '--date', '2023-07-10', '--json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as { text: { zh: string[] } };
    const doc = await readDocx(readFileSync(out));
    const texts = doc.paragraphs.map((p) => p.text);
    expect(texts).toContain(json.text.zh[0]);
    expect(texts).toContain(json.text.zh[json.text.zh.length - 1]);
    expect(texts.slice(-2)).toEqual(['信丰县小江镇人民政府', '2023年7月10日']);
    expect(existsSync(join(dir, 'summary.xlsx'))).toBe(false);
  });

  test('--issuer names the issuing body; the plain output says where the report went', async () => {
    const out = join(dir, 'issuer.docx');
    const r = await cli(
      dir,
      'summarize',
      workbook,
      '--docx',
      out,
      '--issuer',
      '小江镇党政综合办公室',
      '--date',
      '2023-07-06',
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`已写入通报 / report written: ${out}`);
    expect(r.stdout).not.toContain('已写入 / written:');
  });

  test('a date that is not a date, no output named (text only), the same file twice', async () => {
    const badDate = await cli(dir, 'summarize', workbook, '--docx', join(dir, 'x.docx'), '--date', '2023-02-30');
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toContain('--date：应为“年-月-日”，如 2023-07-05，收到“2023-02-30”');
    // No output named: the text is printed and nothing is written.
    const before = readdirSync(dir).sort();
    const none = await cli(dir, 'summarize', workbook, '--month', '6');
    expect(none.status).toBe(0);
    expect(none.stdout).toMatch(/^截至6月底，/);
    expect(none.stdout).toContain('未写入文件（需要汇总表时加 --out，需要通报时加 --docx）');
    expect(readdirSync(dir).sort()).toEqual(before);
    const same = join(dir, 'same.docx');
    const twice = await cli(dir, 'summarize', workbook, '--out', same, '--docx', same);
    expect(twice.status).toBe(2);
    expect(twice.stderr).toContain('--out 与 --docx 不能是同一个文件');
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
  });
});

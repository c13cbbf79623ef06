// 诊断 (self-test): one click in the pane tries, in the user's own Excel, each behaviour the host
// depends on (BEHAVIOURS.md) on a scratch sheet it creates and deletes, never on the user's sheets.
// What it learns (special cells on protected sheets, protection inside an undo group) is kept in the
// pane's storage so that the host takes the path that works here from then on.
import type { SelfTestItem, SelfTestReport } from '../../workbook/host';
import { codeOfError } from './errors';
import type { LearnedPaths, LearnedStore } from './learned';
import { wireText } from './cells';
import type { ExcelRuntime } from './runtime';

const VERSIONS = ['1.20', '1.19', '1.18', '1.17', '1.16', '1.15', '1.14', '1.13', '1.12', '1.11', '1.10', '1.9', '1.8'];
const OLDER = ['1.7', '1.6', '1.5', '1.4', '1.3', '1.2', '1.1'];

type Outcome = Pick<SelfTestItem, 'result' | 'note' | 'noteEn'>;
const ok = (note: string, noteEn: string): Outcome => ({ result: 'ok', note, noteEn });
const differs = (note: string, noteEn: string): Outcome => ({ result: 'differs', note, noteEn });
const skipped = (version: string): Outcome => ({
  result: 'skipped',
  note: `需要 ExcelApi ${version}`,
  noteEn: `needs ExcelApi ${version}`,
});

/** Run the self-test; `learned` gets what it found. The scratch sheets are deleted whatever happens. */
export async function runSelfTest(runtime: ExcelRuntime, learned: LearnedStore): Promise<SelfTestReport> {
  const has = (v: string) => runtime.isSetSupported('ExcelApi', v);
  const api = [...VERSIONS, ...OLDER].find(has) ?? '—';
  const info = runtime.diagnostics?.() ?? { version: '?', platform: '?' };
  const scratch = `_诊断${Date.now().toString(36).slice(-6)}`;
  const items: SelfTestItem[] = [];
  const found: LearnedPaths = {};
  const run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>, group = false) =>
    runtime.run({ delayForCellEdit: true, ...(group ? { mergeUndoGroup: true } : {}) }, batch);
  const sheet = (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem(scratch);
  const probe = async (id: string, item: string, itemEn: string, need: string, f: () => Promise<Outcome>) => {
    let out: Outcome;
    if (!has(need)) out = skipped(need);
    else
      try {
        out = await f();
      } catch (e) {
        const code = codeOfError(e);
        out = { result: 'failed', note: `Excel 报错：${code}`, noteEn: `Excel answered ${code}` };
      }
    items.push({ id, item, itemEn, ...out });
  };

  items.push({
    id: 'api',
    item: '需求集',
    itemEn: 'requirement sets',
    ...(has('1.4')
      ? ok(`ExcelApi ${api}`, `ExcelApi ${api}`)
      : { result: 'failed', note: `ExcelApi ${api}，至少需要 1.4`, noteEn: `ExcelApi ${api}; 1.4 is needed` }),
  });
  if (!has('1.4')) return report(info, api, items);

  await run(async (ctx) => {
    ctx.workbook.worksheets.add(scratch);
    await ctx.sync();
  });
  try {
    await probe('write', '写入文字与公式', 'writing text and formulas', '1.4', () =>
      run(async (ctx) => {
        const r = sheet(ctx).getRange('A1:B2');
        r.values = [
          [wireText('-'), wireText('3/4')],
          [1, '=A2+1'],
        ] as Excel.Range['values'];
        const back = r.load('values,formulas');
        await ctx.sync();
        const text = back.values[0][0] === '-' && back.values[0][1] === '3/4';
        const formula = back.formulas[1][1] === '=A2+1';
        return text && formula
          ? ok('“-”“3/4”保持为文字，公式保留', '"-" and "3/4" stay text; the formula is kept')
          : differs(`读回：${JSON.stringify(back.values)}`, `read back: ${JSON.stringify(back.values)}`);
      }),
    );
    await probe('protect', '保护与撤销保护', 'protect and unprotect', '1.2', () =>
      run(async (ctx) => {
        const p = sheet(ctx).protection;
        p.protect();
        await ctx.sync();
        p.unprotect();
        const back = p.load('protected');
        await ctx.sync();
        return back.protected
          ? differs('撤销保护后仍受保护', 'still protected after unprotect')
          : ok('不在撤销组中可以保护', 'works outside an undo group');
      }),
    );
    await probe('undoGroup', '撤销组中保护', 'protecting inside an undo group', '1.20', async () => {
      try {
        await run(async (ctx) => {
          sheet(ctx).protection.protect();
          await ctx.sync();
        }, true);
      } catch (e) {
        if (codeOfError(e) !== 'UndoNotSupported') throw e;
        found.protectInUndoGroup = false;
        return ok(
          'Excel 拒绝（UndoNotSupported，与文档一致）；加载项保护工作表时不使用撤销组',
          'Excel refuses (UndoNotSupported, as documented); the add-in protects outside undo groups',
        );
      }
      found.protectInUndoGroup = true;
      await run(async (ctx) => {
        sheet(ctx).protection.unprotect();
        await ctx.sync();
      });
      return differs('Excel 允许（与文档不同）', 'Excel allows it (unlike the documentation)');
    });
    await probe('specialCells', '受保护表上查找公式', 'finding formulas on a protected sheet', '1.9', async () => {
      try {
        const address = await run(async (ctx) => {
          const ws = sheet(ctx);
          ws.protection.protect();
          const areas = ws.getUsedRangeOrNullObject(true).getSpecialCellsOrNullObject('Formulas').load('address');
          await ctx.sync();
          return areas.isNullObject ? null : areas.address;
        });
        found.specialCellsOnProtected = !!address && /B2/.test(address);
        return found.specialCellsOnProtected
          ? ok('找到公式单元格', 'formula cells found')
          : differs('返回空，加载项改为读取公式文本', 'came back empty; the add-in reads formula texts instead');
      } catch (e) {
        found.specialCellsOnProtected = false;
        throw e;
      } finally {
        await run(async (ctx) => {
          const p = sheet(ctx).protection.load('protected');
          await ctx.sync();
          if (p.protected) p.unprotect();
          await ctx.sync();
        });
      }
    });
    await probe('validation', '数据验证', 'data validation', '1.8', () =>
      run(async (ctx) => {
        const dv = sheet(ctx).getRange('C1').dataValidation;
        dv.rule = { list: { inCellDropDown: true, source: '是,否' } };
        const back = dv.load('type');
        await ctx.sync();
        return back.type === 'List'
          ? ok('下拉列表已设', 'list set')
          : differs(`类型：${back.type}`, `type: ${back.type}`);
      }),
    );
    await probe('conditionalFormats', '条件格式', 'conditional formats', '1.6', () =>
      run(async (ctx) => {
        const cfs = sheet(ctx).getRange('C2').conditionalFormats;
        const cf = cfs.add('Custom' as Excel.ConditionalFormatType);
        cf.custom.rule.formula = '=TRUE';
        cf.custom.format.fill.color = '#FFC7CE';
        const n = cfs.getCount();
        await ctx.sync();
        return n.value === 1 ? ok('规则已加', 'rule added') : differs(`规则数：${n.value}`, `rules: ${n.value}`);
      }),
    );
    await probe('notes', '单元格注释', 'cell notes', '1.18', () =>
      run(async (ctx) => {
        const ws = sheet(ctx);
        ws.notes.add('D1', '【强制性】诊断');
        const back = ws.notes.getItemOrNullObject('D1').load('content');
        await ctx.sync();
        return !back.isNullObject && back.content === '【强制性】诊断'
          ? ok('注释已加并读回', 'note added and read back')
          : differs('注释读回不同', 'the note read back differs');
      }),
    );
    await probe('veryHidden', '深度隐藏的工作表', 'very hidden sheets', '1.2', () =>
      run(async (ctx) => {
        const ws = sheet(ctx);
        ws.visibility = 'VeryHidden' as Excel.SheetVisibility;
        const back = ws.load('visibility');
        await ctx.sync();
        const hidden = back.visibility === 'VeryHidden';
        ws.visibility = 'Visible' as Excel.SheetVisibility;
        await ctx.sync();
        return hidden
          ? ok('可以深度隐藏', 'can be very hidden')
          : differs(`读回：${back.visibility}`, `read back: ${back.visibility}`);
      }),
    );
    await probe('nullObject', '不存在的表（空对象）', 'a missing sheet (null object)', '1.4', () =>
      run(async (ctx) => {
        const used = ctx.workbook.worksheets
          .getItemOrNullObject(`${scratch}无`)
          .getUsedRangeOrNullObject(true)
          .load('address');
        await ctx.sync();
        return used.isNullObject
          ? ok('空对象，不报错', 'a null object, no error')
          : differs('返回了区域', 'a range came back');
      }),
    );
    await probe('calculation', '计算模式', 'calculation mode', '1.4', () =>
      run(async (ctx) => {
        const app = ctx.workbook.application.load('calculationMode');
        await ctx.sync();
        const mode = String(app.calculationMode);
        return ok(`${mode}（加载项从不更改）`, `${mode} (the add-in never changes it)`);
      }),
    );
    await probe('requestSize', '一次写入约 1 MB', 'one write of about 1 MB', '1.4', () =>
      run(async (ctx) => {
        const line = Array.from({ length: 10 }, (_, j) => `诊断${j}`.padEnd(30, '。'));
        const rows = Array.from({ length: 1000 }, () => line);
        sheet(ctx).getRange('A10:J1009').values = rows;
        await ctx.sync();
        return ok('成功', 'done');
      }),
    );
  } finally {
    await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject(scratch);
      await ctx.sync();
      if (!ws.isNullObject) ws.delete();
      await ctx.sync();
    });
  }
  learned.save({ ...learned.load(), ...found, testedAt: new Date().toISOString(), excel: info.version });
  return report(info, api, items);
}

function report(info: { version: string; platform: string }, api: string, items: SelfTestItem[]): SelfTestReport {
  return { excel: info.version, platform: info.platform, api, items };
}

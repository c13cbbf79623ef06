// The 诊断 self-test on the fake configured as three Excels: ExcelApi 1.4 (Office 2016 subscription
// era), 1.9 and 1.20 (current Microsoft 365). It never touches the user's sheets, says what each
// behaviour does, and what it learns steers the host's next read.
import { setup } from './helpers';
import { ExcelHost, localStore, memoryStore } from '../../../src/hosts/excel';
import { selfTest, selfTestText } from '../../../src/actions';
import { generate } from '../../../src/actions';
import { seedPlan } from '../../../src/plan';
import { sheetOf } from '../../../src/hosts/excel/fake/inspect';
import { XlsxHost } from '../../../src/hosts/xlsx';

const result = (r: Awaited<ReturnType<typeof selfTest>>, id: string) => r.items.find((i) => i.id === id)?.result;

test('Excel 1.20 on Windows: every item tried, protection in an undo group refused as documented', async () => {
  const { fake, host } = setup({ apiVersion: '1.20' });
  const before = fake.state.sheets.map((s) => s.name);
  const r = await selfTest(host);
  expect(r.api).toBe('1.20');
  expect(r.items.map((i) => [i.id, i.result])).toEqual([
    ['api', 'ok'],
    ['write', 'ok'],
    ['protect', 'ok'],
    ['undoGroup', 'ok'],
    ['specialCells', 'ok'],
    ['validation', 'ok'],
    ['conditionalFormats', 'ok'],
    ['notes', 'ok'],
    ['veryHidden', 'ok'],
    ['nullObject', 'ok'],
    ['calculation', 'ok'],
    ['requestSize', 'ok'],
  ]);
  // The scratch sheet is gone; the user's sheets are as they were.
  expect(fake.state.sheets.filter((s) => !s.deleted).map((s) => s.name)).toEqual(before);
  expect(host.learned.load()).toMatchObject({ protectInUndoGroup: false, specialCellsOnProtected: true });
  const text = selfTestText(r);
  expect(text).toMatch(
    /^指标模板 诊断 \/ Indicator Templates self-test\nExcel FakeExcel \(ExcelApi 1\.20\) \(windows\), ExcelApi 1\.20/,
  );
  expect(text).toMatch(/撤销组中保护 \/ protecting inside an undo group: 正常 \/ ok — Excel 拒绝/);
  expect(fake.problems).toEqual([]);
});

test('Excel 1.9: the newer items are skipped and said so; special cells answering none on a protected sheet is reported and learnt', async () => {
  const { fake, host } = setup({ apiVersion: '1.9', specialCellsOnProtected: 'null' });
  await generate(host, { plan: seedPlan(), months: [1] });
  const r = await selfTest(host);
  expect(r.api).toBe('1.9');
  expect(result(r, 'undoGroup')).toBe('skipped');
  expect(result(r, 'notes')).toBe('skipped');
  expect(r.items.find((i) => i.id === 'notes')?.note).toBe('需要 ExcelApi 1.18');
  expect(result(r, 'specialCells')).toBe('differs');
  expect(host.learned.load().specialCellsOnProtected).toBe(false);
  // The next read of a protected month sheet takes the formula texts straight away.
  const fresh = new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported }, { learned: host.learned });
  await fresh.read({ sheets: ['1月'], formulas: 'presence' });
  await fresh.read({ sheets: ['1月'], formulas: 'presence' });
  expect(fresh.retries).toEqual([]);
  expect(sheetOf(fake, '1月').protection.protected).toBe(true);
});

test('Excel 1.4: what it cannot do is skipped, what it can is tried; special cells failing outright is learnt', async () => {
  const { host } = setup({ apiVersion: '1.4' });
  const r = await selfTest(host);
  expect(r.api).toBe('1.4');
  expect(result(r, 'write')).toBe('ok');
  expect(result(r, 'protect')).toBe('ok');
  for (const id of ['undoGroup', 'specialCells', 'validation', 'notes']) expect(result(r, id)).toBe('skipped');
  const throwing = setup({ apiVersion: '1.20', specialCellsOnProtected: 'throws' });
  const r2 = await selfTest(throwing.host);
  expect(result(r2, 'specialCells')).toBe('failed');
  expect(throwing.host.learned.load().specialCellsOnProtected).toBe(false);
  expect(throwing.fake.state.sheets.filter((s) => !s.deleted).map((s) => s.name)).toEqual(['Sheet1']);
});

test('a file on the command line has no Excel to try: the action says so', async () => {
  await expect(selfTest(XlsxHost.empty())).rejects.toThrow(/只能在 Excel 中运行/);
  expect(memoryStore().load()).toEqual({});
});

test('where the pane has no local storage, what was learnt is kept for the session', () => {
  const store = localStore();
  store.save({ specialCellsOnProtected: false });
  expect(store.load()).toEqual({ specialCellsOnProtected: false });
});

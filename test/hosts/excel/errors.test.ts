// Office error codes in plain words, Chinese first, English second; the original error kept.
import { describeOfficeError, toHostError, ExcelHostError } from '../../../src/hosts/excel';
import { FakeOfficeError } from '../../../src/hosts/excel/fake/errors';

const cases: Array<[string, RegExp, RegExp]> = [
  ['ItemNotFound', /找不到/, /not found/],
  ['InvalidArgument', /不被 Excel 接受/, /did not accept/],
  ['AccessDenied', /受保护/, /protected/],
  ['RequestPayloadSizeLimitExceeded', /5 MB/, /5 MB/],
  ['ResponsePayloadSizeLimitExceeded', /5 MB/, /5 MB/],
  ['InvalidOperationInCellEditMode', /正在编辑单元格/, /being edited/],
  ['GeneralException', /重试/, /try again/],
];

test.each(cases)('%s', (code, zh, en) => {
  const e = new FakeOfficeError(code, 'raw message from Excel');
  const p = describeOfficeError(e, 'apply');
  expect(p.code).toBe(code);
  expect(p.message.zh).toMatch(/^写入模板时出错：/);
  expect(p.message.zh).toMatch(zh);
  expect(p.message.en).toMatch(/^Error while writing the templates: /);
  expect(p.message.en).toMatch(en);
  expect(p.message.zh).not.toMatch(/raw message|at \w+ \(/);
});

test('an unknown code is named, with where it happened', () => {
  const p = describeOfficeError(new FakeOfficeError('FormulaLengthExceedsLimit', 'x', 'Range.formulas'));
  expect(p.message.zh).toBe('Excel 返回了错误（FormulaLengthExceedsLimit）。（位置：Range.formulas）');
  expect(p.message.en).toBe('Excel returned an error (FormulaLengthExceedsLimit). (at Range.formulas)');
});

test('a password-protected sheet is said plainly', () => {
  const p = describeOfficeError(new FakeOfficeError('InvalidArgument', 'x', 'WorksheetProtection.unprotect'));
  expect(p.message.zh).toMatch(/密码保护/);
  expect(p.message.en).toMatch(/password/);
});

test('the host error keeps the cause and both languages; a host error passes through unchanged', () => {
  const cause = new FakeOfficeError('ItemNotFound', 'x');
  const e = toHostError(cause, 'select');
  expect(e).toBeInstanceOf(ExcelHostError);
  expect(e.cause).toBe(cause);
  expect(e.text.zh).toMatch(/^定位单元格时出错/);
  expect(e.text.en).toMatch(/^Error while going to the cell/);
  expect(toHostError(e)).toBe(e);
  expect(toHostError(new TypeError('boom')).code).toBe('Unknown');
});

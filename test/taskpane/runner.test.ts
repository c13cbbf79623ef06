// Errors in plain words: the user's language, never "中文 / English" run together, never a stack.
import { DICTS } from '../../src/taskpane/i18n';
import { describeError } from '../../src/taskpane/runner';
import { UserError } from '../../src/plan/message';
import { MonthError } from '../../src/progress';
import { hostProblem } from '../../src/hosts/excel/errors';

describe('describeError', () => {
  const hostError = hostProblem('SheetProtected', { zh: '工作表受保护，无法写入。', en: 'The sheet is protected.' });

  it("takes each language from the Excel host's error", () => {
    expect(describeError(hostError, 'zh', DICTS.zh)).toBe('工作表受保护，无法写入。');
    expect(describeError(hostError, 'en', DICTS.en)).toBe('The sheet is protected.');
  });

  it('shows a UserError in the chosen language only, with its first parts', () => {
    const e = new MonthError(13);
    expect(describeError(e, 'zh', DICTS.zh)).toBe('月份应为1-12的整数，收到 13');
    expect(describeError(e, 'en', DICTS.en)).toBe('a month must be a whole number 1-12, got 13');
    const parts = Array.from({ length: 7 }, (_, i) => ({ zh: `第${i + 1}行有误`, en: `row ${i + 1} is wrong` }));
    const many = new UserError({ zh: '无法生成模板', en: 'cannot generate' }, parts);
    expect(describeError(many, 'zh', DICTS.zh)).toBe(
      '无法生成模板：第1行有误；第2行有误；第3行有误；第4行有误；第5行有误；另有2处',
    );
    expect(describeError(many, 'en', DICTS.en)).toBe(
      'cannot generate: row 1 is wrong; row 2 is wrong; row 3 is wrong; row 4 is wrong; row 5 is wrong; 2 more',
    );
  });

  it('wraps anything else in a plain sentence', () => {
    expect(describeError(new TypeError('x is undefined'), 'zh', DICTS.zh)).toBe('操作没有完成：x is undefined');
    expect(describeError('boom', 'en', DICTS.en)).toBe('The action did not finish: boom');
  });
});

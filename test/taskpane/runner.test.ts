// Errors in plain words: the user's language, never "中文 / English" run together, never a stack.
import { DICTS } from '../../src/taskpane/i18n';
import { describeError } from '../../src/taskpane/runner';

describe('describeError', () => {
  const hostError = Object.assign(new Error('工作表受保护，无法写入。 / The sheet is protected.'), {
    messageZh: '工作表受保护，无法写入。',
    messageEn: 'The sheet is protected.',
  });

  it('takes each language from an error that carries both', () => {
    expect(describeError(hostError, 'zh', DICTS.zh)).toBe('工作表受保护，无法写入。');
    expect(describeError(hostError, 'en', DICTS.en)).toBe('The sheet is protected.');
  });

  it('splits a core error written as "中文 / English"', () => {
    const e = new Error('月份应为1-12的整数，收到 13 / month must be a whole number 1-12, got 13');
    expect(describeError(e, 'zh', DICTS.zh)).toBe('月份应为1-12的整数，收到 13');
    expect(describeError(e, 'en', DICTS.en)).toBe('month must be a whole number 1-12, got 13');
  });

  it('wraps anything else in a plain sentence', () => {
    expect(describeError(new TypeError('x is undefined'), 'zh', DICTS.zh)).toBe('操作没有完成：x is undefined');
    expect(describeError('boom', 'en', DICTS.en)).toBe('The action did not finish: boom');
  });
});

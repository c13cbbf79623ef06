/** @jest-environment jsdom */
// In Excel, a self-test with a failure offers file mode (the same pane on .xlsx files); without a
// failure, or without the switch (already in file mode), it does not.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import type { SelfTestReport } from '../../src/workbook/host';
import { makeServices } from './services';

function report(result: 'ok' | 'failed'): SelfTestReport {
  return {
    excel: '16.0.10827',
    platform: 'PC',
    api: '1.8',
    items: [
      { id: 'write', item: '写入数值和公式', itemEn: 'values and formulas', result: 'ok', note: '', noteEn: '' },
      { id: 'notes', item: '单元格批注', itemEn: 'cell notes', result, note: '出错', noteEn: 'error' },
    ],
  };
}

async function runSelfTest(result: 'ok' | 'failed', switchToFileMode?: () => void) {
  const services = makeServices({ selfTest: jest.fn(async () => report(result)) });
  render(<App services={services} initialLang="zh" initialView="settings" switchToFileMode={switchToFileMode} />);
  // 设置 is loaded on demand (React.lazy): the first render waits for its chunk.
  fireEvent.click(await screen.findByRole('button', { name: '运行诊断' }, { timeout: 10_000 }));
  await screen.findByRole('table');
}

it('a failed self-test item offers file mode, and the button switches', async () => {
  const switchToFileMode = jest.fn();
  await runSelfTest('failed', switchToFileMode);
  expect(screen.getByText(/自检有失败项/)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: '改用文件模式' }));
  await waitFor(() => expect(switchToFileMode).toHaveBeenCalledTimes(1));
});

it('no failure: no offer', async () => {
  await runSelfTest('ok', jest.fn());
  expect(screen.queryByRole('button', { name: '改用文件模式' })).toBeNull();
});

it('no switch to offer (file mode already): no offer even with a failure', async () => {
  await runSelfTest('failed');
  expect(screen.queryByRole('button', { name: '改用文件模式' })).toBeNull();
});

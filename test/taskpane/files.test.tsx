/**
 * @jest-environment jsdom
 */
// Reading a work report from a file: .txt in UTF-8 or GB18030, .docx through mammoth, nothing else.
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { docx } from '../support/docx';
import { App } from '../../src/taskpane/App';
import { decodeText } from '../../src/taskpane/files';
import { makeServices } from './services';

// jsdom has no TextDecoder/TextEncoder of its own; Node's decoder knows gb18030 (full ICU), as browsers do.
if (typeof globalThis.TextDecoder === 'undefined')
  Object.assign(globalThis, { TextDecoder: NodeTextDecoder as unknown as typeof TextDecoder });
if (typeof globalThis.TextEncoder === 'undefined')
  Object.assign(globalThis, { TextEncoder: NodeTextEncoder as unknown as typeof TextEncoder });

const REPORT = '二、推进农业现代化。确保粮食生产面积3.2万亩以上，新造油茶林800亩。';

/** GB18030 bytes of "A粮食B", by hand ("粮食" is C1 B8 CA B3): there is no GB18030 encoder to call. */
function gbBytes(): Uint8Array {
  return new Uint8Array([0x41, 0xc1, 0xb8, 0xca, 0xb3, 0x42]);
}

function fileOf(bytes: Uint8Array | string, name: string): File {
  const buf = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const f = new File([buf as Uint8Array<ArrayBuffer>], name);
  // jsdom's File lacks arrayBuffer(); give it the bytes the browser would.
  Object.defineProperty(f, 'arrayBuffer', {
    value: async () => buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength),
  });
  return f;
}

async function renderPane() {
  const services = makeServices();
  render(<App services={services} initialLang="zh" />);
  await waitFor(() => expect(services.readPlan).toHaveBeenCalled());
  await act(async () => undefined);
}

async function choose(file: File) {
  fireEvent.change(screen.getByLabelText('或选择文件（.txt / .docx）'), { target: { files: [file] } });
}

describe('report files', () => {
  it('decodes UTF-8 (dropping a BOM) and falls back to GB18030', () => {
    const utf8 = new TextEncoder().encode('\uFEFF' + REPORT);
    expect(decodeText(utf8.buffer as ArrayBuffer)).toBe(REPORT);
    expect(decodeText(gbBytes().buffer as ArrayBuffer)).toBe('A粮食B');
  });

  it('reads a .txt report into the text box', async () => {
    await renderPane();
    await choose(fileOf('\uFEFF' + REPORT, '工作报告.txt'));
    await waitFor(() => expect((screen.getByLabelText('粘贴报告文字') as HTMLTextAreaElement).value).toBe(REPORT));
    expect(screen.getByRole('status').textContent).toBe(`已读取 工作报告.txt（${REPORT.length} 字）`);
  });

  it('reads a .docx report through mammoth', async () => {
    await renderPane();
    await choose(fileOf(await docx(['二、推进农业现代化。', '确保粮食生产面积3.2万亩以上。']), '报告.docx'));
    await waitFor(() =>
      expect((screen.getByLabelText('粘贴报告文字') as HTMLTextAreaElement).value).toContain(
        '确保粮食生产面积3.2万亩以上。',
      ),
    );
    expect((screen.getByLabelText('粘贴报告文字') as HTMLTextAreaElement).value).toContain('二、推进农业现代化。');
  });

  it('opens the file picker from its own button, in the pane language', async () => {
    await renderPane();
    const input = screen.getByLabelText('或选择文件（.txt / .docx）') as HTMLInputElement;
    const click = jest.spyOn(input, 'click').mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole('button', { name: '选择文件…' }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(screen.getByText('未选择文件')).toBeTruthy();
  });

  it('refuses other files in plain words', async () => {
    await renderPane();
    await choose(fileOf('%PDF-1.4', '报告.pdf'));
    await screen.findByText('报告.pdf：只支持 .txt 和 .docx 文件。旧版 .doc、WPS 或 PDF 请先另存为 .docx 或 .txt。');
  });
});

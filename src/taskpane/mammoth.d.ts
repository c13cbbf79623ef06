// The prebuilt browser bundle of mammoth (no Node polyfills needed); loaded only when a .docx is chosen.
declare module 'mammoth/mammoth.browser.min.js' {
  export function extractRawText(input: { arrayBuffer: ArrayBuffer }): Promise<{ value: string; messages: unknown[] }>;
}

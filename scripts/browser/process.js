// The little of Node's `process` that ExcelJS's stream code (readable-stream) uses in a browser.
module.exports = {
  browser: true,
  env: {},
  version: '',
  versions: {},
  nextTick(fn, ...args) {
    queueMicrotask(() => fn(...args));
  },
};

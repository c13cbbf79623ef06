// ExcelJS for the browser bundles (webpack aliases `exceljs` here): its own library code instead of
// its prebuilt browser file, so that src/hosts/xlsx/exceljs-patches.ts (which patches the library's
// internal classes) applies in the browser as in Node. Modern browsers need none of the polyfills
// its prebuilt browser entry adds.
// Its stream code calls process.nextTick: a global `process` with just that, set before it loads,
// and only where the page has none (webpack's ProvidePlugin would also break process.env folding).
if (typeof globalThis.process === 'undefined') globalThis.process = require('./process');
const ExcelJS = { Workbook: require('exceljs/lib/doc/workbook') };
Object.assign(ExcelJS, require('exceljs/lib/doc/enums'));
module.exports = ExcelJS;

// node fill.cjs FILE MONTH ['{"CODE": value}']: types month MONTH's figures of data.cjs (or the overrides) into FILE in place: 本月 (F) and 备注 (M) of the row whose code is in B.
const ExcelJS = require('exceljs');
const data = require('./data.cjs');
(async () => {
  const [file, month, ...override] = process.argv.slice(2);
  const m = +month;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(`${m}月`);
  const extra = override.length ? JSON.parse(override[0]) : {};
  ws.eachRow((row) => {
    const code = row.getCell(2).value;
    if (typeof code !== 'string' || !(code in data)) return;
    const v = code in extra ? extra[code] : data[code](m);
    if (v === undefined) return;
    if (Array.isArray(v)) {
      row.getCell(6).value = v[0];
      row.getCell(13).value = v[1];
    } else row.getCell(6).value = v;
  });
  await wb.xlsx.writeFile(file);
})();

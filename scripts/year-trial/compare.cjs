// node compare.cjs RECALCULATED.xlsx SUMMARY.json MONTH: the 状态 cell LibreOffice computed for each row vs the core's sheetStatus.
const ExcelJS = require('exceljs');
(async () => {
  const [file, json, m] = process.argv.slice(2);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(`${m}月`);
  const j = require(json);
  let diff = 0;
  for (const r of j.rows) {
    const addr = r.cell.split('!')[1];
    let v = ws.getCell(addr).value;
    if (v && typeof v === 'object') v = v.result;
    if (v !== r.sheetStatus) {
      diff++;
      console.log(r.code, r.name, 'sheet:', v, 'core:', r.sheetStatus, 'report:', r.status);
    }
  }
  console.log(`${m}月: ${j.rows.length} rows, ${diff} differences`);
})();

// Two fixes to ExcelJS 4.4.0 (pinned), applied once when this host is loaded:
// 1. Internal hyperlinks ("'1月'!F6"): ExcelJS writes both a location and an external relationship
//    whose target is the location, which Excel on Windows opens as a missing file. We drop the
//    relationship so only location= remains, and on load we keep location-only links (ExcelJS
//    would discard them).
// 2. Data validations on numbers whose operand is a formula ("E6*3"): ExcelJS parses the operand with
//    parseFloat on load and writes NaN back. We keep operands that are not plain numbers as text.
// 3. Tables without <tableStyleInfo> (LibreOffice writes none; the element is optional in ECMA-376
//    Part 1, 18.5.1.2 table): ExcelJS loads no style and then fails to save ("reading 'theme'").
//    We write no style element for them, as they came.
import WorksheetXform from 'exceljs/lib/xlsx/xform/sheet/worksheet-xform';
import HyperlinkXform from 'exceljs/lib/xlsx/xform/sheet/hyperlink-xform';
import DataValidationsXform from 'exceljs/lib/xlsx/xform/sheet/data-validations-xform';
import TableStyleInfoXform from 'exceljs/lib/xlsx/xform/table/table-style-info-xform';

const INTERNAL_REL = '__internal_link_';
const PLAIN_NUMBER = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;
let applied = false;

export function applyExcelJsPatches(): void {
  if (applied) return;
  applied = true;
  const isInternal = HyperlinkXform.prototype.isInternalLink;

  const prepare = WorksheetXform.prototype.prepare;
  WorksheetXform.prototype.prepare = function (model, options) {
    prepare.call(this, model, options);
    const dropped = new Set<string>();
    for (const h of model.hyperlinks ?? []) {
      if (h.rId && isInternal.call(null, h)) {
        dropped.add(h.rId);
        h.rId = undefined;
      }
    }
    if (dropped.size && model.rels) model.rels = model.rels.filter((r) => !dropped.has(r.Id));
  };

  const reconcile = WorksheetXform.prototype.reconcile;
  WorksheetXform.prototype.reconcile = function (model, options) {
    // Location-only links get a private relationship so ExcelJS's own reconcile keeps them.
    (model.hyperlinks ?? []).forEach((h, i) => {
      if (!h.rId && h.target) {
        const id = `${INTERNAL_REL}${i}`;
        h.rId = id;
        model.relationships = [...(model.relationships ?? []), { Id: id, Type: 'internal', Target: h.target }];
      }
    });
    reconcile.call(this, model, options);
  };

  const renderStyle = TableStyleInfoXform.prototype.render;
  TableStyleInfoXform.prototype.render = function (xmlStream, model) {
    if (!model) return false;
    return renderStyle.call(this, xmlStream, model);
  };

  const parseClose = DataValidationsXform.prototype.parseClose;
  DataValidationsXform.prototype.parseClose = function (name) {
    const dv = this._dataValidation;
    if ((name === 'formula1' || name === 'formula2') && this._formula && dv) {
      const text = this._formula.join('');
      if (['whole', 'decimal', 'textLength'].includes(dv.type) && !PLAIN_NUMBER.test(text)) {
        dv.formulae.push(text);
        this._formula = undefined;
        return true;
      }
    }
    return parseClose.call(this, name);
  };
}

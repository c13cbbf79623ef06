// The few ExcelJS 4.4.0 internals that exceljs-patches.ts wraps (CommonJS classes, no published types).

interface ExcelJsHyperlinkModel {
  address: string;
  target?: string;
  rId?: string;
  tooltip?: string;
}

interface ExcelJsRelationship {
  Id: string;
  Type: string;
  Target: string;
  TargetMode?: string;
}

interface ExcelJsWorksheetXmlModel {
  hyperlinks?: ExcelJsHyperlinkModel[];
  rels?: ExcelJsRelationship[];
  relationships?: ExcelJsRelationship[];
}

declare module 'exceljs/lib/xlsx/xform/sheet/worksheet-xform' {
  class WorksheetXform {
    prepare(model: ExcelJsWorksheetXmlModel, options: unknown): void;
    reconcile(model: ExcelJsWorksheetXmlModel, options: unknown): void;
  }
  export = WorksheetXform;
}

declare module 'exceljs/lib/xlsx/xform/sheet/hyperlink-xform' {
  class HyperlinkXform {
    isInternalLink(model: ExcelJsHyperlinkModel): boolean;
  }
  export = HyperlinkXform;
}

declare module 'exceljs/lib/xlsx/xform/sheet/data-validations-xform' {
  class DataValidationsXform {
    _formula?: string[];
    _dataValidation?: { type: string; formulae: Array<string | number> };
    parseClose(name: string): boolean;
  }
  export = DataValidationsXform;
}

declare module 'exceljs/lib/xlsx/xform/table/table-style-info-xform' {
  class TableStyleInfoXform {
    render(xmlStream: unknown, model: unknown): boolean;
  }
  export = TableStyleInfoXform;
}

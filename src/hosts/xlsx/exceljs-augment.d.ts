// ExcelJS 4.4.0 has these members at run time but not in its published types.
import 'exceljs';

declare module 'exceljs' {
  /** Keyed by a cell address ("F6") or a range ("F6:F30"); a loaded file has one key per cell. */
  interface DataValidationsModel {
    [address: string]: DataValidation | undefined;
  }

  interface DataValidations {
    model: DataValidationsModel;
    add(address: string, validation: DataValidation): DataValidation;
    find(address: string): DataValidation | undefined;
    remove(address: string): void;
  }

  interface SheetProtectionModel {
    sheet: boolean;
    algorithmName?: string;
    hashValue?: string;
    saltValue?: string;
    spinCount?: number;
    formatColumns?: boolean;
    formatRows?: boolean;
    sort?: boolean;
    autoFilter?: boolean;
    selectLockedCells?: boolean;
    selectUnlockedCells?: boolean;
  }

  interface Cell {
    /** Where ExcelJS keeps a cell's note; it has no API to delete one, so the host clears this. */
    _comment?: unknown;
  }

  interface Worksheet {
    dataValidations: DataValidations;
    conditionalFormattings: ConditionalFormattingOptions[];
    /** Tab position: worksheets are listed sorted by it. */
    orderNo: number;
    sheetProtection: SheetProtectionModel | null;
  }
}

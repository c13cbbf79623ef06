// The xlsx host: WorkbookSpec -> .xlsx, .xlsx -> WorkbookSnapshot, and the Host port on a file.
export { writeSpecToXlsx, specProblems, SpecWriteError } from './write';
export { readXlsxSnapshot, loadWorkbook, XlsxReadError } from './read';
export { XlsxHost } from './host';
export { MARKS_SHEET } from '../../check/marks';

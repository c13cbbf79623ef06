// The Excel host: the Host port on Office.js (the only code touching the Excel and Office globals).
export { ExcelHost, type ExcelHostOptions, type MarkReport } from './host';
export { officeRuntime, type ExcelRuntime, type ExcelRun } from './runtime';
export { whenPaneStarts, type PaneStart } from './boot';
export { ExcelHostError, describeOfficeError, toHostError, type PlainMessage } from './errors';
export { MINIMUM_SET, FEATURES, Features, type Feature } from './requirements';
export { memoryStore, localStore, type LearnedPaths, type LearnedStore } from './learned';

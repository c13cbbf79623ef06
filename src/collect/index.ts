// Collect (汇集): merge the offices' returned month sheets into the master, by code and month.
export * from './types';
export { collect, masterEntries, type CollectOptions } from './merge';
export { masterWrites, withWrites, writesBySheet, type KeptCell, type MasterWrites } from './writes';
export { sameValue, showValue, showValueEn } from './values';
export { readAsMasterLine, sourceCounts } from './words';
export { ownersOf } from '../plan/owners';
export { refreshPlan, enteredFigures, type CachedResult, type RefreshPlan } from './refresh';
export { monthNames, monthRange, monthRangeEn } from './months';
export { readRecord, RECORD_COLUMN, type CollectedCell } from './record';

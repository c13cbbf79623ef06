export * from './types';
export * from './schema';
export * from './units';
export { seedPlan } from './seed';
export { planHash } from './hash';
export * from './adjust';
export * from './nextYear';
export * from './message';
export * from './names';

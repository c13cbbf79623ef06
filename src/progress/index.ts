export * from './progress';
export * from './figure';
export { round } from './round';

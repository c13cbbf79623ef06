export * from './progress';
export { round } from './round';

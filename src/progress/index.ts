export * from './progress';
export * from './figure';
export * from './vocabulary';
export * from './cumulate';
export { round } from './round';

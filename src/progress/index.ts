export * from './progress';
export * from './figure';
export * from './vocabulary';
export * from './cumulate';
export { round, showNumber, tidy } from './round';
export { chineseNumber } from './numerals';

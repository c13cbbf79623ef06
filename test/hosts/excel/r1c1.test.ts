// A1 <-> R1C1: the host converts a column's formulas to one R1C1 text; Excel (here the fake) turns
// it back into each cell's A1 text. Known pairs, then a property over random references.
import fc from 'fast-check';
import { a1ToR1C1 } from '../../../src/hosts/excel/r1c1';
import { r1c1ToA1 } from '../../../src/hosts/excel/fake/r1c1';
import { colLetter } from '../../../src/workbook/a1';

const pairs: Array<[string, number, number, string]> = [
  // formula, row, col, R1C1
  ['=G6/E6', 6, 8, '=RC[-1]/RC[-3]'],
  ['=$B$5', 9, 3, '=R5C2'],
  ['=B$5+$B5', 9, 3, '=R5C[-1]+R[-4]C2'],
  ["=INDEX('2月'!$G:$G,MATCH($B6,'2月'!$B:$B,0))", 6, 7, "=INDEX('2月'!C7:C7,MATCH(RC2,'2月'!C2:C2,0))"],
  ['=SUM(A:C)', 2, 4, '=SUM(C[-3]:C[-1])'],
  ['=SUM($1:$4)', 2, 4, '=SUM(R1:R4)'],
  ['=IF(F6="","A1",ROUND(F6*100,1))', 6, 7, '=IF(RC[-1]="","A1",ROUND(RC[-1]*100,1))'],
  ['=LOG10(A1)+ATAN2(B2,C3)', 1, 1, '=LOG10(RC)+ATAN2(R[1]C[1],R[2]C[2])'],
  ['=PlanTable[代码]&A2', 2, 2, '=PlanTable[代码]&RC[-1]'],
  ["='It''s'!A1", 3, 3, "='It''s'!R[-2]C[-2]"],
  ['=1.5E+3*B2', 2, 1, '=1.5E+3*RC[1]'],
  ['=COUNTIFS(汇总!$N:$N,"1",K5:K9,"欠进度")', 5, 1, '=COUNTIFS(汇总!C14:C14,"1",RC[10]:R[4]C[10],"欠进度")'],
];

test.each(pairs)('%s in row %i, column %i is %s', (a1, row, col, r1c1) => {
  expect(a1ToR1C1(a1, row, col)).toBe(r1c1);
  expect(r1c1ToA1(r1c1, row, col)).toBe(a1);
});

test('the same formula copied down a column has one R1C1 text', () => {
  const texts = [5, 6, 7, 100].map((r) => a1ToR1C1(`=IF(ISNUMBER(G${r}),G${r}/E${r},"")`, r, 8));
  expect(new Set(texts).size).toBe(1);
});

test('property: any reference survives A1 -> R1C1 -> A1 in any cell', () => {
  const ref = fc
    .record({
      colAbs: fc.boolean(),
      rowAbs: fc.boolean(),
      col: fc.integer({ min: 1, max: 200 }),
      row: fc.integer({ min: 1, max: 5000 }),
      kind: fc.constantFrom('cell', 'col', 'row', 'range'),
      sheet: fc.constantFrom('', "'1月'!", 'Sheet2!', "'x''y'!"),
    })
    .map((r) => {
      const c = `${r.colAbs ? '$' : ''}${colLetter(r.col)}`;
      const w = `${r.rowAbs ? '$' : ''}${r.row}`;
      if (r.kind === 'col') return `${r.sheet}${c}:${c}`;
      if (r.kind === 'row') return `${r.sheet}${w}:${w}`;
      if (r.kind === 'range') return `${r.sheet}${c}${w}:${colLetter(r.col + 2)}${r.row + 3}`;
      return `${r.sheet}${c}${w}`;
    });
  fc.assert(
    fc.property(
      fc.array(ref, { minLength: 1, maxLength: 4 }),
      fc.integer({ min: 1, max: 6000 }),
      fc.integer({ min: 1, max: 250 }),
      (refs, row, col) => {
        const formula = `=IF(${refs.join('>')},"A1 R1C1",SUM(${refs.join(',')}))`;
        expect(r1c1ToA1(a1ToR1C1(formula, row, col), row, col)).toBe(formula);
      },
    ),
    { numRuns: 300 },
  );
});

// A synthetic plan of n indicators of every kind and comparator, for size and round-trip tests.
import { DEFAULT_SETTINGS, type Indicator, type Plan } from '../../../src/plan';

type Shape = Pick<Indicator, 'kind' | 'unit' | 'comparator' | 'value' | 'max' | 'tolerance' | 'direction'>;

const SHAPES: Shape[] = [
  { kind: 'cumulative', unit: '亩', comparator: '>=', value: 800, max: null, tolerance: null, direction: null },
  { kind: 'cumulative', unit: '个', comparator: 'between', value: 2, max: 3, tolerance: null, direction: null },
  { kind: 'cumulative', unit: '起', comparator: '<=', value: 2, max: null, tolerance: null, direction: null },
  { kind: 'level', unit: '万亩', comparator: '>=', value: 3.2, max: null, tolerance: null, direction: null },
  { kind: 'rate', unit: '%', comparator: '>=', value: 20, max: null, tolerance: null, direction: 'increase' },
  { kind: 'rate', unit: '%', comparator: 'approx', value: 7, max: null, tolerance: 0.05, direction: 'increase' },
  { kind: 'rate', unit: '%', comparator: '>=', value: 2, max: null, tolerance: null, direction: 'decrease' },
  { kind: 'milestone', unit: '', comparator: '>=', value: null, max: null, tolerance: null, direction: null },
];

/**
 * `officePerRow`: each row its own office, so no office's blank month is told as one finding
 * (check/silentOffices): the most marks a check can write, for the size tests.
 */
export function syntheticPlan(n: number, options: { officePerRow?: boolean } = {}): Plan {
  const indicators: Indicator[] = Array.from({ length: n }, (_, i) => {
    const shape = SHAPES[i % SHAPES.length];
    return {
      code: `B-${String(i + 1).padStart(4, '0')}`,
      section: String((i % 5) + 1),
      name: `指标${i + 1}`,
      ...shape,
      baseline: null,
      responsible: `单位${options.officePerRow ? i + 1 : (i % 30) + 1}`,
      lead: null,
      deadlineMonth: shape.kind === 'milestone' ? (i % 12) + 1 : null,
      schedule: null,
      lastYear: null,
      parent: null,
      recurring: false,
      bands: null,
      thresholds: null,
      note: null,
    };
  });
  return {
    year: 2023,
    unitName: '测试县',
    title: null,
    sections: [1, 2, 3, 4, 5].map((s) => ({ id: String(s), title: `板块${s}` })),
    indicators,
    settings: DEFAULT_SETTINGS,
  };
}

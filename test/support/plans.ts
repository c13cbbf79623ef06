// Small plan fixtures shared by tests.
import type { Indicator, Plan } from '../../src/plan';
import { DEFAULT_SETTINGS } from '../../src/plan';

export function ind(over: Partial<Indicator> & Pick<Indicator, 'code' | 'kind'>): Indicator {
  return {
    section: '1',
    name: over.code,
    unit: '个',
    comparator: '>=',
    value: over.kind === 'milestone' ? null : 10,
    max: null,
    tolerance: null,
    direction: over.kind === 'rate' ? 'increase' : null,
    baseline: null,
    responsible: null,
    lead: null,
    deadlineMonth: null,
    schedule: null,
    lastYear: null,
    parent: null,
    recurring: false,
    hold: false,
    reportMonths: null,
    bands: null,
    thresholds: null,
    note: null,
    adjustment: null,
    ...over,
  };
}

export function planOf(indicators: Indicator[], over: Partial<Plan> = {}): Plan {
  return {
    year: 2023,
    unitName: '测试镇',
    title: null,
    sections: [{ id: '1', title: '第一板块' }],
    indicators,
    settings: DEFAULT_SETTINGS,
    ...over,
  };
}

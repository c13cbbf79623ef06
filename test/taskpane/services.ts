// Test doubles for the pane's services: each method a jest.fn with a plain default a test can replace.
import { seedPlan } from '../../src/plan';
import type { Plan } from '../../src/plan/types';
import type { PaneServices, ReviewCandidate } from '../../src/taskpane/services';

export function candidate(id: number, patch: Partial<ReviewCandidate> = {}): ReviewCandidate {
  return {
    id,
    kind: 'quantity',
    name: `指标${id}`,
    section: '1',
    value: 10,
    max: null,
    unit: '个',
    comparator: '>=',
    direction: null,
    deadlineMonth: null,
    deadlineNote: null,
    partOf: null,
    recurring: false,
    suggestedKind: 'cumulative',
    source: { start: 0, end: 4, text: `完成${id}` },
    sentence: `今年完成${id}个以上。`,
    ...patch,
  };
}

export function planWith(n: number, base: Plan = seedPlan()): Plan {
  return { ...base, indicators: base.indicators.slice(0, n) };
}

export type MockServices = { [K in keyof PaneServices]: jest.Mock };

export function makeServices(
  overrides: Partial<Record<keyof PaneServices, jest.Mock>> = {},
): MockServices & PaneServices {
  const s: MockServices = {
    seedPlan: jest.fn(() => seedPlan()),
    readPlan: jest.fn(async () => ({ plan: null, problems: [] })),
    writePlan: jest.fn(async () => undefined),
    extract: jest.fn(async () => ({ candidates: [], year: null })),
    candidatesToPlan: jest.fn(async (_text: string, cs: ReviewCandidate[]) => planWith(cs.length)),
    months: jest.fn(async () => []),
    previewTemplates: jest.fn(async () => ({ added: [], updated: [], kept: [] })),
    generate: jest.fn(async () => ({ added: [], updated: [], notices: [], degraded: [] })),
    targetQuestions: jest.fn(async () => []),
    carryLastYear: jest.fn(async (plan: Plan) => ({ plan, lines: [], unconfirmed: 0 })),
    check: jest.fn(async (month: number) => ({ month, findings: [], warnings: [] })),
    clearFindings: jest.fn(async () => undefined),
    select: jest.fn(async () => undefined),
    fillSummary: jest.fn(async (month: number) => ({ month, counts: [], narrative: '', warnings: [] })),
    reportDocx: jest.fn(async (month: number) => ({
      month,
      counts: [],
      narrative: '',
      warnings: [],
      file: { name: '通报.docx', bytes: new Uint8Array([80, 75]), type: 'application/octet-stream' },
      dateText: '2023年7月5日',
    })),
    collect: jest.fn(async (_files: unknown, month: number) => ({
      month,
      sheet: `${month}月`,
      sources: [],
      taken: [],
      conflicts: [],
      refused: [],
      problems: [],
      written: 0,
      findings: [],
    })),
    saveSettings: jest.fn(async (plan: Plan, settings: Plan['settings']) => ({
      plan: { ...plan, settings },
      stored: true,
    })),
    selfTest: jest.fn(async () => ({ excel: '16.0', platform: 'PC', api: '1.20', items: [] })),
    ...overrides,
  };
  return s as MockServices & PaneServices;
}

// The embedded default plan: 小江镇 (信丰县, 江西) 2023 government work report, curated by hand.
import seedJson from '../../seeds/xiaojiang-2023/plan.json';
import { parsePlan } from './schema';
import type { Plan } from './types';

export function seedPlan(): Plan {
  const r = parsePlan(seedJson);
  // The seed is tested; a failure here is a programming error, not a user's.
  if (!r.ok) throw new Error('seed plan invalid: ' + r.issues.map((i) => i.message.en).join('; '));
  return r.plan;
}

// Load a plan for the CLI: a JSON plan file, or the embedded seed plan.
import { parsePlanText, seedPlan, type Plan } from '../plan';
import { UserError } from '../plan/message';
import { readText } from './io';

export function loadPlan(file: string | undefined): Plan {
  if (!file) return seedPlan();
  const r = parsePlanText(readText(file));
  if (!r.ok)
    throw new UserError(
      { zh: `计划文件有误：${file}`, en: `invalid plan file: ${file}` },
      r.issues.map((i) => i.message),
    );
  return r.plan;
}

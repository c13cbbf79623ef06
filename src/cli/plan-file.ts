// Load a plan for the CLI: a JSON plan file, or the embedded seed plan.
import { parsePlanText, seedPlan, type Plan } from '../plan';
import { CliError, readText } from './io';

export function loadPlan(file: string | undefined): Plan {
  if (!file) return seedPlan();
  const r = parsePlanText(readText(file));
  if (!r.ok) {
    const lines = r.issues.slice(0, 20).map((i) => `  - ${i.message} / ${i.messageEn}`);
    const more = r.issues.length > 20 ? `\n  …另有${r.issues.length - 20}处 / ${r.issues.length - 20} more` : '';
    throw new CliError(`计划文件有误：${file} / invalid plan file\n${lines.join('\n')}${more}`);
  }
  return r.plan;
}

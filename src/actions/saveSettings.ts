// 保存设置: new settings (序时 rounding, colour bands, check thresholds) live in _meta and shape the
// month sheets' formulas, so a workbook with templates is regenerated with them, keeping every figure.
import type { Plan, Settings } from '../plan/types';
import type { Host } from '../workbook/host';
import { readTemplate } from '../template';
import { generate } from './generate';
import { templateSheets } from './read';

export interface SaveSettingsOptions {
  plan: Plan;
  settings: Settings;
}

export interface SaveSettingsResult {
  plan: Plan;
  /** Whether a template in the workbook now carries the settings (false: no template yet). */
  stored: boolean;
}

export async function saveSettings(host: Host, options: SaveSettingsOptions): Promise<SaveSettingsResult> {
  const plan: Plan = { ...options.plan, settings: options.settings };
  const r = readTemplate(await host.read({ sheets: templateSheets(12), formulas: 'presence' }));
  if (!r.ok) return { plan, stored: false };
  const { meta } = r.figures;
  await generate(host, { plan, months: meta.months, unit: meta.unitFilter });
  return { plan, stored: true };
}

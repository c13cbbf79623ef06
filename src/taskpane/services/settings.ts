// 设置: the plan's settings written where the workbook keeps them, and 诊断 (the self-test).
import type { Plan, Settings } from '../../plan';
import type { Host, SelfTestReport } from '../../workbook/host';
import { selfTest } from '../../actions/selfTest';
import { loadSaveSettings } from './chunks';

export interface SettingsServices {
  /** The plan with new settings; stored: whether a template in the workbook now carries them. */
  saveSettings(plan: Plan, settings: Settings): Promise<{ plan: Plan; stored: boolean }>;
  /** 诊断: the host tries each Excel behaviour it depends on, on a scratch sheet. */
  selfTest(): Promise<SelfTestReport>;
}

export function settingsServices(host: Host): SettingsServices {
  return {
    saveSettings: async (plan, settings) => (await loadSaveSettings()).saveSettings(host, { plan, settings }),
    selfTest: () => selfTest(host),
  };
}

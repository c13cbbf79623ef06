// What the pane asks of the rest of the add-in, by feature (one file each). Views call these and
// never touch a workbook; each feature's services run the user's actions (src/actions) on a Host
// and give their results the shapes the views show. View tests pass their own.
import type { Host } from '../../workbook/host';
import { checkServices, type CheckServices } from './checks';
import { collectServices, type CollectServices } from './collect';
import { planServices, type PlanServices } from './plan';
import { settingsServices, type SettingsServices } from './settings';
import { summaryServices, type SummaryServices } from './summary';
import { templateServices, type TemplateServices } from './templates';

export type * from './checks';
export type * from './collect';
export type * from './plan';
export type * from './settings';
export type * from './summary';
export type * from './templates';

export type PaneServices = PlanServices &
  TemplateServices &
  CheckServices &
  SummaryServices &
  CollectServices &
  SettingsServices;

/** The pane's services on any Host: Excel (or the fake in the preview), or an .xlsx file in file mode. */
export function createPaneServices(host: Host): PaneServices {
  return {
    ...planServices(host),
    ...templateServices(host),
    ...checkServices(host),
    ...summaryServices(host),
    ...collectServices(host),
    ...settingsServices(host),
  };
}

// 通报 (.docx): the chart drawn as SVG and rendered to PNG by resvg (with the system's fonts, and with
// one Noto CJK file), the document packed by the docx package, for the demo's month 6.
import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { renderPngNode } from '../src/cli/chart-png';
import { runDemo } from '../src/cli/commands/demo';
import { seedPlan } from '../src/plan';
import { chartData, chartSvg, modelToDocx, reportModel } from '../src/report';

export const title = '通报 .docx: chart SVG -> PNG (resvg), document (docx), seed plan month 6';

const NOTO = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const DATE = { year: 2023, month: 7, day: 5 };

async function median(n: number, f: () => Promise<unknown> | unknown): Promise<number> {
  const ts: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await f();
    ts.push(performance.now() - t);
  }
  ts.sort((a, b) => a - b);
  return Math.round(ts[Math.floor(n / 2)]);
}

export async function run(): Promise<Record<string, unknown>> {
  const { summary } = await runDemo(seedPlan(), 6);
  const svg = chartSvg(chartData(summary));
  const png = await renderPngNode(svg);
  const model = reportModel(summary, { date: DATE });
  const bytes = await modelToDocx(model, png);
  const out: Record<string, unknown> = {
    chartSvgMs: await median(5, () => chartSvg(chartData(summary))),
    svgBytes: svg.svg.length,
    pngSize: `${svg.width}x${svg.height}`,
    pngBytes: png.length,
    resvgSystemFontsMs: await median(5, () => renderPngNode(svg)),
    docxPackMs: await median(5, () => modelToDocx(reportModel(summary, { date: DATE }), png)),
    docxBytes: bytes.length,
  };
  if (existsSync(NOTO))
    out.resvgOneFontFileMs = await median(5, () =>
      new Resvg(svg.svg, { font: { loadSystemFonts: false, fontFiles: [NOTO] } }).render().asPng(),
    );
  return out;
}

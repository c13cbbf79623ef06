// The 通报's chart in Node: the SVG rendered to PNG by resvg (Rust, prebuilt for each platform; no
// browser). Fonts: the system's, so Chinese labels use what the machine has (Noto CJK on Linux,
// Microsoft YaHei / SimHei on Windows).
import { Resvg } from '@resvg/resvg-js';
import type { ChartSvg, PngRenderer } from '../report';

export const renderPngNode: PngRenderer = async (chart: ChartSvg) => {
  const r = new Resvg(chart.svg, {
    font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' },
    fitTo: { mode: 'original' },
    background: '#FFFFFF',
  });
  return new Uint8Array(r.render().asPng());
};

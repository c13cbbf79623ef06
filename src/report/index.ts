// The 通报 (progress report) as a Word document: summary -> document model -> .docx, with the
// chart drawn as SVG here and rendered to PNG by the caller.
export * from './model';
export { chartData, chartCaption, chartSvg, CHART_FONT, CHART_WIDTH_PX, type ChartData, type ChartSvg } from './chart';
export { reportDocx, modelToDocx, type PngRenderer } from './docx';
export * as layout from './layout';

// The 通报's chart in the task pane: the browser draws the SVG itself (as an image on a canvas) and
// the canvas gives the PNG. No renderer is shipped for it: resvg's WebAssembly build is 2.48 MB
// (950 KB gzip) and, seeing no system fonts, would need a Chinese font shipped too. Here the labels
// use the machine's own fonts (Microsoft YaHei / SimHei on Windows, Noto CJK on Linux).
import type { ChartSvg, PngRenderer } from '../report';

export const renderPngBrowser: PngRenderer = (chart: ChartSvg) =>
  new Promise<Uint8Array>((resolve, reject) => {
    const img = new Image();
    // A data: URL keeps the canvas untainted, so it can be read back.
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = chart.width;
      canvas.height = chart.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) return reject(new Error('canvas 2d unavailable'));
      ctx.fillStyle = '#FFFFFF';
      ctx.fillRect(0, 0, chart.width, chart.height);
      ctx.drawImage(img, 0, 0, chart.width, chart.height);
      canvas.toBlob((blob) => {
        if (!blob) return reject(new Error('canvas gave no PNG'));
        blob.arrayBuffer().then((b) => resolve(new Uint8Array(b)), reject);
      }, 'image/png');
    };
    img.onerror = () => reject(new Error('the chart SVG could not be drawn'));
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(chart.svg)}`;
  });

// The page of a Chinese official document (党政机关公文格式, GB/T 9704-2012) as numbers a .docx
// takes: A4, 天头 37 mm, 订口 28 mm, a 156 × 225 mm 版心 of 22 lines × 28 characters in 3号 仿宋,
// page numbers "— 1 —" in 4号 宋体 7 mm below the 版心. One place, so the README, the document and
// the tests read the same figures.

/** Twips (1/20 pt) per millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;

export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

export const PAGE_MM = { width: 210, height: 297 };

/** 天头 37, 订口 28; the 版心 (156 × 225) leaves 35 below and 26 on the right (GB/T 9704 5.2.1). */
export const MARGIN_MM = { top: 37, bottom: 35, left: 28, right: 26 };

export const TEXT_AREA_MM = {
  width: PAGE_MM.width - MARGIN_MM.left - MARGIN_MM.right,
  height: PAGE_MM.height - MARGIN_MM.top - MARGIN_MM.bottom,
};

/** 一般每面排22行，每行排28个字，并撑满版心 (GB/T 9704 5.2.3). */
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/** Chinese type sizes in points: 2号 22, 3号 16, 4号 14, 小四 12, 5号 10.5. */
export const SIZE_PT = { hao2: 22, hao3: 16, hao4: 14, xiao4: 12, hao5: 10.5 };

/** Line pitch in twips: the 版心's height over 22 lines (about 28.95 pt). */
export const LINE_PITCH_TWIPS = Math.floor(mmToTwips(TEXT_AREA_MM.height) / LINES_PER_PAGE);

/**
 * Character width of body text, in percent (w:w): 28 characters of 3号 (16 pt) are 448 pt, a little
 * wider than the 156 mm 版心 (442 pt), so body text is set at 98% width (439 pt a line), as official
 * templates tighten it. Neither a character grid (docGrid charSpace, which LibreOffice lays out
 * much wider) nor negative letter spacing (after which LibreOffice drops a comma at a line's end)
 * gives the same page in Word, WPS and LibreOffice; scaling does.
 */
export const BODY_CHAR_SCALE = 98;

/**
 * Fonts by role, each with the fallback its font table names (w:altName) for machines without the
 * official fonts: 方正小标宋简体 → 宋体, 仿宋_GB2312 → 仿宋, 楷体_GB2312 → 楷体.
 */
export const FONTS = {
  title: { name: '方正小标宋简体', alt: '宋体' },
  body: { name: '仿宋_GB2312', alt: '仿宋' },
  hei: { name: '黑体', alt: 'SimHei' },
  kai: { name: '楷体_GB2312', alt: '楷体' },
  song: { name: '宋体', alt: 'SimSun' },
} as const;

export type FontRole = keyof typeof FONTS;

/** The page number's dashes are 一字线 (em dashes): "— 1 —". */
export function pageNumberText(n: number): string {
  return `— ${n} —`;
}

/** 一字线上距版心下边缘7mm: the footer's distance from the page's bottom edge, about one 4号 line lower. */
export const FOOTER_MM = MARGIN_MM.bottom - 7 - 5;

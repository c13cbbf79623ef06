// Makes sure the programs the tests drive are here: LibreOffice (the real spreadsheet engine that
// recalculates generated workbooks, and Writer, which turns the 通报 .docx into PDF), poppler (reads
// and renders that PDF) and Chromium with CJK fonts (the task pane's browser tests).
// As root it installs them from Debian's packages; otherwise it stops and names what to install.
// A test never skips because a tool is missing.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needs = [
  {
    what: 'LibreOffice (soffice)',
    present: () => existsSync('/usr/bin/soffice') || existsSync('/usr/bin/libreoffice'),
    pkgs: ['libreoffice-calc-nogui'],
  },
  {
    // The 通报 test converts the .docx to PDF with LibreOffice Writer.
    what: 'LibreOffice Writer',
    present: () => existsSync('/usr/lib/libreoffice/program/libswlo.so'),
    pkgs: ['libreoffice-writer-nogui'],
  },
  {
    what: 'poppler (pdfinfo, pdftotext, pdftoppm)',
    present: () => ['pdfinfo', 'pdftotext', 'pdftoppm'].every((t) => existsSync(`/usr/bin/${t}`)),
    pkgs: ['poppler-utils'],
  },
  { what: 'Chromium', present: () => existsSync('/usr/bin/chromium'), pkgs: ['chromium'] },
  {
    what: 'Noto CJK fonts',
    present: () => existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'),
    pkgs: ['fonts-noto-cjk'],
  },
];

const missing = needs.filter((n) => !n.present());
if (missing.length === 0) process.exit(0);

const pkgs = missing.flatMap((n) => n.pkgs);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    `测试需要以下程序 / the tests need: ${missing.map((n) => n.what).join(', ')}\n` +
      `请安装 / install them with:\n  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${pkgs.join(' ')}`,
  );
  process.exit(1);
}
console.log(`installing ${pkgs.join(' ')} (apt-get, as root) ...`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execSync('apt-get update -qq', { stdio: 'inherit', env });
execSync(`apt-get install -y -qq --no-install-recommends ${pkgs.join(' ')}`, { stdio: 'inherit', env });
const still = needs.filter((n) => !n.present());
if (still.length) {
  console.error(`安装后仍缺少 / still missing after install: ${still.map((n) => n.what).join(', ')}`);
  process.exit(1);
}

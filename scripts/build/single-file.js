// Webpack plugin for the single HTML file: puts the one script of its compilation (and that script's
// licence texts) inline into an HTML template and emits only the HTML. The file then opens from
// disk (file://) with no server: nothing else is fetched.
const { Compilation, sources } = require('webpack');

class SingleFilePlugin {
  /** @param {{ filename: string, html: (script: string) => string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('SingleFilePlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'SingleFilePlugin', stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        (assets) => {
          const scripts = Object.keys(assets).filter((n) => n.endsWith('.js'));
          if (scripts.length !== 1) {
            compilation.errors.push(new Error(`single file: expected one script, got ${scripts.join(', ')}`));
            return;
          }
          const [name] = scripts;
          let code = assets[name].source().toString();
          const licence = assets[`${name}.LICENSE.txt`];
          code = code.replace(/^\/\*! For license information please see [^*]*\*\/\s*/, '');
          if (licence) code = `/*!\n${licence.source().toString().replace(/\*\//g, '* /')}\n*/\n${code}`;
          // In an inline script the HTML parser ends the script at "</script" and can be confused by
          // "<!--": "<\/" is the same string in JavaScript; "<!--" is refused rather than guessed at.
          code = code.replace(/<\/script/gi, '<\\/script');
          if (code.includes('<!--')) {
            compilation.errors.push(new Error('single file: the script contains "<!--"; it cannot be inlined safely'));
            return;
          }
          for (const n of Object.keys(assets)) compilation.deleteAsset(n);
          compilation.emitAsset(this.options.filename, new sources.RawSource(this.options.html(code)));
        },
      );
    });
  }
}

module.exports = { SingleFilePlugin };

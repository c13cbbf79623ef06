// Runs before the pane's bundle, in plain ES5 (inlined into taskpane.html and the single HTML file):
// Office through 2019 (volume licensed) can host add-ins in Internet Explorer 11 ("Trident") or Edge
// Legacy ("EdgeHTML"), where React 18 and Fluent UI 9 do not run. Microsoft's page "Support older
// Microsoft webviews and Office versions" detects them from navigator.userAgent, as here; Chromium
// Edge and WebView2 say "Edg/", not "Edge/". Instead of a blank pane, say what to do, in both languages.
(function () {
  var ua = navigator.userAgent;
  var engine = ua.indexOf('Trident') !== -1 ? 'Trident' : ua.indexOf('Edge/') !== -1 ? 'EdgeHTML' : null;
  window.__oldWebview = engine;
  if (!engine) return;
  var here = String(location.href)
    .replace(/[?#].*$/, '')
    .replace(/[^\/]*$/, '');
  var single = here + '__SINGLE_FILE__'; // the single HTML file's name, put in by webpack.config.js
  var name = engine === 'Trident' ? 'Internet Explorer 11' : 'Microsoft Edge 旧版 (EdgeHTML)';
  var nameEn = engine === 'Trident' ? 'Internet Explorer 11' : 'Microsoft Edge Legacy (EdgeHTML)';
  var root = document.getElementById('root');
  root.setAttribute('data-old-webview', engine);
  root.innerHTML =
    '<div style="padding:12px;line-height:1.6;font-size:14px">' +
    '<h1 style="font-size:18px;margin:0 0 8px">指标模板 Indicator Templates</h1>' +
    '<p lang="zh-CN">这个 Office 用 ' +
    name +
    ' 网页控件显示插件，指标模板的任务窗格无法在其中运行。可以：</p>' +
    '<ol lang="zh-CN">' +
    '<li>在 Chrome、Edge、360 或 QQ 浏览器中打开单文件版（文件模式：打开和保存 .xlsx，不需要 Excel 插件，数据不离开电脑）：<br><code style="word-break:break-all">' +
    single +
    '</code></li>' +
    '<li>或改用 Office 2021、Office 2024 或 Microsoft 365，其中任务窗格可以直接使用。</li>' +
    '</ol>' +
    '<p lang="zh-CN">已生成的模板工作簿在任何版本的 Excel 和 WPS 中都能照常填报。</p>' +
    '<p lang="en">This Office shows add-ins in ' +
    nameEn +
    ', where the Indicator Templates pane cannot run. You can:</p>' +
    '<ol lang="en">' +
    '<li>open the single-file version in Chrome, Edge, 360 or QQ Browser (file mode: open and save .xlsx files, no add-in needed, nothing leaves the computer): <code style="word-break:break-all">' +
    single +
    '</code></li>' +
    '<li>or use Office 2021, Office 2024 or Microsoft 365, where the pane runs.</li>' +
    '</ol>' +
    '<p lang="en">Generated template workbooks keep working in any Excel and in WPS.</p>' +
    '</div>';
})();

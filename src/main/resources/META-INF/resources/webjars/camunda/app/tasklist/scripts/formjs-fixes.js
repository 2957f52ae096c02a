
// ---- Camunda Forms (form-js 1.8 bundled in Tasklist 7.24.0) fixes ---------------------------------------------
// 1. form-js keeps errors[fieldId] = [] for fields inside a dynamic list once a row value is valid again; Tasklist
//    disables Complete/Start while Object.keys(errors).length > 0, so any form with a dynamic list could not be
//    submitted. Error entries without a message are dropped before form-js publishes its state.
// 2. form-js 1.8 has no translations: its validation messages and a few button/placeholder texts are English.
(function studioFormJsFixes() {
  const MESSAGES = [
    [/^Field is required\.$/, () => '此项为必填项'],
    [/^Field must have minimum value of (.+)\.$/, (m) => `不能小于 ${m[1]}`],
    [/^Field must have maximum value of (.+)\.$/, (m) => `不能大于 ${m[1]}`],
    [/^Field must have minimum length of (.+)\.$/, (m) => `至少 ${m[1]} 个字符`],
    [/^Field must have maximum length of (.+)\.$/, (m) => `最多 ${m[1]} 个字符`],
    [/^Field must match pattern .*$/, () => '格式不正确，请按说明填写'],
    [/^Value is not a number\.$/, () => '请输入数字'],
    [/^Value is expected to be an integer\.$/, () => '请输入整数'],
    [/^Value is expected to have at most (\d+) decimal digits?\.$/, (m) => `最多保留 ${m[1]} 位小数`],
    [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/, (m) => `请输入有效值，例如 ${m[1]} 或 ${m[2]}`],
    [/^Field must be a valid email\.$/, () => '请输入有效的电子邮箱'],
    [/^Field must be a valid\s+international phone number.*$/, () => '请输入有效的国际电话号码']
  ];
  const translate = (text) => {
    for (const [pattern, replace] of MESSAGES) {
      const match = pattern.exec(text);
      if (match) return replace(match);
    }
    return text;
  };
  // errors: { fieldId: ['msg'] } or, inside dynamic lists, { fieldId: [rowIndex: ['msg']] }
  const clean = (value) => {
    if (typeof value === 'string') return translate(value);
    if (Array.isArray(value)) {
      const strings = value.filter((v) => typeof v === 'string');
      if (strings.length === value.length) return strings.length ? strings.map(translate) : undefined;
      const rows = value.map(clean);
      return rows.some((r) => r !== undefined) ? rows : undefined;
    }
    if (value && typeof value === 'object') {
      const out = {};
      Object.entries(value).forEach(([k, v]) => { const c = clean(v); if (c !== undefined) out[k] = c; });
      return Object.keys(out).length ? out : undefined;
    }
    return undefined;
  };
  const chunks = (self.webpackChunkcamunda_bpm_webapp = self.webpackChunkcamunda_bpm_webapp || []);
  chunks.push([['studio-formjs-fixes'], {}, (require) => {
    let Form;
    try { Form = require(57661).Form; } catch (e) { /* another bundle */ }
    if (!Form || typeof Form.prototype._setState !== 'function') {
      console.warn('studio: form-js Form not found; Camunda Forms fixes not installed');
      return;
    }
    if (Form.prototype.studioFixed) return;
    const setState = Form.prototype._setState;
    Form.prototype._setState = function (state) {
      if (state && state.errors && typeof state.errors === 'object') {
        state = { ...state, errors: clean(state.errors) || {} };
      }
      return setState.call(this, state);
    };
    Form.prototype.studioFixed = true;
  }]);
  // fixed English texts rendered by form-js
  const TEXTS = { 'Add new': '添加一项', 'Collapse': '收起', 'Select': '请选择', 'Search': '搜索', 'No results': '无匹配项' };
  const localize = (root) => {
    root.querySelectorAll('.fjs-container input[placeholder], .fjs-container .fjs-select-display').forEach((e) => {
      if (TEXTS[e.placeholder]) e.placeholder = TEXTS[e.placeholder];
    });
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.parentElement || !n.parentElement.closest('.fjs-container')) continue;
      const t = n.data.trim();
      if (TEXTS[t]) n.data = n.data.replace(t, TEXTS[t]);
      else if (/^Expand all \((\d+)\)$/.test(t)) n.data = n.data.replace(t, t.replace(/^Expand all \((\d+)\)$/, '展开全部（$1）'));
    }
  };
  new MutationObserver((records) => {
    if (records.some((r) => r.target.closest && r.target.closest('.fjs-container') || [...r.addedNodes].some((a) => a.nodeType === 1 && (a.matches('.fjs-container, .fjs-container *') || a.querySelector('.fjs-container'))))) {
      localize(document.body);
    }
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
})();

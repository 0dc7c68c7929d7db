// The page's one script, inlined (the Content-Security-Policy allows it by its SHA-256 and nothing
// else): the theme button, the filters, sortable tables, expand/collapse all, and every finding
// opened for print. Without it the page is complete, only static: everything is in the HTML.
// Plain ES2019 in a string so the bundler and test coverage never rewrite it; it reads data-*
// attributes only, and writes text with textContent, never HTML.

export const PAGE_SCRIPT = `(function () {
  'use strict';
  var root = document.documentElement;
  var all = function (selector, scope) { return Array.prototype.slice.call((scope || document).querySelectorAll(selector)); };
  all('[data-needs-script]').forEach(function (el) { el.hidden = false; });

  var THEMES = ['auto', 'light', 'dark'];
  var themeButton = document.getElementById('theme-toggle');
  if (themeButton) {
    var showTheme = function (theme) { themeButton.textContent = 'Theme: ' + theme; };
    showTheme('auto');
    themeButton.addEventListener('click', function () {
      var next = THEMES[(THEMES.indexOf(root.getAttribute('data-theme') || 'auto') + 1) % THEMES.length];
      if (next === 'auto') root.removeAttribute('data-theme'); else root.setAttribute('data-theme', next);
      showTheme(next);
    });
  }

  var form = document.getElementById('filters');
  if (form) {
    var items = all('[data-kind]');
    var status = document.getElementById('filter-status');
    var apply = function () {
      var severities = {};
      all('input[name="severity"]:checked', form).forEach(function (box) { severities[box.value] = true; });
      var wanted = {};
      all('select[data-filter]', form).forEach(function (select) { wanted[select.getAttribute('data-filter')] = select.value; });
      var counts = { finding: [0, 0], resource: [0, 0], gap: [0, 0] };
      items.forEach(function (item) {
        var kind = item.getAttribute('data-kind');
        var show = kind !== 'finding' || severities[item.getAttribute('data-severity')] === true;
        Object.keys(wanted).forEach(function (key) {
          if (wanted[key] && item.getAttribute('data-' + key) !== wanted[key]) show = false;
        });
        item.hidden = !show;
        if (counts[kind]) { counts[kind][1] += 1; if (show) counts[kind][0] += 1; }
      });
      all('[data-group]').forEach(function (group) { group.hidden = group.querySelector('[data-kind]:not([hidden])') === null; });
      all('[data-empty-for]').forEach(function (note) { note.hidden = counts[note.getAttribute('data-empty-for')][0] > 0 || counts[note.getAttribute('data-empty-for')][1] === 0; });
      if (status) {
        status.textContent = 'Showing ' + counts.finding[0] + ' of ' + counts.finding[1] + ' findings, ' + counts.resource[0] + ' of ' + counts.resource[1] + ' resources';
      }
    };
    form.addEventListener('change', apply);
    form.addEventListener('submit', function (event) { event.preventDefault(); });
    form.addEventListener('reset', function () { window.setTimeout(apply, 0); });
    apply();
  }

  all('table[data-sortable]').forEach(function (table) {
    var body = table.tBodies[0];
    var headers = all('thead th', table);
    headers.forEach(function (th, column) {
      var button = th.querySelector('button');
      if (!button) return;
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        headers.forEach(function (other) { other.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var key = function (row) {
          var cell = row.cells[column];
          return cell ? (cell.getAttribute('data-sort') !== null ? cell.getAttribute('data-sort') : cell.textContent.trim()) : '';
        };
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a);
          var y = key(b);
          var nx = Number(x);
          var ny = Number(y);
          var order = x !== '' && y !== '' && isFinite(nx) && isFinite(ny) ? nx - ny : x.localeCompare(y, 'en', { numeric: true });
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });

  var setOpen = function (open) {
    all('.finding > details').forEach(function (details) {
      if (!details.closest('[hidden]')) details.open = open;
    });
  };
  var expand = document.getElementById('expand-all');
  var collapse = document.getElementById('collapse-all');
  if (expand) expand.addEventListener('click', function () { setOpen(true); });
  if (collapse) collapse.addEventListener('click', function () { setOpen(false); });

  // Print every finding whole: closed details would print as their summary line only.
  var closedBeforePrint = [];
  window.addEventListener('beforeprint', function () {
    closedBeforePrint = all('details:not([open])');
    closedBeforePrint.forEach(function (details) { details.open = true; });
  });
  window.addEventListener('afterprint', function () {
    closedBeforePrint.forEach(function (details) { details.open = false; });
    closedBeforePrint = [];
  });
})();
`;

// Renders openapi.json as a list of operations grouped by tag. Plain DOM, no dependency: the page must work offline.
(function () {
  'use strict';
  var main = document.getElementById('routes');
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text) { e.textContent = text; }
    return e;
  }
  fetch('openapi.json').then(function (r) { return r.json(); }).then(function (doc) {
    var groups = {};
    Object.keys(doc.paths).forEach(function (path) {
      var item = doc.paths[path];
      ['get', 'post', 'put', 'delete'].forEach(function (m) {
        if (!item[m]) { return; }
        var tag = (item[m].tags || ['other'])[0];
        (groups[tag] = groups[tag] || []).push({ method: m.toUpperCase(), path: path, op: item[m] });
      });
    });
    main.textContent = '';
    Object.keys(groups).sort().forEach(function (tag) {
      main.appendChild(el('h2', null, tag));
      groups[tag].forEach(function (o) {
        var div = el('div', 'op ' + o.method);
        div.appendChild(el('span', 'method', o.method));
        div.appendChild(el('span', 'path', o.path));
        div.appendChild(el('div', 'summary', o.op.summary || ''));
        main.appendChild(div);
      });
    });
  }).catch(function (e) { main.textContent = 'Cannot load openapi.json: ' + e; });
}());

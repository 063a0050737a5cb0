// Drawing for the map page, no library: the power × stance grid and the relationship network with a small force
// layout of our own (why not a graph library: see the README, "Web pages"). Both draw marks as <g class="mark">
// carrying data-id; map-view.js zooms, pans and labels them; the page wires clicks and keys.
(function () {
  'use strict';
  var GOLDEN = 2.39996;
  var grids = {}, networks = {};

  // One view per drawing for the page's life: redrawing after a filter keeps the zoom and the listeners.
  function reuse(views, svg, width, height, layer) {
    var view = views[svg.id] || (views[svg.id] = new mapView.View(svg, width, height));
    view.layer = layer;
    view.marks = [];
    return view;
  }

  // Engagement grows a mark with its square root, as in the SVG export, so busy contacts do not swallow a cell.
  function radius(engagement) { return 4 + Math.min(8, 1.6 * Math.sqrt(engagement)); }

  function mark(node, r) {
    var g = app.svg('g', { class: 'mark cat-' + node.category, 'data-id': node.id });
    var circle = app.svg('circle', { r: r.toFixed(1) });
    var title = app.svg('title');
    title.textContent = node.label;
    circle.appendChild(title);
    g.appendChild(circle);
    var text = app.svg('text', { x: (r + 3).toFixed(1), y: 4 });
    text.textContent = mapView.shorten(node.name);
    g.appendChild(text);
    return g;
  }

  function text(parent, cls, content, attrs) {
    var e = app.svg('text', Object.assign({ class: cls }, attrs));
    e.textContent = content;
    parent.appendChild(e);
    return e;
  }

  // The drawing's size follows the box it is shown in, so 11-px labels stay 11 px on a phone (fewer fit: zoom in).
  function size(svg, ratioWide, ratioNarrow) {
    var w = Math.max(320, Math.round(svg.getBoundingClientRect().width || 900));
    return [w, Math.round(w * (w < 600 ? ratioNarrow : ratioWide))];
  }

  // The grid: five stance columns by five power rows; in a cell, the most engaged in the middle on a sunflower spiral.
  function grid(svg, nodes) {
    var dims = size(svg, 0.66, 1.2), W = dims[0], H = dims[1];
    var GRID = { left: 34, top: 8, width: W - 42, height: H - 52 };
    var cw = GRID.width / 5, ch = GRID.height / 5, narrow = cw < 120;
    svg.setAttribute('viewBox', '0 0 ' + W + ' ' + H);
    svg.textContent = '';
    var clip = app.svg('clipPath', { id: 'grid-clip' });
    clip.appendChild(app.svg('rect', { width: GRID.width, height: GRID.height }));
    var defs = app.svg('defs');
    defs.appendChild(clip);
    svg.appendChild(defs);
    var plot = app.svg('g', { transform: 'translate(' + GRID.left + ' ' + GRID.top + ')' });
    var clipped = app.svg('g', { 'clip-path': 'url(#grid-clip)' });
    var cells = app.svg('g'), marks = app.svg('g', { class: 'marks' });
    for (var s = 0; s < 5; s++) {
      cells.appendChild(app.svg('rect', { class: 'cell' + (s % 2 ? ' odd' : ''), x: s * cw, y: 0, width: cw, height: GRID.height }));
    }
    clipped.appendChild(cells);
    clipped.appendChild(marks);
    plot.appendChild(clipped);
    svg.appendChild(plot);
    var axes = app.svg('g', { 'aria-hidden': 'true' });
    svg.appendChild(axes);
    var view = reuse(grids, svg, GRID.width, GRID.height, cells);
    view.box = [W, H];
    view.offset = [GRID.left, GRID.top];
    var ticks = [];
    for (var i = 0; i < 5; i++) {
      ticks.push({ el: text(axes, 'axis', narrow ? ['−2', '−1', '0', '+1', '+2'][i] : app.word('stance', i - 2),
        { 'text-anchor': 'middle' }), x: (i + 0.5) * cw, horizontal: true });
      ticks.push({ el: text(axes, 'axis', String(5 - i), { 'text-anchor': 'middle' }), y: (i + 0.5) * ch });
    }
    text(axes, 'axis title', app.t('grid.stance'), { x: GRID.left + GRID.width / 2, y: H - 6, 'text-anchor': 'middle' });
    text(axes, 'axis title', app.t('card.power'), { x: 10, y: GRID.top + GRID.height / 2, 'text-anchor': 'middle',
      transform: 'rotate(-90 10 ' + (GRID.top + GRID.height / 2) + ')' });
    view.onplace = function () {
      ticks.forEach(function (tk) {
        if (tk.horizontal) {
          var x = GRID.left + tk.x * view.k + view.x;
          tk.el.setAttribute('x', x.toFixed(1)); tk.el.setAttribute('y', GRID.top + GRID.height + 17);
          tk.el.style.display = x < GRID.left || x > GRID.left + GRID.width ? 'none' : '';
        } else {
          var y = GRID.top + tk.y * view.k + view.y;
          tk.el.setAttribute('x', 25); tk.el.setAttribute('y', (y + 4).toFixed(1));
          tk.el.style.display = y < GRID.top || y > GRID.top + GRID.height ? 'none' : '';
        }
      });
    };
    var byCell = {};
    nodes.forEach(function (n) { (byCell[n.stance + ':' + n.power] = byCell[n.stance + ':' + n.power] || []).push(n); });
    Object.keys(byCell).sort().forEach(function (key) {
      var here = byCell[key].sort(function (a, b) { return b.engagement - a.engagement || a.name.localeCompare(b.name); });
      var cx = (here[0].stance + 2.5) * cw, cy = (5 - here[0].power + 0.5) * ch, rx = cw / 2 - 10, ry = ch / 2 - 10;
      here.forEach(function (n, j) {
        var d = here.length === 1 ? 0 : Math.sqrt((j + 0.5) / here.length), r = radius(n.engagement);
        var g = mark(n, r);
        g.setAttribute('tabindex', '-1');
        g.setAttribute('role', 'button');
        g.setAttribute('aria-label', n.label + ' — ' + app.word('category', n.category) + ', ' + app.t('card.power') + ' '
          + n.power + ', ' + app.word('stance', n.stance));
        marks.appendChild(g);
        view.marks.push({ el: g, id: n.id, x: cx + rx * d * Math.cos(j * GOLDEN), y: cy + ry * d * Math.sin(j * GOLDEN), r: r,
          priority: n.power * 1000 + n.engagement });
      });
    });
    var first = marks.querySelector('.mark');
    if (first) { first.setAttribute('tabindex', '0'); }
    view.place();
    return view;
  }

  // Force-directed layout (Fruchterman–Reingold). Repulsion only between nodes in neighbouring bins of the ideal
  // distance: the exact all-pairs version is quadratic and takes seconds on a 2,000-stakeholder map.
  function layout(nodes, edges, width, height, iterations) {
    var n = nodes.length, index = {}, x = new Float64Array(n), y = new Float64Array(n);
    var k = Math.max(12, Math.sqrt(width * height / Math.max(1, n)) * 0.9);
    nodes.forEach(function (node, i) {
      index[node.id] = i;
      x[i] = width / 2 + 6 * Math.sqrt(i) * Math.cos(i * GOLDEN) * k / 10;
      y[i] = height / 2 + 6 * Math.sqrt(i) * Math.sin(i * GOLDEN) * k / 10;
    });
    var links = edges.filter(function (e) { return e.from in index && e.to in index; });
    for (var it = 0; it < iterations; it++) {
      var dx = new Float64Array(n), dy = new Float64Array(n), bins = {};
      for (var i = 0; i < n; i++) {
        var key = Math.floor(x[i] / (2 * k)) + ':' + Math.floor(y[i] / (2 * k));
        (bins[key] = bins[key] || []).push(i);
      }
      for (i = 0; i < n; i++) {
        var bx = Math.floor(x[i] / (2 * k)), by = Math.floor(y[i] / (2 * k));
        for (var ox = -1; ox <= 1; ox++) {
          for (var oy = -1; oy <= 1; oy++) {
            var bin = bins[(bx + ox) + ':' + (by + oy)];
            if (!bin) { continue; }
            for (var b = 0; b < bin.length; b++) {
              var j = bin[b];
              if (j === i) { continue; }
              var ddx = x[i] - x[j], ddy = y[i] - y[j], d2 = ddx * ddx + ddy * ddy + 0.01;
              dx[i] += ddx * k * k / d2;
              dy[i] += ddy * k * k / d2;
            }
          }
        }
      }
      links.forEach(function (e) {
        var a = index[e.from], c = index[e.to], ex = x[a] - x[c], ey = y[a] - y[c];
        var d = Math.sqrt(ex * ex + ey * ey) + 0.01, f = d / k * (e.strength / 5);
        dx[a] -= ex * f; dy[a] -= ey * f; dx[c] += ex * f; dy[c] += ey * f;
      });
      var temperature = width / 10 * (1 - it / iterations) + 1;
      for (i = 0; i < n; i++) {
        dx[i] += (width / 2 - x[i]) * 0.02;
        dy[i] += (height / 2 - y[i]) * 0.02;
        var len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) + 0.01, step = Math.min(len, temperature);
        x[i] += dx[i] / len * step;
        y[i] += dy[i] / len * step;
      }
    }
    return fit(x, y, width, height, index);
  }

  // Scales the layout into the drawing with a margin for labels.
  function fit(x, y, width, height, index) {
    var minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    for (var i = 0; i < x.length; i++) {
      minX = Math.min(minX, x[i]); maxX = Math.max(maxX, x[i]); minY = Math.min(minY, y[i]); maxY = Math.max(maxY, y[i]);
    }
    var sx = (width - 60) / Math.max(1, maxX - minX), sy = (height - 40) / Math.max(1, maxY - minY);
    var at = {};
    Object.keys(index).forEach(function (id) {
      var j = index[id];
      at[id] = { x: 30 + (x[j] - minX) * sx, y: 20 + (y[j] - minY) * sy };
    });
    return at;
  }

  // Draws every node and edge once; filters then only hide and show them. Lines sit in a layer the view scales
  // (their stroke does not grow); marks move one by one and keep their size.
  function network(svg, nodes, edges) {
    var dims = size(svg, 0.6, 1.25), width = dims[0], height = dims[1];
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    svg.textContent = '';
    var at = layout(nodes, edges, width, height, nodes.length > 500 ? 60 : 150);
    var lines = app.svg('g', { class: 'edges' }), marks = app.svg('g', { class: 'marks' });
    edges.forEach(function (e) {
      if (!at[e.from] || !at[e.to]) { return; }
      lines.appendChild(app.svg('line', { class: 'edge' + (e.active ? '' : ' ended'), 'data-id': e.id, 'data-from': e.from,
        'data-to': e.to, x1: at[e.from].x.toFixed(1), y1: at[e.from].y.toFixed(1), x2: at[e.to].x.toFixed(1),
        y2: at[e.to].y.toFixed(1), 'stroke-width': (0.4 + e.strength * 0.4).toFixed(1), 'vector-effect': 'non-scaling-stroke' }));
    });
    var view = reuse(networks, svg, width, height, lines);
    nodes.forEach(function (n) {
      var r = radius(n.engagement) * 0.8, g = mark(n, r);
      marks.appendChild(g);
      view.marks.push({ el: g, id: n.id, x: at[n.id].x, y: at[n.id].y, r: r, priority: n.power * 1000 + n.influence });
    });
    svg.appendChild(lines);
    svg.appendChild(marks);
    view.place();
    return view;
  }

  // Shows only the given ids in the network, and the edges between two of them.
  function show(svg, visible) {
    svg.querySelectorAll('.mark').forEach(function (g) { g.style.display = visible[g.dataset.id] ? '' : 'none'; });
    svg.querySelectorAll('line.edge').forEach(function (l) {
      l.style.display = visible[l.dataset.from] && visible[l.dataset.to] ? '' : 'none';
    });
    if (networks[svg.id]) { networks[svg.id].place(); }
  }

  // Fades the marks of stakeholders not contacted lately (ids in the set).
  function fade(svg, faded) {
    svg.querySelectorAll('.mark').forEach(function (g) { g.classList.toggle('faded', !!faded[g.dataset.id]); });
  }

  // Lights the influence paths (lists of hops) to a target on the network, dimming the rest; none: back to normal.
  function highlight(svg, paths) {
    svg.querySelectorAll('.lit').forEach(function (e) { e.classList.remove('lit'); });
    svg.classList.toggle('paths', !!(paths && paths.length));
    (paths || []).forEach(function (p) {
      p.hops.forEach(function (h) {
        var line = svg.querySelector('line.edge[data-id="' + h.relationshipId + '"]');
        if (line) { line.classList.add('lit'); line.parentNode.appendChild(line); }
        [h.from, h.to].forEach(function (id) {
          var g = svg.querySelector('.mark[data-id="' + id + '"]');
          if (g) { g.classList.add('lit'); }
        });
      });
    });
  }

  function view(svg) { return grids[svg.id] || networks[svg.id]; }

  window.mapGraph = { view: view, grid: grid, network: network, show: show, fade: fade, highlight: highlight, layout: layout };
}());

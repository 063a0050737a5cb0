// Drawing for the map page, no library: the power × stance grid and the relationship network with a small force
// layout of our own. Both draw marks as <g class="mark"> carrying data-id; the page wires clicks and keys.
(function () {
  'use strict';
  var GRID = { left: 50, top: 10, cellW: 170, cellH: 110 };
  var GOLDEN = 2.39996;

  // Engagement grows a mark with its square root, as in the SVG export, so busy contacts do not swallow a cell.
  function radius(engagement) { return 4 + Math.min(10, 2 * Math.sqrt(engagement)); }

  function mark(node, x, y, r, label) {
    var g = app.svg('g', { class: 'mark cat-' + node.category + (node.faded ? ' faded' : ''), 'data-id': node.id,
      transform: 'translate(' + x.toFixed(1) + ' ' + y.toFixed(1) + ')' });
    var circle = app.svg('circle', { r: r.toFixed(1) });
    var title = app.svg('title');
    title.textContent = node.label;
    circle.appendChild(title);
    g.appendChild(circle);
    if (label) {
      var text = app.svg('text', { x: (r + 2).toFixed(1), y: 3 });
      text.textContent = node.name;
      g.appendChild(text);
    }
    return g;
  }

  // Draws the visible nodes on the grid, most engaged in the middle of their cell on a sunflower spiral.
  function grid(svg, nodes, t) {
    svg.setAttribute('viewBox', '0 0 900 600');
    svg.textContent = '';
    for (var s = -2; s <= 2; s++) {
      var x = GRID.left + (s + 2) * GRID.cellW;
      svg.appendChild(app.svg('rect', { class: 'cell' + (s % 2 ? ' odd' : ''), x: x, y: GRID.top,
        width: GRID.cellW, height: 5 * GRID.cellH }));
      axis(svg, (s > 0 ? '+' : '') + s, x + GRID.cellW / 2, GRID.top + 5 * GRID.cellH + 16);
      axis(svg, String(3 - s), GRID.left - 12, GRID.top + (s + 2) * GRID.cellH + GRID.cellH / 2);
    }
    axis(svg, t('grid.stance'), GRID.left + 2.5 * GRID.cellW, 596);
    var power = app.svg('text', { class: 'axis', x: 12, y: 285, 'text-anchor': 'middle', transform: 'rotate(-90 12 285)' });
    power.textContent = t('card.power');
    svg.appendChild(power);
    var cells = {};
    nodes.forEach(function (n) { (cells[n.stance + ':' + n.power] = cells[n.stance + ':' + n.power] || []).push(n); });
    Object.keys(cells).forEach(function (key) {
      var here = cells[key].sort(function (a, b) { return b.engagement - a.engagement || a.name.localeCompare(b.name); });
      var cx = GRID.left + (here[0].stance + 2.5) * GRID.cellW;
      var cy = GRID.top + (5.5 - here[0].power) * GRID.cellH;
      var reach = GRID.cellH / 2 - 10;
      here.forEach(function (n, i) {
        var r = here.length === 1 ? 0 : reach * Math.sqrt((i + 0.5) / here.length);
        var g = mark(n, cx + 1.4 * r * Math.cos(i * GOLDEN), cy + r * Math.sin(i * GOLDEN), radius(n.engagement), i < 10);
        g.setAttribute('tabindex', '0');
        g.setAttribute('role', 'button');
        g.setAttribute('aria-label', n.label + ' — ' + t('category.' + n.category) + ', ' + t('card.power') + ' ' +
          n.power + ', ' + t('card.stance') + ' ' + n.stance);
        svg.appendChild(g);
      });
    });
  }

  function axis(svg, text, x, y) {
    var e = app.svg('text', { class: 'axis', x: x, y: y, 'text-anchor': 'middle' });
    e.textContent = text;
    svg.appendChild(e);
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
            (bins[(bx + ox) + ':' + (by + oy)] || []).forEach(function (j) {
              if (j === i) { return; }
              var ddx = x[i] - x[j], ddy = y[i] - y[j], d2 = ddx * ddx + ddy * ddy + 0.01;
              dx[i] += ddx * k * k / d2;
              dy[i] += ddy * k * k / d2;
            });
          }
        }
      }
      links.forEach(function (e) {
        var a = index[e.from], b = index[e.to], ddx = x[a] - x[b], ddy = y[a] - y[b];
        var d = Math.sqrt(ddx * ddx + ddy * ddy) + 0.01, f = d / k * (e.strength / 5);
        dx[a] -= ddx * f; dy[a] -= ddy * f; dx[b] += ddx * f; dy[b] += ddy * f;
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
    var sx = (width - 80) / Math.max(1, maxX - minX), sy = (height - 40) / Math.max(1, maxY - minY);
    var at = {};
    Object.keys(index).forEach(function (id) {
      var j = index[id];
      at[id] = { x: 20 + (x[j] - minX) * sx, y: 20 + (y[j] - minY) * sy };
    });
    return at;
  }

  // Draws every node and edge once; filters then only hide and show them.
  function network(svg, nodes, edges) {
    var width = 1200, height = 800;
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    svg.textContent = '';
    var at = layout(nodes, edges, width, height, nodes.length > 500 ? 60 : 150);
    var lines = app.svg('g'), marks = app.svg('g');
    edges.forEach(function (e) {
      if (!at[e.from] || !at[e.to]) { return; }
      lines.appendChild(app.svg('line', { class: 'edge' + (e.active ? '' : ' ended'), 'data-from': e.from,
        'data-to': e.to, x1: at[e.from].x.toFixed(1), y1: at[e.from].y.toFixed(1), x2: at[e.to].x.toFixed(1),
        y2: at[e.to].y.toFixed(1), 'stroke-width': (0.4 + e.strength * 0.4).toFixed(1) }));
    });
    nodes.forEach(function (n) {
      marks.appendChild(mark(n, at[n.id].x, at[n.id].y, radius(n.engagement) * 0.8, n.power >= 4));
    });
    svg.appendChild(lines);
    svg.appendChild(marks);
  }

  // Shows only the given ids in the network, and the edges between two of them.
  function show(svg, visible) {
    svg.querySelectorAll('.mark').forEach(function (g) { g.style.display = visible[g.dataset.id] ? '' : 'none'; });
    svg.querySelectorAll('line.edge').forEach(function (l) {
      l.style.display = visible[l.dataset.from] && visible[l.dataset.to] ? '' : 'none';
    });
  }

  window.mapGraph = { grid: grid, network: network, show: show, layout: layout };
}());

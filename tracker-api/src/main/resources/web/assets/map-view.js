// Zoom, pan and labels for the map's two drawings, no library. The zoom is "semantic": positions spread out while
// marks and labels keep their size, so zooming into a crowded cell of 2,000 stakeholders separates the marks instead
// of enlarging the heap. Labels are placed after each move, most powerful first, beside their mark where they fit
// inside the drawing without covering another label or mark; the others wait for more zoom (the name stays in the
// mark's tooltip, its accessible name and the table view).
(function () {
  'use strict';
  var measure = document.createElement('canvas').getContext('2d');
  var FONT = '11px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

  function textWidth(text) {
    measure.font = FONT;
    return measure.measureText(text).width;
  }

  // Keeps a long name to about 28 characters: the full name is in the tooltip and the card.
  function shorten(name) {
    return name.length > 30 ? name.slice(0, 27).replace(/\s+\S*$/, '') + '…' : name;
  }

  // A drawing whose marks ({el, x, y, r, label, priority}) sit at base positions; view.k and view.x/y map them.
  function View(svg, width, height, layer) {
    this.svg = svg; this.width = width; this.height = height; this.layer = layer;
    this.k = 1; this.x = 0; this.y = 0; this.marks = []; this.frame = 0; this.fixed = [];
    // The drawing's viewBox and where the zoomed area starts in it (the grid keeps its axes outside).
    this.box = [width, height]; this.offset = [0, 0];
  }

  View.prototype.place = function () {
    var view = this;
    if (view.frame) { return; }
    view.frame = requestAnimationFrame(function () {
      view.frame = 0;
      if (view.layer) { view.layer.setAttribute('transform', 'translate(' + view.x + ' ' + view.y + ') scale(' + view.k + ')'); }
      view.marks.forEach(function (m) {
        m.el.setAttribute('transform', 'translate(' + (m.x * view.k + view.x).toFixed(1) + ' ' + (m.y * view.k + view.y).toFixed(1) + ')');
      });
      if (view.onplace) { view.onplace(); }
      view.labels();
    });
  };

  // Greedy placement on a hash of occupied boxes; candidate spots: right, left, above, below the mark.
  View.prototype.labels = function () {
    var view = this, cell = 40, used = {}, placed = 0;
    function key(i, j) { return i + ':' + j; }
    function each(b, f) {
      for (var i = Math.floor(b[0] / cell); i <= Math.floor(b[2] / cell); i++) {
        for (var j = Math.floor(b[1] / cell); j <= Math.floor(b[3] / cell); j++) { if (f(key(i, j)) === false) { return false; } }
      }
      return true;
    }
    function free(b) {
      return each(b, function (k) {
        return !(used[k] || []).some(function (o) { return b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]; });
      });
    }
    function take(b) { each(b, function (k) { (used[k] = used[k] || []).push(b); }); }
    var shown = view.marks.filter(function (m) { return m.el.style.display !== 'none'; });
    shown.forEach(function (m) {
      var x = m.x * view.k + view.x, y = m.y * view.k + view.y;
      m.sx = x; m.sy = y;
      if (x > -m.r && x < view.width + m.r && y > -m.r && y < view.height + m.r) { take([x - m.r, y - m.r, x + m.r, y + m.r]); }
    });
    view.fixed.forEach(take);
    shown.slice().sort(function (a, b) { return b.priority - a.priority; }).forEach(function (m) {
      var text = m.el.querySelector('text');
      if (!text) { return; }
      var w = m.w || (m.w = textWidth(text.textContent)), h = 13, x = m.sx, y = m.sy, r = m.r;
      var spots = [[r + 3, -h / 2, 'start'], [-r - 3 - w, -h / 2, 'end'], [-w / 2, -r - h - 1, 'middle'], [-w / 2, r + 1, 'middle']];
      var spot = null;
      if (placed < 400 && x > 0 && x < view.width && y > 0 && y < view.height) {
        spot = spots.filter(function (s) {
          var b = [x + s[0], y + s[1], x + s[0] + w, y + s[1] + h];
          return b[0] >= 2 && b[2] <= view.width - 2 && b[1] >= 2 && b[3] <= view.height - 2 && free(b);
        })[0];
      }
      if (!spot) { text.style.display = 'none'; return; }
      take([x + spot[0], y + spot[1], x + spot[0] + w, y + spot[1] + h]);
      placed++;
      text.style.display = '';
      var tx = spot[2] === 'start' ? r + 3 : spot[2] === 'end' ? -r - 3 : 0;
      text.setAttribute('x', tx.toFixed(1));
      text.setAttribute('y', (spot[1] + h - 3).toFixed(1));
      text.setAttribute('text-anchor', spot[2]);
    });
  };

  // Zooms by factor f around the drawing point (px, py), between 1× and 40×, keeping the drawing in view.
  View.prototype.zoom = function (f, px, py) {
    var k = Math.min(40, Math.max(1, this.k * f));
    if (px === undefined) { px = this.width / 2; py = this.height / 2; }
    this.x = px - (px - this.x) * k / this.k;
    this.y = py - (py - this.y) * k / this.k;
    this.k = k;
    this.clamp();
    this.place();
  };

  View.prototype.pan = function (dx, dy) { this.x += dx; this.y += dy; this.clamp(); this.place(); };

  View.prototype.reset = function () { this.k = 1; this.x = 0; this.y = 0; this.place(); };

  View.prototype.clamp = function () {
    this.x = Math.min(0, Math.max(this.width * (1 - this.k), this.x));
    this.y = Math.min(0, Math.max(this.height * (1 - this.k), this.y));
    this.svg.classList.toggle('zoomed', this.k > 1);
  };

  // Ctrl or ⌘ + wheel and pinch zoom (plain wheel scrolls the page), dragging pans, and the buttons and the + − 0
  // keys do the same from the keyboard.
  View.prototype.wire = function (controls) {
    var view = this, svg = this.svg, pointers = {}, last = null;
    function point(e) {
      var box = svg.getBoundingClientRect();
      return [(e.clientX - box.left) * view.box[0] / box.width - view.offset[0],
        (e.clientY - box.top) * view.box[1] / box.height - view.offset[1]];
    }
    svg.addEventListener('wheel', function (e) {
      if (!e.ctrlKey && !e.metaKey) { return; }
      e.preventDefault();
      var p = point(e);
      view.zoom(Math.exp(-e.deltaY / 300), p[0], p[1]);
    }, { passive: false });
    svg.addEventListener('pointerdown', function (e) {
      pointers[e.pointerId] = point(e);
      last = null;
    });
    svg.addEventListener('pointermove', function (e) {
      if (!pointers[e.pointerId]) { return; }
      var p = point(e), ids = Object.keys(pointers);
      if (ids.length === 2) {
        var other = pointers[ids[0] == e.pointerId ? ids[1] : ids[0]];
        var d = Math.hypot(p[0] - other[0], p[1] - other[1]);
        if (last) { view.zoom(d / last, (p[0] + other[0]) / 2, (p[1] + other[1]) / 2); }
        last = d;
      } else if (view.k > 1) {
        var q = pointers[e.pointerId];
        if (Math.abs(p[0] - q[0]) + Math.abs(p[1] - q[1]) > 2) { view.dragged = true; }
        view.pan(p[0] - q[0], p[1] - q[1]);
      }
      pointers[e.pointerId] = p;
    });
    ['pointerup', 'pointercancel', 'pointerleave'].forEach(function (type) {
      svg.addEventListener(type, function (e) { delete pointers[e.pointerId]; last = null; });
    });
    // A drag that moved the drawing is not also a click on the mark it ended on.
    svg.addEventListener('click', function (e) {
      if (view.dragged) { e.stopImmediatePropagation(); view.dragged = false; }
    }, true);
    svg.addEventListener('keydown', function (e) {
      if (e.key === '+' || e.key === '=') { view.zoom(1.5); } else if (e.key === '-') { view.zoom(1 / 1.5); }
      else if (e.key === '0') { view.reset(); }
    });
    controls.querySelector('[data-zoom=in]').addEventListener('click', function () { view.zoom(1.5); });
    controls.querySelector('[data-zoom=out]').addEventListener('click', function () { view.zoom(1 / 1.5); });
    controls.querySelector('[data-zoom=reset]').addEventListener('click', function () { view.reset(); });
  };

  window.mapView = { View: View, shorten: shorten };
}());

// A forgiving name field for the phone form: suggestions while typing, accents and case ignored, partial words
// (every word typed must start a word of the name, or appear in it), chosen names kept as removable chips. An ARIA
// combobox: arrows move in the suggestions, Enter picks, Escape closes.
(function () {
  'use strict';

  function fold(s) { return (s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); }

  // choices: [{id, text, hint}]; returns {values(), set(ids), clear(), onChange}.
  function picker(root, choices, removeLabel) {
    var input = root.querySelector('input'), list = root.querySelector('[role=listbox]');
    var chips = root.querySelector('.chips'), chosen = [], active = -1, shown = [];
    var folded = choices.map(function (c) { return fold(c.text + ' ' + (c.hint || '')); });
    var api = { onChange: function () {} };

    function matches(q) {
      var words = fold(q).split(/\s+/).filter(Boolean);
      if (!words.length) { return []; }
      var out = [];
      for (var i = 0; i < choices.length && out.length < 8; i++) {
        var text = folded[i];
        if (chosen.indexOf(choices[i].id) < 0 && words.every(function (w) { return text.indexOf(w) >= 0; })) { out.push(choices[i]); }
      }
      return out;
    }

    function close() { list.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); active = -1; }

    function open() {
      shown = matches(input.value);
      list.replaceChildren.apply(list, shown.map(function (c, i) {
        var li = app.el('li', { role: 'option', id: list.id + '-' + i, 'aria-selected': 'false' },
          [c.text, c.hint ? app.el('span', { class: 'hint', text: c.hint }) : null]);
        li.addEventListener('mousedown', function (e) { e.preventDefault(); pick(c); });
        return li;
      }));
      list.hidden = !shown.length;
      input.setAttribute('aria-expanded', String(shown.length > 0));
      active = -1;
    }

    function move(to) {
      if (!shown.length) { return; }
      active = (to + shown.length) % shown.length;
      list.querySelectorAll('[role=option]').forEach(function (li, i) { li.setAttribute('aria-selected', String(i === active)); });
      input.setAttribute('aria-activedescendant', list.id + '-' + active);
    }

    function pick(c) {
      chosen.push(c.id);
      input.value = '';
      close();
      draw();
      input.focus();
    }

    function draw() {
      chips.replaceChildren.apply(chips, chosen.map(function (id) {
        var c = choices.filter(function (x) { return x.id === id; })[0];
        var b = app.el('button', { type: 'button', class: 'chip', 'aria-label': app.format(removeLabel, c ? c.text : id) },
          [(c ? c.text : String(id)) + ' ', app.el('span', { 'aria-hidden': 'true', text: '×' })]);
        b.addEventListener('click', function () { chosen.splice(chosen.indexOf(id), 1); draw(); input.focus(); });
        return app.el('li', {}, [b]);
      }));
      api.onChange(chosen.slice());
    }

    input.addEventListener('input', open);
    input.addEventListener('blur', close);
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') { e.preventDefault(); if (list.hidden) { open(); } move(active + 1); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); move(active - 1); }
      else if (e.key === 'Enter') {
        if (!list.hidden && shown.length) { e.preventDefault(); pick(shown[Math.max(active, 0)]); }
      } else if (e.key === 'Escape') { close(); }
    });
    api.values = function () { return chosen.slice(); };
    api.set = function (ids) { chosen = (ids || []).slice(); draw(); };
    api.clear = function () { chosen = []; input.value = ''; close(); draw(); };
    api.pending = function () { return input.value.trim(); };
    return api;
  }

  window.logPicker = { picker: picker, fold: fold };
}());

// The phone form's outbox. Every entry is kept on the device (localStorage) until the server has it: a meeting, then
// the positions, commitments and follow-ups of its debrief, each sent once. Each request carries an Idempotency-Key
// (the entry's UUID, plus the item's place): for 24 hours the server answers a resend with the first answer and
// writes nothing again. An entry can wait longer than that on a phone without network, so a step is also marked
// "attempted" on the device before its request leaves, and a step found attempted (the answer was lost: timeout,
// network cut, server error) is first looked for on the server — same day, title and summary for the meeting; same
// meeting and content for the rest — and sent again only if it is not there.
(function () {
  'use strict';
  var KEY = 'campaign-tracker-outbox-' + app.slug;
  var TIMEOUT = 15000;
  var sending = null, listeners = [];

  function load() { try { return JSON.parse(localStorage.getItem(KEY)) || []; } catch (e) { return []; } }
  function store(entries) { localStorage.setItem(KEY, JSON.stringify(entries)); listeners.forEach(function (f) { f(entries); }); }

  function uuid() {
    if (crypto.randomUUID) { return crypto.randomUUID(); }
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  // A request that gives up after TIMEOUT: its outcome is then unknown, like a network error.
  function call(path, options) {
    var abort = new AbortController(), timer = setTimeout(function () { abort.abort(); }, TIMEOUT);
    options.signal = abort.signal;
    return app.api(path, options).finally(function () { clearTimeout(timer); });
  }

  function post(path, body, key) {
    return call(path, { method: 'POST', body: body, headers: { 'Idempotency-Key': key } });
  }

  function list(path) { return call(path, {}).then(function (page) { return page.items || page; }); }

  // One step of an entry: done already, found on the server after a lost answer, or sent now.
  function step(entries, entry, name, send, find) {
    var state = entry.steps[name];
    if (state && state.id) { return Promise.resolve(state.id); }
    return (state && state.attempted ? find() : Promise.resolve(null)).then(function (found) {
      if (found) { entry.steps[name] = { id: found }; store(entries); return found; }
      entry.steps[name] = { attempted: true };
      store(entries);
      return send().then(function (created) {
        entry.steps[name] = { id: created.id };
        // Another organisation meeting the same people within the campaign's window: kept to warn on the outbox.
        if (created.doubleAsks && created.doubleAsks.length) { entry.doubleAsks = created.doubleAsks; }
        store(entries);
        return created.id;
      }, function (error) {
        // Refused outright (bad input, no right): nothing was written, the step may be sent again after a fix.
        if (error.status >= 400 && error.status < 500) { delete entry.steps[name]; store(entries); }
        throw error;
      });
    });
  }

  function sendEntry(entries, entry) {
    var m = entry.meeting, d = entry.debrief, key = entry.key;
    return step(entries, entry, 'meeting', function () { return post('interactions', m, key); }, function () {
      var q = 'interactions?limit=100&from=' + m.occurredOn + '&to=' + m.occurredOn + '&kind=' + m.kind
        + (m.participantIds.length ? '&stakeholder=' + m.participantIds[0] : '');
      return list(q).then(function (items) {
        var same = items.filter(function (i) { return i.title === m.title && (i.summary || '') === (m.summary || ''); })[0];
        return same ? same.id : null;
      });
    }).then(function (meetingId) {
      var steps = [];
      d.positions.forEach(function (p, i) {
        var body = Object.assign({ statedOn: m.occurredOn, evidenceInteractionId: meetingId }, p);
        steps.push(['position' + i, 'positions', body, function () {
          return list('positions?history=true&stakeholder=' + p.stakeholderId + '&demand=' + p.demandId).then(function (items) {
            var same = items.filter(function (x) { return x.evidenceInteractionId === meetingId && x.level === p.level; })[0];
            return same ? same.id : null;
          });
        }]);
      });
      d.commitments.forEach(function (c, i) {
        var body = Object.assign({ interactionId: meetingId, madeOn: m.occurredOn }, c);
        steps.push(['commitment' + i, 'commitments', body, function () {
          return list('commitments?limit=100&stakeholder=' + c.stakeholderId).then(function (items) {
            var same = items.filter(function (x) { return x.interactionId === meetingId && x.description === c.description; })[0];
            return same ? same.id : null;
          });
        }]);
      });
      d.followUps.forEach(function (f, i) {
        var body = Object.assign({ interactionId: meetingId }, f);
        steps.push(['followUp' + i, 'follow-ups', body, function () {
          return list('follow-ups?limit=100&open=true').then(function (items) {
            var same = items.filter(function (x) { return x.interactionId === meetingId && x.title === f.title; })[0];
            return same ? same.id : null;
          });
        }]);
      });
      return steps.reduce(function (chain, s) {
        return chain.then(function () {
          return step(entries, entry, s[0], function () { return post(s[1], s[2], key + ':' + s[0]); }, s[3]);
        });
      }, Promise.resolve()).then(function () { return meetingId; });
    });
  }

  // Sends every waiting entry in order; stops at the first network failure (the rest would fail the same way).
  function flush() {
    if (sending) { return sending; }
    var entries = load();
    sending = entries.filter(function (e) { return !e.problem && !e.sentAt; }).reduce(function (chain, entry) {
      return chain.then(function () {
        entry.sending = true;
        store(entries);
        return sendEntry(entries, entry).then(function (meetingId) {
          entry.sentAt = new Date().toISOString();
          entry.meetingId = meetingId;
          delete entry.sending;
          store(entries);
        }, function (error) {
          delete entry.sending;
          if (error.status >= 400 && error.status < 500) {
            entry.problem = error.problem || { detail: error.message };
            entry.problem.status = error.status;
            store(entries);
            return;
          }
          entry.lastError = error.status ? 'HTTP ' + error.status : 'network';
          store(entries);
          throw error;
        });
      });
    }, Promise.resolve()).catch(function () { /* the entry stays waiting; the next trigger retries */ })
      .finally(function () { sending = null; });
    return sending;
  }

  window.logQueue = {
    add: function (meeting, debrief) {
      var entries = load();
      var entry = { key: uuid(), createdAt: new Date().toISOString(), meeting: meeting, debrief: debrief, steps: {} };
      entries.push(entry);
      store(entries);
      return entry;
    },
    // Entries sent long ago are dropped: the list shows what is waiting and the last few sent.
    entries: function () { return load(); },
    remove: function (key) { store(load().filter(function (e) { return e.key !== key; })); },
    prune: function () {
      var entries = load(), sent = entries.filter(function (e) { return e.sentAt; });
      store(entries.filter(function (e) { return !e.sentAt || sent.indexOf(e) >= sent.length - 5; }));
    },
    flush: flush,
    onChange: function (f) { listeners.push(f); }
  };
  window.addEventListener('online', flush);
  document.addEventListener('visibilitychange', function () { if (!document.hidden) { flush(); } });
  setInterval(function () {
    if (navigator.onLine && load().some(function (e) { return !e.sentAt && !e.problem; })) { flush(); }
  }, 20000);
}());

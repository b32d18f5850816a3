// The big screen: keyboard control (arrows, space, h, f) and live results, updated in place
// (numbers and bar widths change, new rows are added, none of the area is wiped). When the
// presenter moves, the new question part is fetched. Without this script a reload shows the
// latest results.
(function () {
  'use strict';
  var id = document.body.getAttribute('data-presentation');
  if (!id || !window.fetch) { return; }
  var base = '/presentations/' + id;

  function post(action) {
    var headers = { 'X-Live': '1' };
    var header = document.querySelector('meta[name="_csrf_header"]');
    var token = document.querySelector('meta[name="_csrf"]');
    if (header && token) { headers[header.content] = token.content; }
    return fetch(base + '/' + action, { method: 'POST', headers: headers, credentials: 'same-origin' });
  }

  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    var tag = event.target && event.target.tagName;
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') { return; }
    var key = event.key;
    if (key === 'ArrowRight' || key === 'PageDown' || (key === ' ' && tag !== 'BUTTON' && tag !== 'A')) {
      event.preventDefault();
      post('next');
    } else if (key === 'ArrowLeft' || key === 'PageUp') {
      event.preventDefault();
      post('previous');
    } else if (key === 'h' || key === 'H') {
      post('hidden');
    } else if (key === 'f' || key === 'F') {
      if (document.fullscreenElement) { document.exitFullscreen(); }
      else if (document.documentElement.requestFullscreen) { document.documentElement.requestFullscreen(); }
    }
  });

  var loading = false;
  function reloadStage() {
    if (loading) { return; }
    loading = true;
    fetch(base + '/screen/part', { credentials: 'same-origin' }).then(function (r) { return r.text(); }).then(function (html) {
      var holder = document.createElement('div');
      holder.innerHTML = html;
      var fresh = holder.querySelector('#stage');
      var stage = document.getElementById('stage');
      if (fresh && stage) { stage.replaceWith(fresh); }
    }).finally(function () { loading = false; });
  }

  function row(kind, data) {
    var li = document.createElement('li');
    li.setAttribute('data-key', data.key);
    var label = document.createElement('span');
    label.className = 'row-label';
    label.textContent = data.label;
    var count = document.createElement('span');
    count.className = 'row-count';
    if (kind === 'WORD_CLOUD') {
      li.appendChild(label); li.appendChild(document.createTextNode(' ')); li.appendChild(count);
    } else if (kind === 'OPEN_TEXT') {
      li.appendChild(label);
    } else if (kind === 'QA') {
      li.className = 'qa-item';
      count.className = 'row-count qa-votes';
      li.appendChild(count); li.appendChild(document.createTextNode(' ')); li.appendChild(label);
    } else {
      li.className = 'bar-row';
      var svg = 'http://www.w3.org/2000/svg';
      var track = document.createElementNS(svg, 'svg');
      track.setAttribute('class', 'bar-track');
      track.setAttribute('viewBox', '0 0 100 10');
      track.setAttribute('preserveAspectRatio', 'none');
      track.setAttribute('aria-hidden', 'true');
      track.setAttribute('focusable', 'false');
      var fill = document.createElementNS(svg, 'rect');
      fill.setAttribute('class', 'bar-fill');
      fill.setAttribute('height', '10');
      fill.setAttribute('width', '0');
      track.appendChild(fill);
      li.appendChild(label); li.appendChild(track); li.appendChild(count);
    }
    return li;
  }

  function update(data) {
    var stage = document.getElementById('stage');
    if (!stage) { return; }
    if (String(data.questionId) !== stage.getAttribute('data-question-id')
        || String(data.version) !== stage.getAttribute('data-version')) {
      reloadStage();
      return;
    }
    var results = stage.querySelector('.results');
    if (!results || data.hidden) { return; }
    var count = results.querySelector('.result-count');
    if (count) { count.textContent = data.answersLabel; }
    var mean = results.querySelector('.result-mean');
    if (mean && data.mean) { mean.textContent = data.mean; }
    var list = results.querySelector('.result-rows');
    if (!list) { return; }
    var seen = {};
    (data.rows || []).forEach(function (r, index) {
      seen[r.key] = true;
      var li = list.querySelector('[data-key="' + CSS.escape(String(r.key)) + '"]');
      if (!li) { li = row(data.kind, r); }
      var label = li.querySelector('.row-label');
      if (label && label.textContent !== r.label) { label.textContent = r.label; }
      var c = li.querySelector('.row-count');
      if (c) { c.textContent = data.kind === 'WORD_CLOUD' ? '(' + r.count + ')' : String(r.count); }
      if (data.kind === 'WORD_CLOUD') { li.className = 'cloud-word cloud-' + Math.min(5, Math.max(1, r.count)); }
      var fill = li.querySelector('.bar-fill');
      // a style (set from script, which the content security policy allows) animates by the CSS transition;
      // in the bar's viewBox 100 user units are the whole width
      if (fill) { fill.style.width = r.percent + 'px'; }
      // keep the server's order; appending an element that is already there moves it
      if (list.children[index] !== li) { list.insertBefore(li, list.children[index] || null); }
    });
    Array.prototype.slice.call(list.children).forEach(function (li) {
      if (!seen[li.getAttribute('data-key')]) { li.remove(); }
    });
  }

  if (window.EventSource) {
    var source = new EventSource(base + '/screen/events');
    source.addEventListener('results', function (event) { update(JSON.parse(event.data)); });
  }
})();

// The participant's phone follows the presenter: one SSE stream (/p/{code}/events) brings the
// question shown now; answers are sent without reloading. Without this script the page works by
// form post and reload.
(function () {
  'use strict';
  var area = document.getElementById('question-area');
  if (!area || !window.EventSource || !window.fetch) {
    return;
  }
  var code = area.getAttribute('data-code');
  var version = Number(area.getAttribute('data-version'));
  var answeredKey = 'rr-answered-' + code;

  function answered() {
    try { return JSON.parse(sessionStorage.getItem(answeredKey) || '[]'); } catch (e) { return []; }
  }
  function remember(questionId) {
    var list = answered();
    if (list.indexOf(questionId) < 0) { list.push(questionId); }
    try { sessionStorage.setItem(answeredKey, JSON.stringify(list)); } catch (e) { /* private mode */ }
  }
  function csrf(form) {
    var token = document.querySelector('meta[name="_csrf"]');
    if (!token) { return; }
    form.querySelectorAll('input[name="_csrf"]').forEach(function (input) { input.value = token.content; });
  }
  // The broadcast question part is the same for everyone: show "thanks" if this phone answered it.
  function settle(node) {
    node.querySelectorAll('form').forEach(csrf);
    var id = node.getAttribute('data-question-id');
    var form = node.querySelector('form.live-form[action$="/answer"]');
    if (form && answered().indexOf(id) >= 0) {
      var p = document.createElement('p');
      p.className = 'flash flash-success answer-thanks';
      p.id = 'answer-thanks';
      p.setAttribute('role', 'status');
      p.textContent = node.getAttribute('data-thanks');
      form.replaceWith(p);
    }
  }
  function replace(html, focusHeading) {
    var holder = document.createElement('div');
    holder.innerHTML = html;
    var fresh = holder.querySelector('#question-area');
    if (!fresh) { return; }
    var current = document.getElementById('question-area');
    settle(fresh);
    current.replaceWith(fresh);
    version = Math.max(version, Number(fresh.getAttribute('data-version')));
    if (focusHeading) {
      var h = fresh.querySelector('h1');
      if (h) { h.focus(); }
    }
  }

  settle(area);
  var source = new EventSource('/p/' + code + '/events');
  source.addEventListener('question', function (event) {
    var data = JSON.parse(event.data);
    if (data.version <= version) { return; }
    var current = document.getElementById('question-area');
    var sameQuestion = String(data.questionId) === current.getAttribute('data-question-id')
      && String(data.locked) === current.getAttribute('data-locked');
    if (sameQuestion && data.kind === 'QA') {
      // only the list changed: keep what the participant is typing
      var holder = document.createElement('div');
      holder.innerHTML = data.html;
      var list = holder.querySelector('.qa-list, .empty');
      var old = current.querySelector('.qa-list, .empty');
      if (list && old) { list.querySelectorAll('form').forEach(csrf); old.replaceWith(list); }
      version = data.version;
      current.setAttribute('data-version', String(version));
      return;
    }
    replace(data.html, !sameQuestion);
    version = data.version;
  });

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.classList || !form.classList.contains('live-form')) { return; }
    event.preventDefault();
    csrf(form);
    var header = document.querySelector('meta[name="_csrf_header"]');
    var token = document.querySelector('meta[name="_csrf"]');
    var headers = { 'X-Live': '1', 'Content-Type': 'application/x-www-form-urlencoded' };
    if (header && token) { headers[header.content] = token.content; }
    var questionId = document.getElementById('question-area').getAttribute('data-question-id');
    var isAnswer = /\/answer$/.test(form.getAttribute('action'));
    fetch(form.getAttribute('action'), {
      method: 'POST', headers: headers, credentials: 'same-origin',
      body: new URLSearchParams(new FormData(form))
    }).then(function (response) {
      return response.text().then(function (html) {
        if (isAnswer && (response.ok)) { remember(questionId); }
        replace(html, false);
        var message = document.querySelector('#answer-part .flash');
        if (message) { message.setAttribute('tabindex', '-1'); message.focus(); }
      });
    }).catch(function () { form.submit(); });
  });
})();

// Small progressive enhancements; every page works without them.
(function () {
  'use strict';
  // Loaded in the head without defer: the class lets the CSS close the phone menu before the
  // header is drawn; without scripts the menu stays open.
  document.documentElement.classList.add('js');

  // The main navigation. Narrow screens: the menu button opens and closes it. Every width: one
  // group open at a time, Escape closes the open group (or the menu) and puts focus back on the
  // control that opened it, a click elsewhere closes the open group.
  function setUpNavigation() {
    var toggle = document.querySelector('.nav-toggle');
    var nav = document.querySelector('.main-nav');
    if (!nav) {
      return;
    }
    var menus = Array.prototype.slice.call(nav.querySelectorAll('details.nav-menu'));
    function setMenuOpen(open) {
      if (toggle) {
        toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
      }
      nav.classList.toggle('is-open', open);
    }
    if (toggle) {
      toggle.hidden = false;
      toggle.addEventListener('click', function () {
        setMenuOpen(toggle.getAttribute('aria-expanded') !== 'true');
      });
    }
    menus.forEach(function (menu) {
      menu.addEventListener('toggle', function () {
        if (menu.open) {
          menus.forEach(function (other) {
            if (other !== menu) {
              other.open = false;
            }
          });
        }
      });
    });
    document.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape') {
        return;
      }
      var open = menus.filter(function (menu) { return menu.open; })[0];
      if (open) {
        open.open = false;
        open.querySelector('summary').focus();
      } else if (toggle && nav.classList.contains('is-open') && getComputedStyle(toggle).display !== 'none') {
        setMenuOpen(false);
        toggle.focus();
      }
    });
    document.addEventListener('click', function (event) {
      menus.forEach(function (menu) {
        if (menu.open && !menu.contains(event.target)) {
          menu.open = false;
        }
      });
    });
  }

  // Ask before submitting forms marked data-confirm (deletions, erasures).
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });
  // Send the CSRF token with htmx requests that change something.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // Put focus on the error summary so screen readers announce the errors first, and give
  // every map's zoom buttons names in the page's language (before the maps are drawn: this
  // listener is registered before those of the map scripts).
  // Wide tables (fragments/list.html, "tables that scroll"): a table that is wider than its
  // container gets the cues that it scrolls (the hint above it, a sticky first column) and is a
  // named tab stop. Checked again when the container or the table changes size (the window, rows
  // swapped in by htmx, a hidden part shown).
  function labelOf(wrap) {
    var caption = wrap.querySelector('caption');
    if (caption && caption.textContent.trim()) {
      return caption.textContent.trim();
    }
    for (var e = wrap.previousElementSibling; e; e = e.previousElementSibling) {
      if (/^H[1-6]$/.test(e.tagName)) {
        return e.textContent.trim();
      }
    }
    var h1 = document.querySelector('main h1');
    return h1 ? h1.textContent.trim() : '';
  }
  function updateTableScroll(wrap) {
    var scrollable = wrap.scrollWidth > wrap.clientWidth + 1;
    var named = wrap.hasAttribute('aria-label') || wrap.hasAttribute('aria-labelledby');
    if (!named) {
      var pattern = document.body.getAttribute('data-table-label') || '{0}';
      wrap.setAttribute('aria-label', pattern.replace('{0}', labelOf(wrap)));
    }
    wrap.classList.toggle('is-scrollable', scrollable);
    if (scrollable) {
      // keyboard users scroll it with the arrow keys once it has focus
      wrap.setAttribute('tabindex', '0');
    }
    var hint = wrap.previousElementSibling;
    if (!hint || !hint.classList.contains('table-scroll-hint')) {
      hint = document.createElement('p');
      hint.className = 'table-scroll-hint';
      hint.setAttribute('aria-hidden', 'true');
      hint.textContent = document.body.getAttribute('data-table-hint') || '';
      wrap.parentNode.insertBefore(hint, wrap);
    }
    hint.classList.toggle('is-shown', scrollable);
  }
  function updateTableScrolls() {
    Array.prototype.forEach.call(document.querySelectorAll('.table-wrap'), updateTableScroll);
  }
  var resizeTimer = null;
  function updateTableScrollsSoon() {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(updateTableScrolls, 100);
  }
  window.addEventListener('resize', updateTableScrollsSoon);
  document.addEventListener('htmx:afterSettle', updateTableScrollsSoon);
  function watchTableScrolls() {
    if (!window.ResizeObserver) {
      return;
    }
    var observer = new ResizeObserver(updateTableScrollsSoon);
    Array.prototype.forEach.call(document.querySelectorAll('.table-wrap, .table-wrap > table'), function (e) {
      observer.observe(e);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    setUpNavigation();
    updateTableScrolls();
    watchTableScrolls();
    if (window.L && L.Control && L.Control.Zoom) {
      L.Control.Zoom.prototype.options.zoomInTitle = document.body.getAttribute('data-zoom-in') || 'Zoom in';
      L.Control.Zoom.prototype.options.zoomOutTitle = document.body.getAttribute('data-zoom-out') || 'Zoom out';
    }
    var summary = document.querySelector('.error-summary');
    if (summary) {
      summary.focus();
    }
  });
})();

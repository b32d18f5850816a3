// The commuting flow map (/indicators/flows): municipal boundaries as a background (no base map),
// the flows of the selection as arcs whose width follows the number of commuters, drawn on one
// canvas of our own (tens of thousands of arcs, without an SVG element or Leaflet layer each), and, for the net and gross
// views, a proportional circle per area. The page's tables are the text alternative; the form
// above the map chooses what is shown (it works without this script).
//
// When everything is drawn, the map element gets data-render-state="done", data-render-ms (time
// from this script's start) and data-flow-count, and fires the event "flows:rendered": the
// benchmark and the browser test wait for that. No inline scripts or styles (strict CSP).
(function () {
  'use strict';

  var started = window.performance ? performance.now() : Date.now();
  var INSIDE = 'rgba(8, 81, 156, 0.6)';
  var CROSSING = 'rgba(166, 54, 3, 0.75)';
  var BOUNDARY = { color: '#7a7a7a', weight: 1, fillColor: '#f4f3ee', fillOpacity: 1, interactive: false };

  function numbers(text) {
    return (text || '').split(',').map(parseFloat).filter(function (n) { return !isNaN(n); });
  }

  function plainText(text) {
    var span = document.createElement('span');
    span.textContent = text;
    return span;
  }

  // The width class of a count: 0 below the first break, and so on.
  function classOf(persons, breaks) {
    for (var i = 0; i < breaks.length; i++) {
      if (persons < breaks[i]) {
        return i;
      }
    }
    return breaks.length;
  }

  // One canvas over the map for every arc, redrawn after each move or zoom.
  var FlowLayer = L.Layer.extend({
    initialize: function (flows, points, breaks, widths) {
      this._points = points;
      this._widths = widths;
      // group by width class and by whether the flow crosses the county border: one stroke per group
      var groups = [];
      flows.forEach(function (f) {
        if (!points[f.home] || !points[f.work]) {
          return;
        }
        var key = classOf(f.persons, breaks) * 2 + (f.crossesCountyBorder ? 1 : 0);
        (groups[key] = groups[key] || []).push(f);
      });
      this._groups = groups;
    },

    onAdd: function (map) {
      this._map = map;
      this._canvas = L.DomUtil.create('canvas', 'flow-canvas leaflet-zoom-hide');
      map.getPanes().overlayPane.appendChild(this._canvas);
      map.on('moveend resize', this._redraw, this);
      this._redraw();
    },

    onRemove: function (map) {
      map.off('moveend resize', this._redraw, this);
      L.DomUtil.remove(this._canvas);
    },

    _redraw: function () {
      var map = this._map;
      var size = map.getSize();
      var ratio = window.devicePixelRatio || 1;
      var canvas = this._canvas;
      L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
      canvas.width = Math.round(size.x * ratio);
      canvas.height = Math.round(size.y * ratio);
      canvas.style.width = size.x + 'px';
      canvas.style.height = size.y + 'px';
      var ctx = canvas.getContext('2d');
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, size.x, size.y);
      ctx.lineCap = 'round';
      var projected = {};
      var points = this._points;
      Object.keys(points).forEach(function (code) {
        projected[code] = map.latLngToContainerPoint(points[code]);
      });
      // Each arc is stroked on its own: one path of thousands of overlapping curves costs far more to
      // rasterise than the same curves one by one. Arcs wholly outside the view are skipped.
      var pad = 20;
      for (var key = 0; key < this._groups.length; key++) {
        var group = this._groups[key];
        if (!group) {
          continue;
        }
        var crossing = key % 2 === 1;
        ctx.lineWidth = this._widths[Math.min(Math.floor(key / 2), this._widths.length - 1)];
        ctx.strokeStyle = crossing ? CROSSING : INSIDE;
        ctx.setLineDash(crossing ? [6, 4] : []);
        for (var i = 0; i < group.length; i++) {
          var a = projected[group[i].home];
          var b = projected[group[i].work];
          var dx = b.x - a.x;
          var dy = b.y - a.y;
          // the control point lies to the right of the direction of travel, so A→B and B→A part
          var cx = (a.x + b.x) / 2 - dy * 0.15;
          var cy = (a.y + b.y) / 2 + dx * 0.15;
          if ((a.x < -pad && b.x < -pad && cx < -pad) || (a.y < -pad && b.y < -pad && cy < -pad)
              || (a.x > size.x + pad && b.x > size.x + pad && cx > size.x + pad)
              || (a.y > size.y + pad && b.y > size.y + pad && cy > size.y + pad)) {
            continue;
          }
          ctx.beginPath();
          ctx.moveTo(a.x, a.y);
          ctx.quadraticCurveTo(cx, cy, b.x, b.y);
          ctx.stroke();
        }
      }
    }
  });

  function init(element) {
    var format = new Intl.NumberFormat(element.getAttribute('data-locale') === 'en' ? 'en-GB' : 'sv-SE');
    var view = element.getAttribute('data-view') || 'all';
    var chosen = element.getAttribute('data-area') || '';
    var label = function (name) { return element.getAttribute('data-label-' + name) || name; };
    var map = L.map(element, { scrollWheelZoom: false, zoomSnap: 0.25, preferCanvas: true });
    map.createPane('flowPoints').style.zIndex = 450;
    var pointRenderer = L.canvas({ pane: 'flowPoints' });

    var flows = fetch(element.getAttribute('data-api'), { headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      });
    var boundaries = fetch(element.getAttribute('data-boundaries'), { headers: { 'Accept': 'application/geo+json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .catch(function () { return null; });

    Promise.all([flows, boundaries]).then(function (results) {
      var data = results[0];
      var points = {};
      var places = {};
      data.areas.forEach(function (p) {
        points[p.code] = L.latLng(p.latitude, p.longitude);
        places[p.code] = p;
      });
      fit(map, data, points, chosen);
      if (results[1]) {
        L.geoJSON(results[1], {
          style: function () { return BOUNDARY; },
          filter: function (feature) { return feature.geometry && feature.geometry.type !== 'Point'; }
        }).addTo(map);
      }
      if (view === 'net' || view === 'gross') {
        addCircles(map, data, points, places, view, pointRenderer, format, label);
      } else {
        new FlowLayer(data.flows, points, numbers(element.getAttribute('data-breaks')),
          numbers(element.getAttribute('data-widths'))).addTo(map);
        addPoints(map, data, points, places, chosen, pointRenderer, format, label);
      }
      window.requestAnimationFrame(function () {
        var now = window.performance ? performance.now() : Date.now();
        element.setAttribute('data-flow-count', String(data.flows.length));
        element.setAttribute('data-render-ms', String(Math.round(now - started)));
        element.setAttribute('data-render-state', 'done');
        element.dispatchEvent(new CustomEvent('flows:rendered', { bubbles: true }));
      });
    }).catch(function () {
      map.setView([62, 15], 4);
      element.setAttribute('data-render-state', 'error');
    });
  }

  // The home county's areas (or the chosen area's flows) in view; else every area with flows.
  function fit(map, data, points, chosen) {
    var codes = [];
    if (chosen && points[chosen]) {
      codes.push(chosen);
      data.flows.forEach(function (f) { codes.push(f.home, f.work); });
    } else {
      // the home county, and the outside ends of the flows that cross its border
      data.areas.forEach(function (p) { if (p.inside) { codes.push(p.code); } });
      data.flows.forEach(function (f) { if (f.crossesCountyBorder) { codes.push(f.home, f.work); } });
    }
    if (codes.length < 2) {
      codes = Object.keys(points);
    }
    var bounds = L.latLngBounds(codes.filter(function (c) { return points[c]; }).map(function (c) { return points[c]; }));
    if (bounds.isValid()) {
      map.fitBounds(bounds, { padding: [24, 24], animate: false });
    } else {
      map.setView([62, 15], 4);
    }
  }

  function totalsOf(data) {
    var totals = {};
    data.totals.forEach(function (t) { totals[t.code] = t; });
    return totals;
  }

  function describe(place, total, format, label) {
    if (!total) {
      return place.name;
    }
    return place.name + ': ' + label('in') + ' ' + format.format(total.in) + ', ' + label('out') + ' '
      + format.format(total.out) + ', ' + label('net') + ' ' + (total.net > 0 ? '+' : '') + format.format(total.net);
  }

  // A small dot for every area, larger for the chosen one, with its totals as a tooltip.
  function addPoints(map, data, points, places, chosen, renderer, format, label) {
    var totals = totalsOf(data);
    Object.keys(points).forEach(function (code) {
      var isChosen = code === chosen;
      L.circleMarker(points[code], {
        renderer: renderer, radius: isChosen ? 7 : 3, weight: isChosen ? 3 : 1, color: '#1d1d1b',
        fillColor: isChosen ? '#ffbf47' : '#ffffff', fillOpacity: 1
      }).bindTooltip(plainText(describe(places[code], totals[code], format, label))).addTo(map);
    });
  }

  // Net: a filled circle where more commute in than out, a ring where more commute out; gross: in + out.
  function addCircles(map, data, points, places, view, renderer, format, label) {
    var max = 0;
    data.totals.forEach(function (t) { max = Math.max(max, Math.abs(view === 'net' ? t.net : t.gross)); });
    var largest = data.totals.slice().sort(function (a, b) {
      return Math.abs(view === 'net' ? b.net : b.gross) - Math.abs(view === 'net' ? a.net : a.gross);
    });
    largest.forEach(function (t) {
      var value = view === 'net' ? t.net : t.gross;
      if (!points[t.code] || value === 0 || max === 0) {
        return;
      }
      var radius = Math.max(3, 32 * Math.sqrt(Math.abs(value) / max));
      var inward = value > 0;
      L.circleMarker(points[t.code], {
        renderer: renderer, radius: radius, weight: 2, color: '#08519c',
        fillColor: inward ? '#08519c' : '#ffffff', fillOpacity: inward ? 0.55 : 0.3
      }).bindTooltip(plainText(describe(places[t.code], t, format, label))).addTo(map);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (typeof L === 'undefined') {
      return;
    }
    document.querySelectorAll('.flow-map[data-api]').forEach(init);
  });
})();

// The run page's map (#analysis-map), without inline scripts (CSP): cells coloured by band from a
// compact JSON list, service points sized by closure impact from GeoJSON, and the municipal
// boundaries for orientation. The scenario preview's map uses it too, its points marked closed or added. The colours match the legend's classes in analysis.css.
(function () {
  'use strict';

  // Leaflet puts a string tooltip in as HTML; names come from users and imported files
  function plainText(text) {
    var span = document.createElement('span');
    span.textContent = text;
    return span;
  }
  // A whole number as the page writes it ("12 345" on Swedish pages, "12,345" on English ones).
  function pageNumber(n) {
    return Number(n).toLocaleString(document.documentElement.lang || 'sv', { maximumFractionDigits: 0 });
  }
  var COLOURS = {
    time: ['#1a9850', '#a6d96a', '#fdae61', '#d73027', '#5b5b5b'],
    km: ['#1a9850', '#a6d96a', '#fdae61', '#d73027', '#5b5b5b'],
    change: ['#e8e8e8', '#fdae61', '#f46d43', '#a50026', '#3b0f3b', '#4575b4', '#01665e']
  };

  function getJson(url) {
    return fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); });
  }

  function init(element) {
    var map = L.map(element, { scrollWheelZoom: false, zoomSnap: 0.25, preferCanvas: true });
    var tileUrl = element.getAttribute('data-tile-url');
    if (tileUrl) {
      L.tileLayer(tileUrl, { attribution: element.getAttribute('data-attribution') || '', maxZoom: 18 }).addTo(map);
    }
    map.setView([62, 15], 5);
    var palette = COLOURS[element.getAttribute('data-measure')] || COLOURS.time;
    var bounds = L.latLngBounds([]);

    getJson(element.getAttribute('data-cells')).then(function (data) {
      data.cells.forEach(function (c) {
        var b = L.latLngBounds([c[0], c[1]], [c[2], c[3]]);
        bounds.extend(b);
        // No simplification: at region scale a 250 m cell is a pixel or two, which Leaflet would simplify away.
        L.rectangle(b, { smoothFactor: 0, stroke: true, weight: 1, color: palette[c[4]], opacity: 0.8, fill: true, fillColor: palette[c[4]], fillOpacity: 0.8, interactive: false }).addTo(map);
      });
      if (bounds.isValid()) { map.fitBounds(bounds, { padding: [10, 10] }); }
      boundaries(map);
      points(map, element);
    }).catch(function () { boundaries(map); });
  }

  function boundaries(map) {
    getJson('/municipalities.geojson').then(function (data) {
      L.geoJSON(data, {
        style: { color: '#1b1f24', weight: 1.5, fill: false },
        filter: function (feature) { return feature.geometry && feature.geometry.type !== 'Point'; },
        interactive: false
      }).addTo(map);
    }).catch(function () { /* the map works without them */ });
  }

  // A point a scenario closes or adds (status "closed" or "added", only on the preview's map): a
  // marker shaped by CSS (.scenario-closed, .scenario-added in analysis.css, as in the legend), so
  // that the status shows in shape and outline as well as colour. Not in the tab order: the
  // tables list the same points.
  function scenarioMarker(latlng, status) {
    var icon = L.divIcon({ className: 'scenario-point', html: '<span class="scenario-' + status + '"></span>',
      iconSize: [18, 18], iconAnchor: [9, 9] });
    return L.marker(latlng, { icon: icon, keyboard: false, zIndexOffset: status === 'added' ? 1000 : 0 });
  }

  function points(map, element) {
    var label = element.getAttribute('data-point-label') || '';
    var statusLabels = { closed: element.getAttribute('data-closed-label'), added: element.getAttribute('data-added-label') };
    getJson(element.getAttribute('data-points')).then(function (data) {
      var max = 1;
      data.features.forEach(function (f) { max = Math.max(max, f.properties.affected || 0); });
      L.geoJSON(data, {
        pointToLayer: function (feature, latlng) {
          var status = feature.properties.status;
          if (statusLabels[status]) { return scenarioMarker(latlng, status); }
          var r = 2 + 9 * Math.sqrt((feature.properties.affected || 0) / max);
          return L.circleMarker(latlng, { radius: r, color: '#1b1f24', weight: 1.5, fillColor: '#ffffff', fillOpacity: 0.85 });
        },
        onEachFeature: function (feature, layer) {
          var p = feature.properties;
          var status = statusLabels[p.status];
          layer.bindTooltip(plainText(status ? (p.name || label) + ' – ' + status
              : (p.name || label) + ' – ' + pageNumber(p.affected || 0) + ' / '
              + pageNumber(Math.round(p.added_person_minutes || 0)) + '\u00a0min'));
        }
      }).addTo(map);
    }).catch(function () { /* the table lists them */ });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var element = document.getElementById('analysis-map');
    if (element && window.L) { init(element); }
  });
})();

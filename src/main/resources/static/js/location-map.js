// The location analysis's maps, without inline scripts (CSP). On the start form (#location-draw-map)
// a click adds "latitude;longitude" as a line of the sites text area, which stays the way to enter
// sites without a pointer. On the result page (#location-map) candidates are drawn coloured by their
// gain class (the legend's loc-gain-* colours) and the chosen sites as numbered markers.
(function () {
  'use strict';

  var GAIN = ['#f0f0f0', '#c6dbef', '#6baed6', '#2171b5', '#08306b'];

  function baseMap(element) {
    var map = L.map(element, { scrollWheelZoom: false, zoomSnap: 0.25, preferCanvas: true });
    var tileUrl = element.getAttribute('data-tile-url');
    if (tileUrl) {
      L.tileLayer(tileUrl, { attribution: element.getAttribute('data-attribution') || '', maxZoom: 18 }).addTo(map);
    }
    map.setView([62, 15], 5);
    fetch('/municipalities.geojson', { credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (data) {
        var layer = L.geoJSON(data, {
          style: { color: '#1b1f24', weight: 1.5, fill: false },
          filter: function (f) { return f.geometry && f.geometry.type !== 'Point'; },
          interactive: false
        }).addTo(map);
        if (element.id === 'location-draw-map' && layer.getBounds().isValid()) { map.fitBounds(layer.getBounds()); }
      })
      .catch(function () { /* the map works without them */ });
    return map;
  }

  function draw(element) {
    var map = baseMap(element);
    var target = document.getElementById(element.getAttribute('data-target'));
    map.on('click', function (e) {
      var line = e.latlng.lat.toFixed(6) + ';' + e.latlng.lng.toFixed(6);
      target.value = (target.value && !/\n$/.test(target.value) ? target.value + '\n' : target.value) + line;
      L.circleMarker(e.latlng, { radius: 6, color: '#1b1f24', weight: 2, fillColor: '#a50026', fillOpacity: 0.9 }).addTo(map);
      var drawn = document.querySelector('input[name=candidates][value=DRAWN]');
      if (drawn) { drawn.checked = true; }
    });
  }

  function result(element) {
    var map = baseMap(element);
    var label = element.getAttribute('data-site-label') || '';
    fetch(element.getAttribute('data-map'), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (data) {
        var bounds = L.latLngBounds([]);
        (data.cells || []).forEach(function (c) {
          var b = L.latLngBounds([c[0], c[1]], [c[2], c[3]]);
          bounds.extend(b);
          L.rectangle(b, { smoothFactor: 0, weight: 1, color: GAIN[c[4]], opacity: 0.9, fillColor: GAIN[c[4]], fillOpacity: 0.85, interactive: false }).addTo(map);
        });
        (data.points || []).forEach(function (p) {
          bounds.extend([p[0], p[1]]);
          L.circleMarker([p[0], p[1]], { radius: 6, color: '#1b1f24', weight: 1, fillColor: GAIN[p[2]], fillOpacity: 0.9, interactive: false }).addTo(map);
        });
        data.sites.forEach(function (s) {
          bounds.extend([s[0], s[1]]);
          var icon = L.divIcon({ className: 'loc-site-marker', html: String(s[2]), iconSize: [24, 24] });
          L.marker([s[0], s[1]], { icon: icon, keyboard: false, title: label + ' ' + s[2] }).addTo(map);
        });
        if (bounds.isValid()) { map.fitBounds(bounds, { padding: [10, 10] }); }
      })
      .catch(function () { /* the tables show the same */ });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (!window.L) { return; }
    var drawing = document.getElementById('location-draw-map');
    if (drawing) { draw(drawing); }
    var shown = document.getElementById('location-map');
    if (shown) { result(shown); }
  });
})();

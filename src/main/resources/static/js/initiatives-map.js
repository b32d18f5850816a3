// Maps of the initiatives module, without inline scripts (CSP): the filtered initiatives
// (#initiatives-map, from a GeoJSON URL), one initiative's place (.map[data-lat]) and the place
// editor of the initiative form (#place-editor: click to set a point or draw an area).
(function () {
  'use strict';

  // Leaflet puts a string tooltip in as HTML; names come from users and imported files
  function plainText(text) {
    var span = document.createElement('span');
    span.textContent = text;
    return span;
  }
  var SWEDEN = [62, 15];
  var STATUS_COLOURS = {
    IDEA: '#6b4f9e', PREPARATION: '#8a5a00', DECIDED: '#0b4f8a', UNDER_WAY: '#1e6b34',
    COMPLETED: '#3b4652', FOLLOWED_UP: '#083a66', PAUSED: '#8c6d1f', STOPPED: '#a4161a'
  };

  function baseMap(element) {
    var map = L.map(element, { scrollWheelZoom: false, zoomSnap: 0.25 });
    var tileUrl = element.getAttribute('data-tile-url');
    if (tileUrl) {
      L.tileLayer(tileUrl, { attribution: element.getAttribute('data-attribution') || '', maxZoom: 18 }).addTo(map);
    }
    return map;
  }

  // The municipalities (boundaries or central towns, from the actors module when it offers them)
  // as a quiet background for orientation; with fit, they also frame a map without places.
  function underlay(map, fit) {
    fetch('/municipalities.geojson', { headers: { 'Accept': 'application/geo+json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data) { return; }
        var layer = L.geoJSON(data, {
          style: { color: '#6b7785', weight: 1, fillOpacity: 0.04 },
          pointToLayer: function (feature, latlng) { return L.circleMarker(latlng, { radius: 3, color: '#6b7785', weight: 1 }); },
          interactive: false
        }).addTo(map);
        layer.bringToBack();
        if (fit && layer.getBounds().isValid()) { map.fitBounds(layer.getBounds(), { padding: [10, 10] }); }
      })
      .catch(function () { /* the map works without it */ });
  }

  function frameRegion(map) {
    map.setView(SWEDEN, 4);
    underlay(map, true);
  }

  function styleOf(feature) {
    var colour = STATUS_COLOURS[feature.properties && feature.properties.status] || '#0b4f8a';
    return { color: colour, weight: 2, fillColor: colour, fillOpacity: 0.25 };
  }

  function initiativesMap(element) {
    var map = baseMap(element);
    fetch(element.getAttribute('data-geojson'), { headers: { 'Accept': 'application/geo+json' } })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        var layer = L.geoJSON(data, {
          style: styleOf,
          pointToLayer: function (feature, latlng) {
            var s = styleOf(feature);
            return L.circleMarker(latlng, { radius: 7, color: '#1b1f24', weight: 1, fillColor: s.fillColor, fillOpacity: 0.9 });
          },
          onEachFeature: function (feature, featureLayer) {
            var link = document.createElement('a');
            link.href = feature.properties.url;
            link.textContent = feature.properties.title;
            featureLayer.bindPopup(link);
            featureLayer.bindTooltip(plainText(feature.properties.title));
          }
        }).addTo(map);
        if (layer.getBounds().isValid()) {
          map.fitBounds(layer.getBounds(), { padding: [20, 20], maxZoom: 12 });
          underlay(map, false);
        } else {
          frameRegion(map);
          var note = document.createElement('p');
          note.className = 'map-empty';
          note.textContent = element.getAttribute('data-empty') || '';
          element.parentNode.insertBefore(note, element.nextSibling);
        }
      })
      .catch(function () { frameRegion(map); });
  }

  function placeMap(element) {
    var map = baseMap(element);
    var area = element.getAttribute('data-area');
    var lat = parseFloat(element.getAttribute('data-lat'));
    var lon = parseFloat(element.getAttribute('data-lon'));
    if (area) {
      var layer = L.geoJSON(JSON.parse(area), { style: { color: '#083a66', weight: 2, fillColor: '#0b4f8a', fillOpacity: 0.25 } }).addTo(map);
      map.fitBounds(layer.getBounds(), { padding: [20, 20], maxZoom: 13 });
      underlay(map, false);
    } else if (!isNaN(lat) && !isNaN(lon)) {
      L.circleMarker([lat, lon], { radius: 8, color: '#1b1f24', weight: 1, fillColor: '#0b4f8a', fillOpacity: 0.9 }).addTo(map);
      map.setView([lat, lon], 9);
      underlay(map, false);
    } else {
      frameRegion(map);
    }
  }

  function placeEditor(element) {
    var form = element.closest('form');
    var latInput = form.querySelector('#latitude');
    var lonInput = form.querySelector('#longitude');
    var areaInput = form.querySelector('#areaGeojson');
    var map = baseMap(element);
    var marker = null;
    var polygon = null;
    var vertices = [];

    function kind() {
      var checked = form.querySelector('input[name="placeKind"]:checked');
      return checked ? checked.value : null;
    }

    function showPoint() {
      var lat = parseFloat((latInput.value || '').replace(',', '.'));
      var lon = parseFloat((lonInput.value || '').replace(',', '.'));
      if (marker) { map.removeLayer(marker); marker = null; }
      if (!isNaN(lat) && !isNaN(lon)) {
        marker = L.circleMarker([lat, lon], { radius: 8, color: '#1b1f24', weight: 1, fillColor: '#0b4f8a', fillOpacity: 0.9 }).addTo(map);
        return L.latLngBounds([[lat, lon], [lat, lon]]);
      }
      return null;
    }

    function showArea() {
      if (polygon) { map.removeLayer(polygon); polygon = null; }
      if (!areaInput.value) { return null; }
      try {
        polygon = L.geoJSON(JSON.parse(areaInput.value), { style: { color: '#083a66', weight: 2, fillOpacity: 0.25 } }).addTo(map);
        return polygon.getBounds();
      } catch (e) {
        return null;
      }
    }

    function writeArea() {
      if (vertices.length < 3) { return; }
      var ring = vertices.map(function (v) { return [Number(v.lng.toFixed(6)), Number(v.lat.toFixed(6))]; });
      ring.push(ring[0]);
      areaInput.value = JSON.stringify({ type: 'Polygon', coordinates: [ring] });
      showArea();
    }

    map.on('click', function (event) {
      if (kind() === 'POINT') {
        latInput.value = event.latlng.lat.toFixed(6);
        lonInput.value = event.latlng.lng.toFixed(6);
        showPoint();
      } else if (kind() === 'AREA') {
        vertices.push(event.latlng);
        L.circleMarker(event.latlng, { radius: 3, color: '#083a66' }).addTo(map);
        writeArea();
      }
    });
    form.querySelectorAll('input[name="placeKind"]').forEach(function (radio) {
      radio.addEventListener('change', function () { vertices = []; });
    });
    latInput.addEventListener('change', showPoint);
    lonInput.addEventListener('change', showPoint);
    areaInput.addEventListener('change', showArea);

    var bounds = showArea() || showPoint();
    if (bounds && bounds.isValid()) {
      map.fitBounds(bounds.pad(0.5), { maxZoom: 11 });
      underlay(map, false);
    } else {
      frameRegion(map);
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (typeof L === 'undefined') { return; }
    var list = document.getElementById('initiatives-map');
    if (list) { initiativesMap(list); }
    document.querySelectorAll('.map[data-lat]').forEach(placeMap);
    var editor = document.getElementById('place-editor');
    if (editor) { placeEditor(editor); }
  });
})();

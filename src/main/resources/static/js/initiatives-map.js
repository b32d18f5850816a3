// Maps of the initiatives module, without inline scripts (CSP): the filtered initiatives
// (#initiatives-map, from a GeoJSON URL), one initiative's place (.map[data-lat]) and the place
// editor of the initiative form (#place-editor: click to set a point or draw an area).
(function () {
  'use strict';

  // Leaflet puts a string tooltip in as HTML; names come from users and imported files
  // A coordinate as the page writes numbers: a decimal comma on Swedish pages (the server reads both).
  function pageNumber(text) {
    return (document.documentElement.lang || 'sv').indexOf('en') === 0 ? text : text.replace('.', ',');
  }

  function plainText(text) {
    var span = document.createElement('span');
    span.textContent = text;
    return span;
  }
  var SWEDEN = [62, 15];
  // One place, or places close together, are shown with their surroundings: without a base map a
  // closer view would show a lone marker on an empty canvas.
  var SINGLE_PLACE_ZOOM = 9;
  var MAX_FIT_ZOOM = 10;
  var DEFAULT_COLOUR = '#0b4f8a';

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

  // The legend under the map (#status-legend) names each status and carries its colour, as the
  // stylesheet gives it to the swatch: the markers take their colours and tooltips from it.
  function statusLegend(element) {
    var legend = document.getElementById(element.getAttribute('data-legend') || '');
    var statuses = {};
    if (legend) {
      legend.querySelectorAll('li[data-status]').forEach(function (item) {
        var swatch = item.querySelector('.swatch');
        statuses[item.getAttribute('data-status')] = {
          colour: (swatch && window.getComputedStyle(swatch).backgroundColor) || DEFAULT_COLOUR,
          name: (item.querySelector('.status-name') || item).textContent.trim()
        };
      });
    }
    return { legend: legend, statuses: statuses };
  }

  // Leaflet applies the style to the point markers too: a point is filled with its status colour
  // like the legend's swatch, an area outlined in it.
  function styleOf(feature, statuses) {
    var status = statuses[feature.properties && feature.properties.status];
    var colour = status ? status.colour : DEFAULT_COLOUR;
    if (feature.geometry && feature.geometry.type === 'Point') {
      return { color: '#1b1f24', weight: 1, fillColor: colour, fillOpacity: 0.9 };
    }
    return { color: colour, weight: 2, fillColor: colour, fillOpacity: 0.25 };
  }

  // The same legend inside the map, with the statuses the selection shows, for sighted users;
  // screen readers have the text legend under the map, so this copy is hidden from them.
  function legendControl(map, legend, shown) {
    if (!legend) { return; }
    var Control = L.Control.extend({
      options: { position: 'bottomright' },
      onAdd: function () {
        var box = L.DomUtil.create('div', 'map-legend-control');
        box.setAttribute('aria-hidden', 'true');
        var list = document.createElement('ul');
        legend.querySelectorAll('li[data-status]').forEach(function (item) {
          if (shown[item.getAttribute('data-status')]) { list.appendChild(item.cloneNode(true)); }
        });
        box.appendChild(list);
        return box;
      }
    });
    if (Object.keys(shown).length > 0) { new Control().addTo(map); }
  }

  function frameSelection(map, bounds) {
    if (bounds.getNorthEast().distanceTo(bounds.getSouthWest()) < 1000) {
      map.setView(bounds.getCenter(), SINGLE_PLACE_ZOOM);
    } else {
      map.fitBounds(bounds, { padding: [20, 20], maxZoom: MAX_FIT_ZOOM });
    }
  }

  function initiativesMap(element) {
    var map = baseMap(element);
    var legend = statusLegend(element);
    var shown = {};
    fetch(element.getAttribute('data-geojson'), { headers: { 'Accept': 'application/geo+json' } })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        var layer = L.geoJSON(data, {
          style: function (feature) { return styleOf(feature, legend.statuses); },
          pointToLayer: function (feature, latlng) {
            return L.circleMarker(latlng, L.extend({ radius: 7 }, styleOf(feature, legend.statuses)));
          },
          onEachFeature: function (feature, featureLayer) {
            var status = legend.statuses[feature.properties.status];
            var label = feature.properties.title + (status ? ' (' + status.name + ')' : '');
            shown[feature.properties.status] = true;
            var link = document.createElement('a');
            link.href = feature.properties.url;
            link.textContent = feature.properties.title;
            featureLayer.bindPopup(link);
            featureLayer.bindTooltip(plainText(label));
          }
        }).addTo(map);
        legendControl(map, legend.legend, shown);
        if (layer.getBounds().isValid()) {
          frameSelection(map, layer.getBounds());
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
        latInput.value = pageNumber(event.latlng.lat.toFixed(6));
        lonInput.value = pageNumber(event.latlng.lng.toFixed(6));
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

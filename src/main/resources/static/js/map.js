// Draws the municipalities (boundaries, or a point at the central town) on every element with
// class "map" and a data-geojson URL. The base map is optional: without a tile URL only our
// own layers show, which also works offline.
(function () {
  'use strict';
  function init(element) {
    var map = L.map(element, { scrollWheelZoom: false, zoomSnap: 0.25 });
    var tileUrl = element.getAttribute('data-tile-url');
    if (tileUrl) {
      L.tileLayer(tileUrl, { attribution: element.getAttribute('data-attribution') || '', maxZoom: 18 }).addTo(map);
    }
    var focus = element.getAttribute('data-focus');
    fetch(element.getAttribute('data-geojson'), { headers: { 'Accept': 'application/geo+json' } })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        var focused = null;
        var layer = L.geoJSON(data, {
          style: function (feature) {
            var isFocus = focus && String(feature.properties.id) === focus;
            return { color: '#083a66', weight: isFocus ? 3 : 1.5, fillColor: isFocus ? '#ffbf47' : '#0b4f8a', fillOpacity: isFocus ? 0.5 : 0.15 };
          },
          pointToLayer: function (feature, latlng) {
            return L.circleMarker(latlng, { radius: 7, color: '#083a66', fillColor: '#0b4f8a', fillOpacity: 0.8 });
          },
          onEachFeature: function (feature, featureLayer) {
            var p = feature.properties;
            var link = document.createElement('a');
            link.href = p.url;
            link.textContent = p.name;
            var box = document.createElement('div');
            box.appendChild(link);
            if (p.population) {
              var line = document.createElement('div');
              line.textContent = p.populationLabel;
              box.appendChild(line);
            }
            featureLayer.bindPopup(box);
            featureLayer.bindTooltip(p.name);
            if (focus && String(p.id) === focus) {
              focused = featureLayer;
            }
          }
        }).addTo(map);
        var bounds = focused && focused.getBounds ? focused.getBounds() : layer.getBounds();
        if (bounds.isValid()) {
          map.fitBounds(bounds, { padding: [10, 10] });
        } else {
          map.setView([62, 15], 4);
        }
      })
      .catch(function () {
        map.setView([62, 15], 4);
      });
  }
  document.addEventListener('DOMContentLoaded', function () {
    if (typeof L === 'undefined') {
      return;
    }
    document.querySelectorAll('.map[data-geojson]').forEach(init);
  });
})();

// Draws the municipalities (boundaries, or a point at the central town) on every element with
// class "map" and a data-geojson URL. The base map is optional: without a tile URL only our
// own layers show, which also works offline.
//
// Options, as data attributes of the map element:
//   data-focus="<organisation id>"   highlight one municipality and zoom to it
//   data-choropleth="population"     colour by population; class breaks in data-breaks
//                                    ("10000,20000,…"); colours are taken from the swatches
//                                    (.swatch[data-class]) of the legend named in data-legend,
//                                    so the stylesheet is the one place where they are set
//   data-choropleth="classes"       colour by a class the server worked out per municipality: data-classes
//                                    is JSON {"<SCB code>": {"class": 0.., "label": "81,2 %"}}; colours
//                                    from the legend's swatches as above (the indicator pages)
// A button with the attribute data-print (hidden until this script runs) prints the page.
// No inline scripts or styles anywhere, so the page keeps a strict Content Security Policy.
(function () {
  'use strict';

  // Leaflet puts a string tooltip in as HTML; names come from users and imported files
  function plainText(text) {
    var span = document.createElement('span');
    span.textContent = text;
    return span;
  }

  var FALLBACK_COLOURS = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];
  var NO_DATA_COLOUR = '#d9d9d9';
  var LINE_COLOUR = '#083a66';
  var maps = [];

  function breaksOf(element) {
    return (element.getAttribute('data-breaks') || '')
      .split(',')
      .map(function (value) { return parseInt(value, 10); })
      .filter(function (value) { return !isNaN(value); });
  }

  // The colour of each class as the stylesheet gives it to the legend swatches.
  function coloursOf(element, classCount) {
    var legend = document.getElementById(element.getAttribute('data-legend') || '');
    var colours = [];
    for (var i = 0; i < classCount; i++) {
      var swatch = legend && legend.querySelector('.swatch[data-class="' + i + '"]');
      var colour = swatch && window.getComputedStyle(swatch).backgroundColor;
      colours.push(colour && colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent'
        ? colour : FALLBACK_COLOURS[Math.min(i, FALLBACK_COLOURS.length - 1)]);
    }
    var none = legend && legend.querySelector('.swatch[data-class="none"]');
    var noneColour = none && window.getComputedStyle(none).backgroundColor;
    return { classes: colours, none: noneColour || NO_DATA_COLOUR };
  }

  function classOf(population, breaks) {
    for (var i = 0; i < breaks.length; i++) {
      if (population < breaks[i]) {
        return i;
      }
    }
    return breaks.length;
  }

  function init(element) {
    var map = L.map(element, { scrollWheelZoom: false, zoomSnap: 0.25 });
    var tileUrl = element.getAttribute('data-tile-url');
    if (tileUrl) {
      L.tileLayer(tileUrl, { attribution: element.getAttribute('data-attribution') || '', maxZoom: 18 }).addTo(map);
    }
    var focus = element.getAttribute('data-focus');
    var mode = element.getAttribute('data-choropleth');
    var classes = mode === 'classes' ? JSON.parse(element.getAttribute('data-classes') || '{}') : null;
    var choropleth = mode === 'population' || classes !== null;
    var breaks = breaksOf(element);
    var legend = document.getElementById(element.getAttribute('data-legend') || '');
    var classCount = classes !== null && legend
      ? legend.querySelectorAll('.swatch[data-class]:not([data-class="none"])').length : breaks.length + 1;
    var colours = choropleth ? coloursOf(element, classCount) : null;
    var entry = { map: map, bounds: null };
    maps.push(entry);

    function fillOf(properties) {
      if (!choropleth) {
        return '#0b4f8a';
      }
      if (classes !== null) {
        var entry = classes[properties.scbCode];
        return entry ? colours.classes[Math.min(entry['class'], colours.classes.length - 1)] : colours.none;
      }
      var population = properties.population;
      return typeof population === 'number' ? colours.classes[classOf(population, breaks)] : colours.none;
    }

    function style(feature) {
      var isFocus = focus && String(feature.properties.id) === focus;
      if (choropleth) {
        return { color: LINE_COLOUR, weight: 1, fillColor: fillOf(feature.properties), fillOpacity: 0.85 };
      }
      return { color: LINE_COLOUR, weight: isFocus ? 3 : 1.5, fillColor: isFocus ? '#ffbf47' : '#0b4f8a',
        fillOpacity: isFocus ? 0.5 : 0.15 };
    }

    fetch(element.getAttribute('data-geojson'), { headers: { 'Accept': 'application/geo+json' } })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        var focused = null;
        var layer = L.geoJSON(data, {
          style: style,
          pointToLayer: function (feature, latlng) {
            return L.circleMarker(latlng, { radius: 8, color: LINE_COLOUR, weight: 2,
              fillColor: fillOf(feature.properties), fillOpacity: choropleth ? 0.95 : 0.8 });
          },
          onEachFeature: function (feature, featureLayer) {
            var p = feature.properties;
            var label = classes !== null ? (classes[p.scbCode] ? classes[p.scbCode].label : null) : p.populationLabel;
            var link = document.createElement('a');
            link.href = p.url;
            link.textContent = p.name;
            var box = document.createElement('div');
            box.appendChild(link);
            if (label) {
              var line = document.createElement('div');
              line.textContent = label;
              box.appendChild(line);
            }
            featureLayer.bindPopup(box);
            featureLayer.bindTooltip(plainText(label ? p.name + ': ' + label : p.name));
            if (focus && String(p.id) === focus) {
              focused = featureLayer;
            }
          }
        }).addTo(map);
        var bounds = focused && focused.getBounds ? focused.getBounds() : layer.getBounds();
        if (bounds.isValid()) {
          entry.bounds = bounds;
          map.fitBounds(bounds, { padding: [10, 10] });
        } else {
          map.setView([62, 15], 4);
        }
      })
      .catch(function () {
        map.setView([62, 15], 4);
      });
  }

  // The map may change size on paper; fit it again so the whole region is printed.
  function refit() {
    maps.forEach(function (entry) {
      entry.map.invalidateSize();
      if (entry.bounds) {
        entry.map.fitBounds(entry.bounds, { padding: [10, 10], animate: false });
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-print]').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        window.print();
      });
    });
    window.addEventListener('beforeprint', refit);
    window.addEventListener('afterprint', refit);
    if (typeof L === 'undefined') {
      return;
    }
    document.querySelectorAll('.map[data-geojson]').forEach(init);
  });
})();

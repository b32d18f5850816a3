// The map composer's map (#composed-map): the styled layers from data-layers (JSON computed on the
// server, the same styles as the PNG and PDF exports), no base map, a scale bar and a north arrow.
// In the full-screen view (data-present) the keyboard steers: arrows pan, + and - zoom, "l" shows or
// hides the legend, "f" full screen, Esc leaves. Without JavaScript the PNG in the element stays.
// No inline scripts or styles (CSP): Leaflet sets its styles through the DOM.
(function () {
  'use strict';

  var PAN_PIXELS = 120;

  function plainText(text) {
    var span = document.createElement('span');
    span.textContent = text;
    return span;
  }

  // Marker shapes as in the server renderer (MapRenderer.markerShape), as SVG paths around (r, r).
  function markerPath(marker, r, c) {
    switch (marker) {
      case 'SQUARE':
        return 'M' + (c - r) + ' ' + (c - r) + 'h' + 2 * r + 'v' + 2 * r + 'h' + -2 * r + 'z';
      case 'TRIANGLE':
        return 'M' + c + ' ' + (c - r * 1.25) + 'L' + (c + r * 1.15) + ' ' + (c + r * 0.85) + 'L' + (c - r * 1.15) + ' ' + (c + r * 0.85) + 'z';
      case 'DIAMOND':
        return 'M' + c + ' ' + (c - r * 1.2) + 'L' + (c + r * 1.2) + ' ' + c + 'L' + c + ' ' + (c + r * 1.2) + 'L' + (c - r * 1.2) + ' ' + c + 'z';
      default:
        return 'M' + (c - r) + ' ' + c + 'a' + r + ' ' + r + ' 0 1 0 ' + 2 * r + ' 0a' + r + ' ' + r + ' 0 1 0 ' + -2 * r + ' 0z';
    }
  }

  function svgMarker(style) {
    var size = Math.ceil(style.radius * 2.6 + 4);
    var c = size / 2;
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('width', size);
    svg.setAttribute('height', size);
    svg.setAttribute('viewBox', '0 0 ' + size + ' ' + size);
    svg.setAttribute('aria-hidden', 'true');
    var path = document.createElementNS(ns, 'path');
    path.setAttribute('d', markerPath(style.marker, style.radius, c));
    path.setAttribute('fill', style.fill || 'none');
    path.setAttribute('stroke', style.stroke || 'none');
    path.setAttribute('stroke-width', style.weight || 0);
    svg.appendChild(path);
    var holder = document.createElement('div');
    holder.appendChild(svg);
    return L.divIcon({ html: holder.innerHTML, className: 'map-marker', iconSize: [size, size], iconAnchor: [c, c] });
  }

  function pathStyle(style) {
    return {
      stroke: !!style.stroke && style.weight > 0,
      color: style.stroke || '#000000',
      weight: style.weight,
      dashArray: style.dash || null,
      fill: !!style.fill,
      fillColor: style.fill || '#000000',
      fillOpacity: style.fill ? style.fillOpacity : 0,
      lineCap: style.dash ? 'butt' : 'round'
    };
  }

  // Dots without outline (grid cells, thousands of them) go on a canvas, not one element each.
  var dots = null;

  function addLayer(map, layer) {
    var styles = layer.styles;
    return L.geoJSON(layer.geojson, {
      style: function (feature) { return pathStyle(styles[feature.properties.s]); },
      pointToLayer: function (feature, latlng) {
        var style = styles[feature.properties.s];
        if (style.marker === 'CIRCLE' && !style.stroke) {
          dots = dots || L.canvas({ padding: 0.2 });
          return L.circleMarker(latlng, { renderer: dots, radius: style.radius, stroke: false,
            fillColor: style.fill, fillOpacity: style.fillOpacity, interactive: false });
        }
        return L.marker(latlng, { icon: svgMarker(styles[feature.properties.s]), keyboard: false,
          alt: feature.properties.name || '' });
      },
      onEachFeature: function (feature, leafletLayer) {
        var p = feature.properties;
        if (p.name) {
          leafletLayer.bindTooltip(plainText(p.name), { sticky: feature.geometry.type !== 'Point' });
        }
        if (p.label) {
          var at = feature.geometry.type === 'Point' ? null : leafletLayer.getBounds && leafletLayer.getBounds().getCenter();
          var tooltip = L.tooltip({ permanent: true, direction: at ? 'center' : 'right', className: 'map-label',
            interactive: false, offset: at ? [0, 0] : [8, 0] }).setContent(plainText(p.label));
          if (at) {
            tooltip.setLatLng(at);
            map.openTooltip(tooltip);
          } else {
            leafletLayer.bindTooltip(tooltip);
            leafletLayer.on('add', function () { leafletLayer.openTooltip(); });
          }
        }
      }
    }).addTo(map);
  }

  var NorthArrow = L.Control.extend({
    options: { position: 'topright', label: 'N' },
    onAdd: function () {
      var div = L.DomUtil.create('div', 'map-north');
      div.setAttribute('aria-hidden', 'true');
      var letter = document.createElement('span');
      letter.textContent = this.options.label;
      var arrow = document.createElement('span');
      arrow.className = 'map-north-arrow';
      div.appendChild(letter);
      div.appendChild(arrow);
      return div;
    }
  });

  function present(element, map) {
    var layout = element.closest('.present-layout');
    var legend = document.getElementById('map-legend');
    document.addEventListener('keydown', function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey) {
        return;
      }
      var handled = true;
      switch (event.key) {
        case 'ArrowLeft': map.panBy([-PAN_PIXELS, 0]); break;
        case 'ArrowRight': map.panBy([PAN_PIXELS, 0]); break;
        case 'ArrowUp': map.panBy([0, -PAN_PIXELS]); break;
        case 'ArrowDown': map.panBy([0, PAN_PIXELS]); break;
        case '+': case '=': map.zoomIn(); break;
        case '-': case '_': map.zoomOut(); break;
        case 'l': case 'L':
          if (legend) {
            legend.hidden = !legend.hidden;
            layout.classList.toggle('legend-hidden', legend.hidden);
            map.invalidateSize();
          }
          break;
        case 'f': case 'F':
          if (document.fullscreenElement) {
            document.exitFullscreen();
          } else if (layout.requestFullscreen) {
            layout.requestFullscreen().catch(function () { /* refused: stay in the window */ });
          }
          break;
        case 'Escape':
          if (!document.fullscreenElement) {
            window.location.href = layout.getAttribute('data-back');
          }
          break;
        default: handled = false;
      }
      if (handled) {
        event.preventDefault();
      }
    });
  }

  function init(element) {
    var presenting = element.hasAttribute('data-present');
    fetch(element.getAttribute('data-layers'), { headers: { 'Accept': 'application/json' } })
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
      .then(function (data) {
        var fallback = element.querySelector('.map-fallback');
        if (fallback) {
          fallback.remove();
        }
        element.classList.add('map-live');
        var map = L.map(element, { zoomSnap: 0.25, keyboard: !presenting, scrollWheelZoom: presenting });
        L.control.scale({ imperial: false, maxWidth: 160 }).addTo(map);
        new NorthArrow({ label: element.getAttribute('data-north') || 'N' }).addTo(map);
        data.layers.forEach(function (layer) { addLayer(map, layer); });
        var b = data.bounds;
        map.fitBounds([[b[1], b[0]], [b[3], b[2]]], { padding: [12, 12] });
        element.setAttribute('data-ready', 'true');
        if (presenting) {
          present(element, map);
        }
        element._composedMap = map;
      })
      .catch(function () { /* the PNG stays */ });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var element = document.getElementById('composed-map');
    if (element && window.L) {
      init(element);
    }
  });
})();

/*
 * Municipality map (progressive enhancement).
 * Needs vendor/leaflet/leaflet.js loaded first. If Leaflet, the container or
 * the JSON data is missing, nothing happens and the server-rendered list
 * remains the only UI. Works offline: tiles are only added when
 * data-tile-url is set; otherwise a vendored Turkey outline gives context.
 */
(function () {
  'use strict';

  // Rough bounds of Turkey ([south, west], [north, east]), used when there are no markers.
  var TURKEY_BOUNDS = [[35.8, 25.6], [42.1, 44.8]];

  function init() {
    var L = window.L;
    var container = document.getElementById('municipality-map');
    var dataEl = document.getElementById('municipality-map-data');
    if (!L || !container || !dataEl) return;

    var items;
    try {
      items = JSON.parse(dataEl.textContent);
    } catch (e) {
      return;
    }
    if (!Array.isArray(items)) return;

    // Unhide before creating the map: Leaflet measures the container size.
    container.hidden = false;

    var map = L.map(container, { scrollWheelZoom: false, keyboard: true });

    var tileUrl = container.getAttribute('data-tile-url');
    if (tileUrl) {
      L.tileLayer(tileUrl, {
        attribution: container.getAttribute('data-tile-attribution') || '',
        maxZoom: 19
      }).addTo(map);
    }

    // Explicit icon so Leaflet doesn't have to guess its image path from the CSS.
    // Siblings are derived by swapping the file name in data-marker-icon-url.
    var iconUrl = container.getAttribute('data-marker-icon-url');
    var markerOptions = { keyboard: true };
    if (iconUrl) {
      markerOptions.icon = L.icon({
        iconUrl: iconUrl,
        iconRetinaUrl: iconUrl.replace(/[^/]*$/, 'marker-icon-2x.png'),
        shadowUrl: iconUrl.replace(/[^/]*$/, 'marker-shadow.png'),
        iconSize: [25, 41],
        iconAnchor: [12, 41],
        popupAnchor: [1, -34],
        shadowSize: [41, 41]
      });
    }

    var latLngs = [];
    items.forEach(function (item) {
      if (!item) return;
      var latLng = [parseFloat(item.lat), parseFloat(item.lon)]; // parseFloat(null) is NaN
      if (!isFinite(latLng[0]) || !isFinite(latLng[1])) return;
      var name = String(item.name || '');
      var opts = L.extend({}, markerOptions, { title: name, alt: name });
      L.marker(latLng, opts).bindPopup(buildPopup(item, name)).addTo(map);
      latLngs.push(latLng);
    });

    if (latLngs.length) {
      // maxZoom stops a single marker from zooming all the way in.
      map.fitBounds(latLngs, { padding: [24, 24], maxZoom: 10 });
    } else {
      map.fitBounds(TURKEY_BOUNDS);
    }

    // Country outline; the map still works (markers only) if this fails.
    var outlineUrl = container.getAttribute('data-outline-url');
    if (outlineUrl && window.fetch) {
      window.fetch(outlineUrl)
        .then(function (resp) {
          if (!resp.ok) throw new Error('HTTP ' + resp.status);
          return resp.json();
        })
        .then(function (geojson) {
          L.geoJSON(geojson, {
            interactive: false,
            attribution: 'Outline: Natural Earth',
            style: { color: '#5b7083', weight: 1, fillColor: '#e8eef3', fillOpacity: 0.8 }
          }).addTo(map);
        })
        .catch(function () { /* keep markers only */ });
    }
  }

  // Popup content built with DOM APIs only (no innerHTML with data).
  function buildPopup(item, name) {
    var wrap = document.createElement('div');
    var href = safeHref(item.url);
    var title = document.createElement(href ? 'a' : 'strong');
    if (href) title.href = href;
    title.textContent = name;
    wrap.appendChild(title);
    if (item.kind) {
      wrap.appendChild(document.createElement('div')).textContent = String(item.kind);
    }
    return wrap;
  }

  // Accept only http(s) (incl. relative) URLs, never javascript: etc.
  function safeHref(url) {
    if (!url) return null;
    try {
      var u = new URL(String(url), window.location.href);
      return (u.protocol === 'http:' || u.protocol === 'https:') ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();

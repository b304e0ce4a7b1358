/*
 * Municipality map (progressive enhancement; templates/plans/components/municipality_map.html).
 * Needs vendor/leaflet/leaflet.js and vendor/leaflet.markercluster/ loaded first. If Leaflet,
 * the container or the JSON data is missing, nothing happens: the legend and the list stay the
 * only UI. Works offline: tiles are only added when data-tile-url is set; otherwise a vendored
 * Türkiye outline gives context.
 *
 * Each marker has its progress band's shape (copied from the legend's SVG, so shape and colour
 * are defined once, in the template and portal.css), a label on hover and on keyboard focus, and
 * opens its popup with Enter (focus moves into the popup; Escape closes it and returns focus).
 * Markers are clustered (Leaflet.markercluster), so none hides another: a cluster zooms in on
 * click or Enter and spiderfies markers that share a spot at the highest zoom.
 */
(function () {
  'use strict';

  // Türkiye's extent ([south, west], [north, east]): the map always opens on the whole country.
  var TURKEY_BOUNDS = [[35.8, 25.6], [42.1, 44.8]];
  var MARKER_SIZE = 22;
  // Below this width the legend stays under the map instead of covering it.
  var LEGEND_ON_MAP_MIN_WIDTH = 560;
  // Width left free for the zoom and "whole country" buttons beside the legend.
  var LEGEND_LEFT_SPACE = 70;

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

    var text = {
      progress: container.getAttribute('data-text-progress') || '{progress}',
      completed: container.getAttribute('data-text-completed') || '{completed} / {actions}',
      cluster: container.getAttribute('data-text-cluster') || '{count}',
      reset: container.getAttribute('data-text-reset') || ''
    };
    var legend = document.getElementById('municipality-map-legend');
    var bands = readBands(legend);

    // Unhide before creating the map: Leaflet measures the container size.
    container.hidden = false;

    var tileUrl = container.getAttribute('data-tile-url');
    var map = L.map(container, {
      scrollWheelZoom: false,
      keyboard: true,
      zoomSnap: 0.25,
      // Without tiles only the outline is drawn: closer than 12 shows nothing more.
      maxZoom: tileUrl ? 18 : 12
    });
    if (tileUrl) {
      L.tileLayer(tileUrl, {
        attribution: container.getAttribute('data-tile-attribution') || '',
        maxZoom: 18
      }).addTo(map);
    }
    fitTurkey(map);

    // A cluster's icon opens the cluster's label on keyboard focus, as markers do.
    ClusterIcon = L.DivIcon.extend({
      createIcon: function (oldIcon) {
        var el = L.DivIcon.prototype.createIcon.call(this, oldIcon);
        el._mapCluster = this.options.cluster;
        if (!el._mapFocusLabel) {
          el._mapFocusLabel = true;
          el.addEventListener('focus', function () { el._mapCluster.openTooltip(); });
          el.addEventListener('blur', function () { el._mapCluster.closeTooltip(); });
        }
        return el;
      }
    });
    var clusters = typeof L.markerClusterGroup === 'function'
      ? L.markerClusterGroup({
        maxClusterRadius: 40,
        showCoverageOnHover: false,
        spiderfyOnMaxZoom: true,
        zoomToBoundsOnClick: true,
        iconCreateFunction: function (cluster) {
          return clusterIcon(L, cluster, bands, text.cluster);
        }
      })
      : L.layerGroup(); // the markers alone if the cluster script failed to load

    if (legend && container.clientWidth >= LEGEND_ON_MAP_MIN_WIDTH) {
      // A strip along the top; the country is fitted below it, so it covers no marker.
      var LegendControl = L.Control.extend({
        options: { position: 'topright' },
        onAdd: function () {
          legend.classList.add('map-legend--on-map');
          legend.style.maxWidth = Math.max(container.clientWidth - LEGEND_LEFT_SPACE, 200) + 'px';
          L.DomEvent.disableClickPropagation(legend);
          return legend;
        }
      });
      new LegendControl().addTo(map);
      topPadding = legend.offsetHeight + 16;
      fitTurkey(map);
    }

    items.forEach(function (item) {
      if (!item) return;
      var latLng = [parseFloat(item.lat), parseFloat(item.lon)]; // parseFloat(null) is NaN
      if (!isFinite(latLng[0]) || !isFinite(latLng[1])) return;
      clusters.addLayer(buildMarker(L, item, latLng, bands, text));
    });
    clusters.addTo(map);
    keepKeyboardFocus(map, clusters);
    addResetControl(L, map, text.reset);
    fitTurkey(map); // again, beside the buttons just added

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
          }).addTo(map).bringToBack();
        })
        .catch(function () { /* keep markers only */ });
    }
  }

  // Room kept free above the country for the legend when it is on the map.
  var topPadding = 4;
  var ClusterIcon = null;

  var mapForPadding = null;

  // The width of the zoom and reset buttons' column, kept free beside the country.
  function topLeftPadding() {
    var controls = mapForPadding && mapForPadding._controlCorners &&
      mapForPadding._controlCorners.topleft;
    return (controls ? controls.offsetWidth : 0) + 4;
  }

  function fitTurkey(map) {
    mapForPadding = map;
    map.fitBounds(TURKEY_BOUNDS, {
      paddingTopLeft: [topLeftPadding(), topPadding],
      paddingBottomRight: [4, 4]
    });
  }

  // {band key: {label, shape: the legend's SVG}} from the server-rendered legend.
  function readBands(legend) {
    var bands = {};
    if (!legend) return bands;
    var items = legend.querySelectorAll('[data-band]');
    for (var i = 0; i < items.length; i++) {
      bands[items[i].getAttribute('data-band')] = {
        label: items[i].getAttribute('data-label') || '',
        shape: items[i].querySelector('.map-shape')
      };
    }
    return bands;
  }

  function fill(template, values) {
    return String(template).replace(/\{(\w+)\}/g, function (match, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : match;
    });
  }

  function buildMarker(L, item, latLng, bands, text) {
    var name = String(item.name || '');
    var band = bands[item.band] || { label: '', shape: null };
    var label = band.label ? name + ' — ' + band.label : name;

    var icon = document.createElement('span');
    icon.className = 'map-marker map-band--' + String(item.band || 'none').replace(/[^a-z-]/g, '');
    if (band.shape) icon.appendChild(band.shape.cloneNode(true));

    var marker = L.marker(latLng, {
      keyboard: true,
      band: item.band,
      title: '', // the accessible name is set below; the tooltip shows it
      icon: L.divIcon({
        html: icon,
        className: 'map-marker-icon',
        iconSize: [MARKER_SIZE, MARKER_SIZE],
        iconAnchor: [MARKER_SIZE / 2, MARKER_SIZE / 2],
        popupAnchor: [0, -MARKER_SIZE / 2],
        tooltipAnchor: [0, -MARKER_SIZE / 2]
      })
    });
    marker.bindTooltip(label, { direction: 'top', className: 'map-tooltip' });
    marker.bindPopup(function () { return buildPopup(item, name, band, text); }, {
      // Opened popups are panned clear of the buttons and of the legend on the map.
      autoPanPaddingTopLeft: [topLeftPadding(), topPadding + 8]
    });
    marker.on('add', function () {
      var el = marker.getElement();
      if (!el || el.getAttribute('data-ready')) return;
      el.setAttribute('data-ready', '1');
      el.setAttribute('aria-label', label);
      el.removeAttribute('title');
      // Label on keyboard focus too, not only on hover.
      el.addEventListener('focus', function () { marker.openTooltip(); });
      el.addEventListener('blur', function () { marker.closeTooltip(); });
    });
    return marker;
  }

  // A cluster: its count, and as its name and label (hover and focus) how many of its
  // municipalities are in each band, so progress shows before zooming in.
  function clusterIcon(L, cluster, bands, template) {
    var count = cluster.getChildCount();
    var perBand = {};
    cluster.getAllChildMarkers().forEach(function (marker) {
      perBand[marker.options.band] = (perBand[marker.options.band] || 0) + 1;
    });
    var parts = [];
    Object.keys(bands).forEach(function (key) {
      if (perBand[key]) parts.push(bands[key].label + ': ' + perBand[key]);
    });
    var label = fill(template, { count: count }) + (parts.length ? ' (' + parts.join('; ') + ')' : '');

    var el = document.createElement('span');
    el.className = 'map-cluster__inner';
    var visible = document.createElement('span');
    visible.setAttribute('aria-hidden', 'true');
    visible.textContent = String(count);
    var hidden = document.createElement('span');
    hidden.className = 'visually-hidden';
    hidden.textContent = label;
    el.appendChild(visible);
    el.appendChild(hidden);
    cluster.bindTooltip(label, { direction: 'top', className: 'map-tooltip' });
    var size = count < 10 ? 32 : count < 100 ? 38 : 44;
    return new ClusterIcon({ html: el, className: 'map-cluster', iconSize: [size, size], cluster: cluster });
  }

  // Keyboard users keep their place: after a cluster opens, focus goes to the first marker (or
  // cluster) it revealed; when a popup opens, focus goes to its link, and back to the marker
  // when it closes.
  function keepKeyboardFocus(map, clusters) {
    var pending = null;
    if (clusters.on && clusters.getVisibleParent) {
      clusters.on('clusterkeypress clusterclick', function (event) {
        pending = event.layer.getAllChildMarkers();
      });
      var focusRevealed = function () {
        if (!pending) return;
        var children = pending;
        pending = null;
        for (var i = 0; i < children.length; i++) {
          var shown = clusters.getVisibleParent(children[i]);
          var el = shown && shown.getElement && shown.getElement();
          if (el && el.isConnected) {
            el.focus({ preventScroll: true });
            return;
          }
        }
      };
      clusters.on('animationend spiderfied', focusRevealed);
      map.on('zoomend moveend', function () { window.setTimeout(focusRevealed, 0); });
    }
    map.on('popupopen', function (event) {
      var popupEl = event.popup.getElement();
      if (!popupEl) return;
      if (!popupEl.getAttribute('data-escape')) {
        // Escape closes the popup from inside it too (Leaflet listens only on the map itself).
        popupEl.setAttribute('data-escape', '1');
        popupEl.addEventListener('keydown', function (e) {
          if (e.key === 'Escape') map.closePopup();
        });
      }
      var link = popupEl.querySelector('a');
      if (link) link.focus({ preventScroll: true });
    });
    map.on('popupclose', function (event) {
      var source = event.popup._source;
      var el = source && source.getElement && source.getElement();
      var active = document.activeElement;
      var popupEl = event.popup.getElement();
      if (el && (!active || active === document.body || (popupEl && popupEl.contains(active)))) {
        el.focus({ preventScroll: true });
      }
    });
  }

  // A button under the zoom buttons that shows the whole country again (an icon with a
  // visually hidden name and a tooltip, so it covers little of the map on a phone).
  function addResetControl(L, map, label) {
    if (!label) return;
    var Reset = L.Control.extend({
      options: { position: 'topleft' },
      onAdd: function () {
        var bar = L.DomUtil.create('div', 'leaflet-bar map-reset-bar');
        var button = L.DomUtil.create('button', 'map-reset', bar);
        button.type = 'button';
        button.title = label;
        button.appendChild(extentIcon());
        var name = L.DomUtil.create('span', 'visually-hidden', button);
        name.textContent = label;
        L.DomEvent.disableClickPropagation(bar);
        L.DomEvent.on(button, 'click', function () { fitTurkey(map); });
        return bar;
      }
    });
    new Reset().addTo(map);
  }

  function extentIcon() {
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 20 20');
    svg.setAttribute('width', '18');
    svg.setAttribute('height', '18');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    var path = document.createElementNS(ns, 'path');
    path.setAttribute('d', 'M3 8V3h5M12 3h5v5M17 12v5h-5M8 17H3v-5');
    path.setAttribute('fill', 'none');
    path.setAttribute('stroke', 'currentColor');
    path.setAttribute('stroke-width', '2');
    svg.appendChild(path);
    return svg;
  }

  // Popup content built with DOM APIs only (no innerHTML with data).
  function buildPopup(item, name, band, text) {
    var wrap = document.createElement('div');
    var href = safeHref(item.url);
    var title = document.createElement(href ? 'a' : 'strong');
    if (href) title.href = href;
    title.textContent = name;
    wrap.appendChild(title);
    var lines = [];
    if (item.kind) lines.push(String(item.kind));
    if (band.label) lines.push(band.label);
    if (typeof item.progress === 'number') {
      lines.push(fill(text.progress, { progress: item.progress }));
      lines.push(fill(text.completed, { completed: item.completed, actions: item.actions }));
    }
    lines.forEach(function (line) {
      wrap.appendChild(document.createElement('div')).textContent = line;
    });
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

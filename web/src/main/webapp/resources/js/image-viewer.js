// The item page's image viewer ("large, with zoom", as in Label Studio, Prodigy and CVAT): one of
// the item's images over the whole window; the wheel or +/- zoom around the cursor (keys: around
// the centre), dragging pans, arrows or [ ] step through the item's images, Esc closes. Plain DOM,
// no library: the console must work on a server without internet.
// While it is open, body has the class "viewing": review-keys.js then leaves the decision keys
// alone, so an "a" meant for nothing cannot approve an item nobody is looking at.
(function () {
  'use strict';

  var KEY_ZOOM = 1.25;        // one press of + or -
  var WHEEL_RATE = 0.002;     // zoom factor per wheel pixel: exp(-deltaY * rate), smooth on touchpads too
  var PIXELATED_FROM = 3;     // screen pixels per image pixel from which pixels are shown as squares
  var LINE_PIXELS = 16;       // a wheel "line" (deltaMode 1, Firefox) in pixels

  var figures = [];           // {src, caption} of the page's images, in question order
  var current = -1;
  // image pixel (u, v) is drawn at stage point (x + u * scale, y + v * scale)
  var scale = 1;
  var fit = 1;
  var x = 0;
  var y = 0;
  var fitted = true;          // still the fitted view, so a resized window fits again
  var drag = null;
  var viewer, stage, picture, caption, count, zoom;

  function isOpen() {
    return viewer !== undefined && !viewer.hidden;
  }

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text) {
      e.textContent = text;
    }
    return e;
  }

  function button(id, text, title, action) {
    var b = element('button', null, text);
    b.type = 'button';
    b.id = id;
    b.title = title;
    b.addEventListener('click', action);
    return b;
  }

  function build() {
    viewer = element('div', 'viewer');
    viewer.id = 'viewer';
    viewer.hidden = true;
    viewer.tabIndex = -1;
    viewer.setAttribute('role', 'dialog');
    viewer.setAttribute('aria-modal', 'true');
    viewer.setAttribute('aria-label', 'Image viewer');
    stage = element('div', 'viewer-stage');
    stage.id = 'viewer-stage';
    picture = element('img');
    picture.id = 'viewer-image';
    picture.draggable = false;
    picture.addEventListener('load', function () {
      fitView();
    });
    stage.appendChild(picture);
    var bar = element('div', 'viewer-bar');
    caption = element('span', 'viewer-caption');
    caption.id = 'viewer-caption';
    count = element('span', 'viewer-count');
    zoom = element('span', 'viewer-zoom');
    zoom.id = 'viewer-zoom';
    var hint = element('span', 'viewer-hint', 'wheel or + − zoom · drag pans · ← → or [ ] images · 0 fits · Esc closes');
    bar.append(button('viewer-previous', '‹', 'Previous image ([ or ←)', function () { step(-1); }), caption, count,
        button('viewer-next', '›', 'Next image (] or →)', function () { step(1); }),
        button('viewer-zoom-out', '−', 'Zoom out (-)', function () { zoomAtCentre(1 / KEY_ZOOM); }), zoom,
        button('viewer-zoom-in', '+', 'Zoom in (+)', function () { zoomAtCentre(KEY_ZOOM); }),
        button('viewer-fit', 'Fit', 'Fit the window (0)', fitView), hint,
        button('viewer-close', '✕', 'Close (Esc)', close));
    viewer.append(stage, bar);
    document.body.appendChild(viewer);

    stage.addEventListener('wheel', onWheel, {passive: false});
    stage.addEventListener('pointerdown', onPointerDown);
    stage.addEventListener('pointermove', onPointerMove);
    stage.addEventListener('pointerup', endDrag);
    stage.addEventListener('pointercancel', endDrag);
    window.addEventListener('resize', function () {
      if (isOpen() && fitted) {
        fitView();
      }
    });
  }

  function open(index) {
    if (index < 0 || index >= figures.length) {
      return;
    }
    if (document.activeElement && document.activeElement !== document.body) {
      document.activeElement.blur();
    }
    viewer.hidden = false;
    document.body.classList.add('viewing');
    viewer.focus();
    show(index);
  }

  function close() {
    viewer.hidden = true;
    document.body.classList.remove('viewing');
    endDrag();
  }

  function show(index) {
    current = index;
    var figure = figures[index];
    caption.textContent = figure.caption;
    count.textContent = '(' + (index + 1) + ' of ' + figures.length + ')';
    picture.alt = figure.caption;
    if (picture.getAttribute('src') !== figure.src) {
      picture.src = figure.src;    // fitted on load
    }
    if (picture.complete && picture.naturalWidth > 0) {
      fitView();
    }
  }

  function step(by) {
    show((current + by + figures.length) % figures.length);
  }

  // the whole image in the window, centred; may enlarge it: the point is to see it big
  function fitView() {
    if (!picture.naturalWidth) {
      return;
    }
    var w = stage.clientWidth;
    var h = stage.clientHeight;
    fit = Math.min(w / picture.naturalWidth, h / picture.naturalHeight);
    scale = fit;
    x = (w - picture.naturalWidth * scale) / 2;
    y = (h - picture.naturalHeight * scale) / 2;
    fitted = true;
    apply();
  }

  // zooms by factor keeping the image point under stage point (px, py) where it is
  function zoomAt(px, py, factor) {
    var next = Math.min(Math.max(scale * factor, fit / 2), Math.max(fit, 1) * 16);
    var f = next / scale;
    x = px - (px - x) * f;
    y = py - (py - y) * f;
    scale = next;
    fitted = false;
    apply();
  }

  function zoomAtCentre(factor) {
    zoomAt(stage.clientWidth / 2, stage.clientHeight / 2, factor);
  }

  function apply() {
    picture.style.transform = 'translate(' + x + 'px, ' + y + 'px) scale(' + scale + ')';
    picture.classList.toggle('pixelated', scale >= PIXELATED_FROM);
    zoom.textContent = Math.round(scale * 100) + '%';
  }

  function onWheel(event) {
    event.preventDefault();
    var r = stage.getBoundingClientRect();
    var delta = event.deltaY * (event.deltaMode === 1 ? LINE_PIXELS : event.deltaMode === 2 ? r.height : 1);
    zoomAt(event.clientX - r.left, event.clientY - r.top, Math.exp(-delta * WHEEL_RATE));
  }

  function onPointerDown(event) {
    if (event.button !== 0) {
      return;
    }
    event.preventDefault();
    drag = {id: event.pointerId, lastX: event.clientX, lastY: event.clientY};
    stage.setPointerCapture(event.pointerId);
    stage.classList.add('dragging');
  }

  function onPointerMove(event) {
    if (drag === null || event.pointerId !== drag.id) {
      return;
    }
    x += event.clientX - drag.lastX;
    y += event.clientY - drag.lastY;
    drag.lastX = event.clientX;
    drag.lastY = event.clientY;
    fitted = false;
    apply();
  }

  function endDrag() {
    drag = null;
    if (stage) {
      stage.classList.remove('dragging');
    }
  }

  // keys while open; true when the key was the viewer's
  function viewerKey(key) {
    switch (key) {
      case 'Escape': case 'z': close(); return true;
      case '+': case '=': zoomAtCentre(KEY_ZOOM); return true;
      case '-': case '_': zoomAtCentre(1 / KEY_ZOOM); return true;
      case '0': fitView(); return true;
      case 'ArrowLeft': case '[': step(-1); return true;
      case 'ArrowRight': case ']': step(1); return true;
      default:
        if (/^[1-9]$/.test(key) && Number(key) <= figures.length) {
          show(Number(key) - 1);
          return true;
        }
        return false;
    }
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    if (isOpen()) {
      if (viewerKey(event.key)) {
        event.preventDefault();
      }
      return;
    }
    // keys typed into the comment box stay text
    if (event.target.matches('input, textarea, select, [contenteditable]')) {
      return;
    }
    if (event.key === 'z') {
      event.preventDefault();
      open(current >= 0 ? current : 0);
    } else if (/^[1-9]$/.test(event.key) && Number(event.key) <= figures.length) {
      event.preventDefault();
      open(Number(event.key) - 1);
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.images figure').forEach(function (figure, index) {
      var img = figure.querySelector('img');
      var text = figure.querySelector('figcaption');
      figures.push({src: img.getAttribute('src'), caption: text ? text.textContent.trim() : 'image ' + (index + 1)});
      img.addEventListener('click', function () {
        open(index);
      });
    });
    if (figures.length > 0) {
      build();
    }
  });
}());

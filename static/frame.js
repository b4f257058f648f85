// Inlined into each page (index.html, compare.html). Only in a host page's frame
// (`?embed=1`, as embed.js asks): applies the host's theme before the first paint, keeps
// the options on every page the frame moves to, and tells the host the content's height
// whenever it changes. Each option is checked; a bad one is ignored with a warning and
// the default kept. (Where events go and the call to action: src/embed/.)
(function () {
  var query = new URLSearchParams(location.search);
  if (query.get('embed') !== '1') return;
  var root = document.documentElement;
  root.setAttribute('data-embed', '');

  function option(name, valid, apply) {
    var value = query.get(name);
    if (value === null) return;
    if (valid(value)) apply(value);
    else console.warn('Tandem ignores ' + name + '="' + value.slice(0, 40) + '": see "Embedding" in its README.');
  }
  option('theme', RegExp.prototype.test.bind(/^(light|dark|auto)$/), function (theme) {
    if (theme !== 'auto') root.setAttribute('data-theme', theme);
  });
  option('radius', function (radius) { return /^\d{1,2}(px)?$/.test(radius) && parseInt(radius, 10) <= 24; }, function (radius) {
    root.style.setProperty('--radius', parseInt(radius, 10) + 'px');
  });
  // System fonts only: the host's own fonts are not reachable from the frame.
  var fonts = {
    system: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    serif: 'Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif',
    rounded: 'ui-rounded, "SF Pro Rounded", "Varela Round", system-ui, sans-serif',
    mono: 'ui-monospace, "Cascadia Code", Menlo, Consolas, monospace'
  };
  option('font', function (font) { return fonts.hasOwnProperty(font); }, function (font) {
    root.style.setProperty('--font', fonts[font]);
  });
  option('transparent', RegExp.prototype.test.bind(/^[01]$/), function (on) {
    if (on === '1') root.setAttribute('data-transparent', '');
  });
  option('accent', RegExp.prototype.test.bind(/^#([0-9a-f]{3}){1,2}$/i), function (hex) {
    var rgb = hex.length === 4 ? hex.slice(1).split('').map(function (c) { return parseInt(c + c, 16); })
      : [1, 3, 5].map(function (i) { return parseInt(hex.substr(i, 2), 16); });
    // The host's colour, moved toward black (light theme) or white (dark theme) until
    // text in it keeps a 4.5:1 contrast on the page, as the default accents do.
    var light = legible(rgb, [0, 0, 0], [247, 247, 244]), dark = legible(rgb, [255, 255, 255], [27, 33, 36]);
    root.style.setProperty('--accent-l', css(light));
    root.style.setProperty('--accent-d', css(dark));
    root.style.setProperty('--accent-soft-l', css(mix(light, [255, 255, 255], 0.88)));
    root.style.setProperty('--accent-soft-d', css(mix(dark, [27, 33, 36], 0.82)));
  });

  function luminance(rgb) {
    var linear = rgb.map(function (v) { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
  }
  function contrast(a, b) {
    var x = luminance(a) + 0.05, y = luminance(b) + 0.05;
    return Math.max(x, y) / Math.min(x, y);
  }
  function mix(rgb, toward, share) {
    return rgb.map(function (v, i) { return Math.round(v + (toward[i] - v) * share); });
  }
  function legible(rgb, toward, page) {
    for (var share = 0; share < 1; share += 0.05) {
      if (contrast(mix(rgb, toward, share), page) >= 4.6) return mix(rgb, toward, share);
    }
    return toward;
  }
  function css(rgb) { return 'rgb(' + rgb.join(' ') + ')'; }

  // Links between the app's pages carry no query: keep the options on them.
  addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[href]');
    if (!link || link.target) return;
    var address = new URL(link.href);
    if (address.origin !== location.origin || address.search) return;
    address.search = location.search;
    link.href = address.href;
  }, true);

  // The height the frame needs to show everything, rounded up so no 1 px scrollbar is left.
  var reported = 0;
  function report() {
    var height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === reported || !height) return;
    reported = height;
    parent.postMessage({ tandem: 1, type: 'resized', height: height }, '*');
  }
  function observe() {
    if (window.ResizeObserver) new ResizeObserver(report).observe(document.body);
    else addEventListener('resize', report);
    report();
  }
  if (document.body) observe();
  else addEventListener('DOMContentLoaded', observe);
})();
